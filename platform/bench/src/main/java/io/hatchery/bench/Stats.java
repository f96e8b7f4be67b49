package io.hatchery.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of latencies in microseconds. */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> latencies(List<Long> micros) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", sorted.length);
        result.put("p50_ms", percentile(sorted, 50));
        result.put("p95_ms", percentile(sorted, 95));
        result.put("p99_ms", percentile(sorted, 99));
        result.put("max_ms", sorted.length == 0 ? null : round(sorted[sorted.length - 1] / 1000.0));
        return result;
    }

    static Double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return null;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0);
    }

    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    static long[] sorted(List<Long> values) {
        long[] array = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
