package io.hatchery.bench;

import io.hatchery.bench.chaos.ChaosPlatform;
import io.hatchery.bench.chaos.ChaosRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./hatchery bench chaos --minutes N [--rate R]}: the whole platform under a steady load of registrations
 * through the gateway while services are killed and the broker and Mongo stopped and started again; then what was
 * acknowledged, lost, doubled and counted (see {@link ChaosRun}).
 */
final class ChaosBenchmark {

    private ChaosBenchmark() {
    }

    static Map<String, Object> run(Path home, Duration duration, int rate, long seed) {
        Map<String, Object> result = new LinkedHashMap<>();
        try (ChaosPlatform platform = new ChaosPlatform(home, System.err).start()) {
            ChaosRun.Report report = new ChaosRun(platform, new ChaosRun.Settings(duration, rate,
                    Duration.ofSeconds(25), 48, seed)).execute();
            result.put("minutes", duration.toMinutes());
            result.put("target_per_s", rate);
            result.put("commands", report.commands());
            result.put("acknowledged", report.acknowledged());
            result.put("refused", report.refused());
            result.put("unresolved", report.unresolved());
            result.put("retries", report.retries());
            result.put("faults", report.faultCount());
            result.put("faults_by_kind", report.faults());
            result.put("lost", report.lost());
            result.put("doubled", report.doubled());
            result.put("refused_but_stored", report.refusedButStored());
            result.put("acknowledged_unpublished", report.acknowledgedUnpublished());
            Map<String, String> figures = new LinkedHashMap<>();
            report.figures().forEach((region, pair) -> figures.put(region, pair[0] + " (topic " + pair[1] + ")"));
            result.put("carriers_count_by_region", figures);
            result.put("investments", report.investments());
            result.put("activities", report.activities());
            result.put("problems", report.problems());
        }
        return result;
    }
}
