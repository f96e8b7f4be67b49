package io.hatchery.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU spent by each process of a benchmark over one fixed-rate run: milliseconds per request, and how busy the
 * machine's cores were. On a machine whose cores are nearly all busy, latency is queueing for CPU, whatever the
 * code does; these figures tell that case apart from a slow path in one service.
 */
final class CpuUse {

    private final BenchEnvironment environment;
    private final Map<String, Duration> before;
    private final long startNanos = System.nanoTime();

    private CpuUse(BenchEnvironment environment) {
        this.environment = environment;
        this.before = environment.cpuTimes();
    }

    static CpuUse from(BenchEnvironment environment) {
        return new CpuUse(environment);
    }

    /** {@code cpu_ms_per_request} by process and {@code machine_busy} (0–1) since this was taken. */
    Map<String, Object> until(int requests) {
        double wallMillis = (System.nanoTime() - startNanos) / 1e6;
        Map<String, Object> perRequest = new LinkedHashMap<>();
        double totalMillis = 0;
        for (Map.Entry<String, Duration> now : environment.cpuTimes().entrySet()) {
            double millis = now.getValue().minus(before.getOrDefault(now.getKey(), Duration.ZERO)).toNanos() / 1e6;
            totalMillis += millis;
            perRequest.put(now.getKey(), Stats.round(millis / Math.max(1, requests)));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cpu_ms_per_request", perRequest);
        result.put("machine_busy", Stats.round(totalMillis / wallMillis / Runtime.getRuntime().availableProcessors()));
        return result;
    }
}
