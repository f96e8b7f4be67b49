package io.hatchery.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Open-loop load: requests are issued on a fixed schedule whatever the answers' speed, and each latency is
 * measured from the moment the request was due, so a slow server cannot hide its queueing (no coordinated
 * omission).
 */
final class FixedRate {

    private FixedRate() {
    }

    /**
     * What one rate achieved.
     *
     * @param latencyOfRequest per request number, its latency in µs, or -1 where it failed
     */
    record Run(int rate, double achieved, List<Long> latenciesMicros, int errors, int acknowledged,
            Map<String, Integer> errorKinds, long[] latencyOfRequest) {

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("target_per_s", rate);
            summary.put("achieved_per_s", Stats.round(achieved));
            summary.put("errors", errors);
            summary.put("error_kinds", errorKinds);
            summary.putAll(Stats.latencies(latenciesMicros));
            return summary;
        }
    }

    static Run run(HttpClient client, int rate, Duration duration, IntFunction<HttpRequest> request) {
        return run(client, rate, duration, request, due -> { });
    }

    /** @param acknowledged told, in completion order, the due time (nanoTime) of every successful request */
    static Run run(HttpClient client, int rate, Duration duration, IntFunction<HttpRequest> request,
            LongConsumer acknowledged) {
        int total = (int) (rate * duration.toMillis() / 1000);
        long interval = 1_000_000_000L / rate;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        // Responses are counted, not kept: nothing reads them, and holding thousands of bodies only lengthened the
        // load generator's own collections.
        AtomicInteger acknowledgedCount = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        long[] latencyOfRequest = new long[total];
        Arrays.fill(latencyOfRequest, -1);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            int number = i;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() >= 300) {
                            errors.incrementAndGet();
                            kinds.merge(error != null ? rootCause(error).getClass().getSimpleName()
                                    : "HTTP " + response.statusCode() + problemType(response.body()), 1, Integer::sum);
                        } else {
                            long micros = (System.nanoTime() - due) / 1000;
                            latencies.add(micros);
                            latencyOfRequest[number] = micros;
                            acknowledgedCount.incrementAndGet();
                            acknowledged.accept(due);
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(rate, total / seconds, latencies, errors.get(), acknowledgedCount.get(), new TreeMap<>(kinds),
                latencyOfRequest);
    }

    /** The problem type of an error response (RFC 9457), so that reports say which failure it was. */
    private static String problemType(String body) {
        int at = body == null ? -1 : body.indexOf("urn:hatchery:problem:");
        if (at < 0) {
            return "";
        }
        int end = body.indexOf('"', at);
        return " " + body.substring(at + "urn:hatchery:problem:".length(), end < 0 ? body.length() : end);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}
