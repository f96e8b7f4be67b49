package io.hatchery.bench;

import io.hatchery.contracts.identity.Uscc;
import io.hatchery.devstack.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Pages of the registry's lists at a province of a given number of firms: the province's first page, a county's,
 * a city's third page of a status, and a city's carriers. The firms and carriers are registered through the
 * registry's API (its write path, listing included); the pages are then asked for one at a time, so that each
 * latency is what one page costs at this size, without queueing.
 */
final class ListsBenchmark {

    private static final int IN_FLIGHT = 16;
    private static final int CARRIERS_PER_COUNTY = 2;

    private ListsBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, int firms, Duration duration, Duration warmup) {
        ServiceProcess registry = environment.start("registry", Map.of());
        String token = environment.adminToken();
        List<String> counties = new ProvinceGenerator(1, ProvinceGenerator.Size.TINY, "320000").leaves();
        HttpClient client = FixedRate.client();
        long loadStart = System.nanoTime();
        int carriers = register(client, counties.size() * CARRIERS_PER_COUNTY,
                i -> post(registry, token, "/api/registry/carriers", carrierJson(i, counties)));
        int registered = register(client, firms, i -> post(registry, token, "/api/registry/firms",
                firmJson(i, firms, counties)));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        awaitPublished(client, registry, registered + carriers);

        String county = counties.get(0);
        String city = county.substring(0, 4) + "00";
        List<String> pages = List.of(
                "/api/registry/firms?size=20",
                "/api/registry/firms?region=" + county + "&size=20",
                "/api/registry/firms?region=" + city + "&status=REGISTERED&size=20&page=3",
                "/api/registry/carriers?region=" + city + "&size=20");
        sequentially(client, registry, token, pages, warmup);
        CpuUse cpu = CpuUse.from(environment);
        Map<String, List<Long>> latencies = sequentially(client, registry, token, pages, duration);
        int requests = latencies.values().stream().mapToInt(List::size).sum();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("firms", registered);
        result.put("carriers", carriers);
        result.put("registrations_per_s", Stats.round((registered + carriers) / loadSeconds));
        List<Long> all = new ArrayList<>();
        Map<String, Object> byPage = new LinkedHashMap<>();
        latencies.forEach((page, micros) -> {
            all.addAll(micros);
            Map<String, Object> stats = Stats.latencies(micros);
            stats.remove("p95_ms");
            byPage.put(page, stats);
        });
        result.putAll(Stats.latencies(all));
        result.putAll(cpu.until(requests));
        result.put("by_page", byPage);
        return result;
    }

    /** Sends the requests with a bounded number in flight; returns how many were created (201). */
    private static int register(HttpClient client, int count, IntFunction<HttpRequest> request) {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        AtomicInteger created = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            pending.add(client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error == null && response.statusCode() == 201) {
                            created.incrementAndGet();
                        }
                        inFlight.release();
                    }));
            if (pending.size() == 10_000) {
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
                pending.clear();
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (created.get() != count) {
            throw new IllegalStateException("only " + created.get() + " of " + count + " registrations succeeded");
        }
        return created.get();
    }

    /** Waits until the relay has published every registration, so that the pages are timed on a quiet registry. */
    private static void awaitPublished(HttpClient client, ServiceProcess registry, long events) {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (published(client, registry) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the registry's outbox did not drain in 15 minutes");
            }
            ReplayBenchmark.sleep(1000);
        }
    }

    private static long published(HttpClient client, ServiceProcess registry) {
        try {
            String metrics = client.send(HttpRequest.newBuilder(URI.create(registry.baseUrl()
                    + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines().filter(line -> line.startsWith("hatchery_outbox_published_total"))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each page in turn, one request at a time, for the given time; latencies in µs by page. */
    private static Map<String, List<Long>> sequentially(HttpClient client, ServiceProcess registry, String token,
            List<String> pages, Duration duration) {
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        pages.forEach(page -> latencies.put(page, new ArrayList<>()));
        long end = System.nanoTime() + duration.toNanos();
        for (int i = 0; System.nanoTime() < end; i++) {
            String page = pages.get(i % pages.size());
            long start = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(get(registry, token, page),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(page + " answered " + response.statusCode());
                }
            } catch (IOException e) {
                throw new IllegalStateException(page + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            latencies.get(page).add((System.nanoTime() - start) / 1000);
        }
        return latencies;
    }

    private static HttpRequest get(ServiceProcess registry, String token, String path) {
        return HttpRequest.newBuilder(URI.create(registry.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(ServiceProcess registry, String token, String path, String json) {
        return HttpRequest.newBuilder(URI.create(registry.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String carrierJson(int i, List<String> counties) {
        return """
                {"name":"基准载体%05d","kind":"INCUBATOR","region":"%s",
                 "operator":{"name":"基准运营有限公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2018-01-01","totalArea":12000,"incubationArea":9000}
                """.formatted(i, counties.get(i % counties.size()));
    }

    /** Names are spread so that name order is not registration order. */
    private static String firmJson(int i, int firms, List<String> counties) {
        long spread = (i * 48_271L) % 1_000_003;
        return """
                {"uscc":"%s","name":"基准企业%07d","foundedOn":"2020-01-01","industry":"software","region":"%s"}
                """.formatted(Uscc.complete("91320903MA1%06d".formatted(i)), spread, counties.get(i % counties.size()));
    }
}
