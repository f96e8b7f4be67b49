package io.hatchery.bench;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.devstack.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.Stores;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replay: the statistics service consuming the whole stream from offset 0 until caught up, against, in the same
 * run and on the same data, a plain KafkaConsumer that only decodes the events (the practical limit) and a Kafka
 * Streams topology counting the same events by region, month and type (what one would otherwise build). The
 * statistics service is timed twice: replaying as it starts, and rebuilding once warm.
 */
final class ReplayBenchmark {

    static final List<String> TOPICS = List.of(Topics.Names.REGISTRY_CARRIERS, Topics.Names.REGISTRY_FIRMS,
            Topics.Names.FUNDING_INVESTMENTS);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One client for all status polls: a client per poll would cost the measured service CPU it needs. */
    private static final HttpClient STATUS_CLIENT = HttpClient.newHttpClient();

    private ReplayBenchmark() {
    }

    static Map<String, Object> run(BenchEnvironment environment, ProvinceGenerator.Size size, long seed) {
        long published = environment.publish(new ProvinceGenerator(seed, size, "320000"));
        // Each contender gets a second pass on a warm JVM and is credited with its better one: the figures compare
        // the code, not how far each JIT had got.
        double raw = Math.max(rawConsume(environment, published), rawConsume(environment, published));
        double streams = Math.max(kafkaStreams(environment, published), kafkaStreams(environment, published));
        ServiceProcess service = environment.start("statistics", Map.of());
        String token = environment.adminToken();
        double atStart = statisticsAtStart(service, token, published);
        double rebuild = statisticsRebuild(service, token, published);
        double statistics = Math.max(atStart, rebuild);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", published);
        result.put("raw_consume_events_per_s", Math.round(raw));
        result.put("kafka_streams_events_per_s", Math.round(streams));
        result.put("statistics_at_start_events_per_s", Math.round(atStart));
        result.put("statistics_rebuild_events_per_s", Math.round(rebuild));
        result.put("statistics_events_per_s", Math.round(statistics));
        result.put("statistics_vs_raw", Stats.round(statistics / raw));
        result.put("statistics_vs_kafka_streams", Stats.round(statistics / streams));
        return result;
    }

    /** Decodes every event of the topics once, as fast as a single consumer can. */
    static double rawConsume(BenchEnvironment environment, long events) {
        Properties config = new Properties();
        config.put("bootstrap.servers", environment.kafka.bootstrapServers());
        config.put("max.poll.records", "2000");
        config.put("fetch.max.bytes", "52428800");
        CloudEventDeserializer deserializer = new CloudEventDeserializer();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long started = System.nanoTime();
            long read = 0;
            while (read < events) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    EventEnvelope<?> event = deserializer.deserialize(record.topic(), record.headers(), record.value());
                    if (event != null) {
                        read++;
                    }
                }
            }
            return read / ((System.nanoTime() - started) / 1e9);
        }
    }

    /** Counts events by (region, month of effective date, type) in a state store, one stream thread. */
    static double kafkaStreams(BenchEnvironment environment, long events) {
        Serde<EventEnvelope<?>> envelopes = Serdes.serdeFrom(new CloudEventSerializer(), new CloudEventDeserializer());
        StreamsBuilder builder = new StreamsBuilder();
        AtomicLong counted = new AtomicLong();
        builder.stream(TOPICS, Consumed.with(Serdes.String(), envelopes))
                .selectKey((key, event) -> event.region() + "|" + yearMonth(event.data().effectiveDate()) + "|"
                        + event.type())
                .groupByKey(Grouped.with(Serdes.String(), envelopes))
                .count(Materialized.as(Stores.inMemoryKeyValueStore("monthly-counts")))
                .toStream()
                .foreach((key, count) -> counted.incrementAndGet());
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-monthly-counts-" + System.nanoTime());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, environment.kafka.bootstrapServers());
        config.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        config.put(StreamsConfig.STATE_DIR_CONFIG, environment.work.resolve("streams").toString());
        config.put("auto.offset.reset", "earliest");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            long started = System.nanoTime();
            streams.start();
            while (counted.get() < events) {
                sleep(20);
            }
            return events / ((System.nanoTime() - started) / 1e9);
        }
    }

    private static String yearMonth(LocalDate date) {
        return date.getYear() + "-" + date.getMonthValue();
    }

    /**
     * The statistics service's first replay, right after it started on the topics (a JIT-cold JVM), timed from its
     * first applied event to caught up.
     */
    static double statisticsAtStart(ServiceProcess statistics, String token, long events) {
        long launched = System.nanoTime();
        long firstSeen = 0;
        long appliedAtFirst = 0;
        while (true) {
            JsonNode status = status(statistics, token);
            long applied = status.get("eventsApplied").asLong();
            long now = System.nanoTime();
            if (firstSeen == 0 && applied > 0) {
                firstSeen = now;
                appliedAtFirst = applied;
            }
            if (status.get("lag").asLong() == 0 && status.get("caughtUp").asBoolean() && applied >= events) {
                if (applied - appliedAtFirst < events / 2) {
                    // Mostly consumed before it could be observed (tiny streams): a lower bound.
                    return applied / ((now - launched) / 1e9);
                }
                return (applied - appliedAtFirst) / ((now - firstSeen) / 1e9);
            }
            sleep(100);
        }
    }

    /**
     * A rebuild through the admin API on the now warm service: the whole stream replayed into a new generation while
     * the current one keeps serving, timed from the request until the new generation has caught up and serves.
     */
    static double statisticsRebuild(ServiceProcess statistics, String token, long events) {
        long started = System.nanoTime();
        String generation;
        try {
            HttpResponse<String> response = STATUS_CLIENT.send(HttpRequest.newBuilder(URI.create(
                    statistics.baseUrl() + "/api/statistics/admin/rebuild")).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("rebuild refused: " + response.statusCode() + " " + response.body());
            }
            generation = JSON.readTree(response.body()).get("generation").asString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a rebuild: " + e, e);
        }
        while (true) {
            JsonNode status = status(statistics, token);
            boolean serving = generation.equals(status.get("generation").asString());
            if (serving && status.get("eventsApplied").asLong() >= events) {
                return events / ((System.nanoTime() - started) / 1e9);
            }
            sleep(50);
        }
    }

    static JsonNode status(ServiceProcess statistics, String token) {
        try {
            HttpResponse<String> response = STATUS_CLIENT.send(HttpRequest.newBuilder(URI.create(
                    statistics.baseUrl() + "/api/statistics/admin/status")).header("Authorization", "Bearer " + token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("statistics status unavailable: " + e, e);
        }
    }

    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
