package io.hatchery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every benchmark runs from the built jars at a tiny size and prints its JSON and summary: the long runs are for
 * machines and people, this proves they still work.
 */
class BenchSmokeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String[] run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = BenchCli.run(args, Path.of(System.getProperty("hatchery.home")));
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        String output = captured.toString(StandardCharsets.UTF_8);
        int summary = output.lastIndexOf('\n', output.length() - 2);
        return new String[] {output.substring(0, summary), output.substring(summary + 1).trim()};
    }

    @Test
    void replayComparesTheThreeConsumersOnTheSameEvents() {
        String[] output = run("replay", "--size", "TINY");
        JsonNode result = JSON.readTree(output[0]);

        assertThat(result.get("events").asLong()).isGreaterThan(1000);
        assertThat(result.get("raw_consume_events_per_s").asLong()).isPositive();
        assertThat(result.get("kafka_streams_events_per_s").asLong()).isPositive();
        assertThat(result.get("statistics_at_start_events_per_s").asLong()).isPositive();
        assertThat(result.get("statistics_rebuild_events_per_s").asLong()).isPositive();
        assertThat(result.get("statistics_events_per_s").asLong()).isPositive();
        assertThat(output[1]).startsWith("replay TINY:");
    }

    @Test
    void latencyLosesNoCommand() {
        JsonNode result = JSON.readTree(run("latency", "--seconds", "2", "--warmup", "2")[0]);

        int acknowledged = 0;
        for (JsonNode run : result.get("runs")) {
            acknowledged += run.get("acknowledged").asInt();
            assertThat(run.get("lost").asLong()).as("acknowledged but never counted").isZero();
            assertThat(run.get("command_to_sse").get("count").asInt()).isEqualTo(run.get("acknowledged").asInt());
            assertThat(run.get("cpu_ms_per_request").properties()).extracting(Map.Entry::getKey)
                    .containsExactly("registry", "statistics", "gateway", "harness");
            assertThat(run.get("cpu_ms_per_request").get("registry").asDouble()).as("the registry did work").isPositive();
            // CPU times come in scheduler ticks, so a short run may read a little over fully busy.
            assertThat(run.get("machine_busy").asDouble()).isPositive().isLessThan(1.1);
        }
        assertThat(acknowledged).isPositive();
    }

    @Test
    void listsArePagedAtTheAskedProvinceSize() {
        String[] output = run("lists", "--firms", "300", "--seconds", "2", "--warmup", "1");
        JsonNode result = JSON.readTree(output[0]);

        assertThat(result.get("firms").asInt()).isEqualTo(300);
        assertThat(result.get("carriers").asInt()).isEqualTo(2 * new ProvinceGenerator(1, ProvinceGenerator.Size.TINY,
                "320000").leaves().size());
        assertThat(result.get("by_page").properties()).hasSize(4);
        for (Map.Entry<String, JsonNode> page : result.get("by_page").properties()) {
            assertThat(page.getValue().get("count").asInt()).as(page.getKey()).isPositive();
        }
        assertThat(result.get("p99_ms").asDouble()).isPositive();
        assertThat(result.get("cpu_ms_per_request").get("registry").asDouble()).isPositive();
        assertThat(output[1]).startsWith("lists: 300 firms");
    }

    @Test
    void queriesAnswerAtFixedRates() {
        JsonNode result = JSON.readTree(run("query", "--size", "TINY", "--seconds", "2", "--warmup", "2")[0]);

        assertThat(result.get("runs")).hasSize(2);
        for (JsonNode run : result.get("runs")) {
            assertThat(run.get("errors").asInt()).isZero();
            assertThat(run.get("p99_ms").asDouble()).isPositive();
        }
    }

    @Test
    void exchangeDeliversEveryEventToEachSubscriptionOfItsCitySigned() {
        JsonNode result = JSON.readTree(run("exchange", "--rate", "20", "--seconds", "2", "--warmup", "1")[0]);

        assertThat(result.get("events").asLong()).isEqualTo(40);
        assertThat(result.get("deliveries_expected").asLong()).as("ten subscriptions per city")
                .isEqualTo(10 * result.get("events").asLong());
        assertThat(result.get("deliveries_received").asLong()).isEqualTo(result.get("deliveries_expected").asLong());
        assertThat(result.get("lost").asLong()).isZero();
        assertThat(result.get("invalid_signatures").asLong()).isZero();
        assertThat(result.get("publication_to_receipt").get("p99_ms").asDouble()).isPositive();
    }

    @Test
    void footprintMeasuresEveryServiceAndTheWholePlatform() {
        JsonNode result = JSON.readTree(run("footprint")[0]);

        assertThat(result.get("services")).hasSize(4);
        result.get("services").forEach(service -> assertThat(service.get("rss_mb").asLong()).isPositive());
        assertThat(result.get("hatchery_up").get("start_to_ready_s").asDouble()).isPositive();
    }

    @Test
    void microBenchmarksScoreEveryHotPath() {
        String[] output = run("micro", "--seconds", "1");
        JsonNode result = JSON.readTree(output[0]);

        assertThat(result.get("results")).extracting(score -> score.get("name").asString()).containsExactlyInAnyOrder(
                "EventDecodeBenchmark.decode", "DeltaComputationBenchmark.firm", "DeltaComputationBenchmark.carrier",
                "CubeUpdateBenchmark.apply", "ProjectionApplyBenchmark.apply");
        result.get("results").forEach(score -> assertThat(score.get("score").asLong()).isPositive());
        assertThat(output[1]).startsWith("micro: ");
    }
}
