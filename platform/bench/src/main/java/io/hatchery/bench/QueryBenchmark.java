package io.hatchery.bench;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.evaluation.EvaluationEvents;
import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetBound;
import io.hatchery.contracts.evaluation.TargetFilter;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.devstack.ServiceProcess;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Statistics queries at fixed rates against a service holding the synthetic province: single indicators, all
 * indicators of a city, the province's children table and a plan's progress, in turn.
 */
final class QueryBenchmark {

    /** Queries per second while the service warms up. */
    private static final int WARMUP_RATE = 250;

    private QueryBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, ProvinceGenerator.Size size, long seed,
            List<Integer> rates, Duration duration, Duration warmup) {
        ProvinceGenerator generator = new ProvinceGenerator(seed, size, "320000");
        long published = environment.publish(generator);
        publishPlan(environment, generator.leaves());
        ServiceProcess statistics = environment.start("statistics", Map.of());
        String token = environment.adminToken();
        while (!(ReplayBenchmark.status(statistics, token).get("lag").asLong() == 0
                && ReplayBenchmark.status(statistics, token).get("eventsApplied").asLong() >= published)) {
            ReplayBenchmark.sleep(100);
        }
        List<String> queries = List.of(
                "/api/statistics/regions/320900/indicators/carriers.count?at=2024-12-31&levelAtLeast=PROVINCIAL",
                "/api/statistics/regions/320000/indicators/firms.incubating?at=2023-06-30",
                "/api/statistics/regions/320500/indicators?at=2025-12-31",
                "/api/statistics/regions/320000/children?indicator=firms.incubating&at=2025-12-31",
                "/api/statistics/regions/320200/indicators/firms.admitted?from=2021-01-01&to=2021-12-31",
                "/api/statistics/plans/bench-plan/progress");
        HttpClient client = FixedRate.client();
        // Warm-up (not reported): the query paths get JIT-compiled before anything is measured.
        FixedRate.run(client, WARMUP_RATE, warmup, i -> request(statistics, token, queries.get(i % queries.size())));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int rate : rates) {
            CpuUse cpu = CpuUse.from(environment);
            FixedRate.Run run = FixedRate.run(client, rate, duration,
                    i -> request(statistics, token, queries.get(i % queries.size())));
            Map<String, Object> summary = run.summary();
            summary.putAll(cpu.until(run.latencyOfRequest().length));
            summary.put("by_query", byQuery(queries, run.latencyOfRequest()));
            runs.add(summary);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", published);
        result.put("query_mix", queries);
        result.put("runs", runs);
        return result;
    }

    /** p50 and p99 of each query of the mix, so that a tail can be traced to the query that makes it. */
    private static Map<String, Object> byQuery(List<String> queries, long[] latencyOfRequest) {
        Map<String, Object> byQuery = new LinkedHashMap<>();
        for (int q = 0; q < queries.size(); q++) {
            List<Long> latencies = new ArrayList<>();
            for (int i = q; i < latencyOfRequest.length; i += queries.size()) {
                if (latencyOfRequest[i] >= 0) {
                    latencies.add(latencyOfRequest[i]);
                }
            }
            Map<String, Object> stats = Stats.latencies(latencies);
            stats.remove("p95_ms");
            byQuery.put(queries.get(q), stats);
        }
        return byQuery;
    }

    private static HttpRequest request(ServiceProcess statistics, String token, String path) {
        return HttpRequest.newBuilder(URI.create(statistics.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    /** A province plan with a target per county, so that progress tables are realistic in size. */
    private static void publishPlan(BenchEnvironment environment, List<String> leaves) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("320000", BigDecimal.valueOf(3000));
        leaves.forEach(leaf -> values.put(leaf, BigDecimal.valueOf(30)));
        List<PlanTarget> targets = List.of(
                new PlanTarget("t1", "carriers.count", TargetFilter.NONE, TargetMeasure.STOCK,
                        LocalDate.of(2025, 12, 31), null, null, false, values, Map.of(), TargetBound.AT_LEAST, null),
                new PlanTarget("t2", "firms.admitted", TargetFilter.NONE, TargetMeasure.NEW, null,
                        LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), true, values, Map.of(),
                        TargetBound.AT_LEAST, null));
        PlanPublished plan = new PlanPublished("bench-plan", 1, "基准计划", "省科技厅", "320000",
                LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), targets, LocalDate.of(2023, 1, 1));
        EventType<PlanPublished> type = EvaluationEvents.PLAN_PUBLISHED;
        EventEnvelope<PlanPublished> event = new EventEnvelope<>(UUID.randomUUID(), "hatchery/bench", type.name(),
                "bench-plan", Instant.now(), type.dataschema(), "320000", 1, "bench", null, plan);
        Properties config = new Properties();
        config.put("bootstrap.servers", environment.kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            RecordHeaders headers = new RecordHeaders();
            byte[] value = new CloudEventSerializer().serialize(type.topic().name(), headers, event);
            producer.send(new ProducerRecord<>(type.topic().name(), null, "bench-plan", value, headers));
        }
    }
}
