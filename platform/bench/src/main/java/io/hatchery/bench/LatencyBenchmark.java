package io.hatchery.bench;

import io.hatchery.devstack.ServiceCatalog;
import io.hatchery.devstack.ServiceProcess;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * End-to-end latency: carrier registrations through the gateway at fixed rates, each timed from when it was due
 * until the county's carrier count that includes it arrives on the statistics SSE stream (through the gateway). A
 * count of b + n completes the first n registrations the registry acknowledged. At the end every acknowledged
 * registration must be counted: nothing lost.
 */
final class LatencyBenchmark {

    private static final String REGION = "320902";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern COUNT = Pattern.compile(
            "\\{\"region\":\"" + REGION + "\",\"indicator\":\"carriers.count\",\"at\":\"[0-9-]+\",\"value\":(\\d+)");

    /** A count seen on the stream, and when. */
    private record Seen(long nanos, long value) {
    }

    /** Registrations per second while the services warm up: enough to get the hot paths compiled. */
    private static final int WARMUP_RATE = 100;

    private LatencyBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, List<Integer> rates, Duration duration,
            Duration warmup) {
        ServiceProcess registry = environment.start("registry", Map.of());
        ServiceProcess statistics = environment.start("statistics", Map.of());
        ServiceProcess gateway = environment.start("gateway", Map.of(
                ServiceCatalog.DOMAIN_SERVICES.get(0).gatewayUrlVariable(), registry.baseUrl(),
                ServiceCatalog.DOMAIN_SERVICES.get(4).gatewayUrlVariable(), statistics.baseUrl()));
        String token = environment.adminToken();
        HttpClient client = FixedRate.client();
        long baseline = baseline(client, gateway, token);
        List<Seen> seen = new CopyOnWriteArrayList<>();
        Thread listener = listen(client, gateway, token, seen);
        ReplayBenchmark.sleep(500);
        List<Map<String, Object>> runs = new ArrayList<>();
        List<Long> acknowledgedDue = new CopyOnWriteArrayList<>();
        // Warm-up (not reported): the services' JIT and connection pools settle before anything is measured. A
        // first gentle run lets the pools open before the JIT-cold services see the warm-up rate.
        FixedRate.run(client, 20, Duration.ofSeconds(Math.min(10, warmup.toSeconds())),
                i -> registration(gateway, token), acknowledgedDue::add);
        FixedRate.run(client, WARMUP_RATE, warmup, i -> registration(gateway, token), acknowledgedDue::add);
        for (int rate : rates) {
            int from = acknowledgedDue.size();
            CpuUse cpu = CpuUse.from(environment);
            FixedRate.Run run = FixedRate.run(client, rate, duration, i -> registration(gateway, token),
                    acknowledgedDue::add);
            Map<String, Object> cpuUse = cpu.until(run.latencyOfRequest().length);
            long expected = baseline + acknowledgedDue.size();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (latest(seen) < expected && System.nanoTime() < deadline) {
                ReplayBenchmark.sleep(20);
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = from; i < acknowledgedDue.size(); i++) {
                long needed = baseline + i + 1;
                long due = acknowledgedDue.get(i);
                seen.stream().filter(count -> count.value() >= needed).findFirst()
                        .ifPresent(count -> latencies.add((count.nanos() - due) / 1000));
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("target_per_s", rate);
            summary.put("achieved_per_s", Stats.round(run.achieved()));
            summary.put("command_errors", run.errors());
            summary.put("command_error_kinds", run.errorKinds());
            summary.put("acknowledged", run.acknowledged());
            summary.put("command_response", Stats.latencies(run.latenciesMicros()));
            summary.put("lost", Math.max(0, expected - latest(seen)));
            summary.put("command_to_sse", Stats.latencies(latencies));
            summary.putAll(cpuUse);
            runs.add(summary);
        }
        listener.interrupt();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("region", REGION);
        result.put("runs", runs);
        return result;
    }

    private static HttpRequest registration(ServiceProcess gateway, String token) {
        return HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/api/registry/carriers"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name":"基准众创空间","kind":"MAKER_SPACE","region":"%s",
                         "operator":{"name":"运营","uscc":"91350100M000100Y43"},
                         "establishedOn":"2020-01-01","totalArea":800,"incubationArea":600}""".formatted(REGION)))
                .build();
    }

    private static long latest(List<Seen> seen) {
        return seen.isEmpty() ? 0 : seen.get(seen.size() - 1).value();
    }

    private static long baseline(HttpClient client, ServiceProcess gateway, String token) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                    + "/api/statistics/regions/" + REGION + "/indicators/carriers.count?at=" + LocalDate.now()))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).get("value").asLong();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the baseline count: " + e, e);
        }
    }

    private static Thread listen(HttpClient client, ServiceProcess gateway, String token, List<Seen> seen) {
        Thread thread = new Thread(() -> {
            try {
                HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl()
                                + "/api/statistics/stream?region=" + REGION))
                        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET()
                        .build(), HttpResponse.BodyHandlers.ofInputStream());
                BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(),
                        StandardCharsets.UTF_8));
                String line;
                while ((line = lines.readLine()) != null && !Thread.currentThread().isInterrupted()) {
                    Matcher matcher = COUNT.matcher(line);
                    if (line.startsWith("data:") && matcher.find()) {
                        seen.add(new Seen(System.nanoTime(), Long.parseLong(matcher.group(1))));
                    }
                }
            } catch (Exception stopped) {
                // the benchmark is over
            }
        }, "bench-sse");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
