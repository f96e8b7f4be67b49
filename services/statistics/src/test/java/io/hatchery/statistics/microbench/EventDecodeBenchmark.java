package io.hatchery.statistics.microbench;

import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.kafka.CloudEventDeserializer;
import io.hatchery.contracts.kafka.CloudEventSerializer;
import io.hatchery.statistics.microbench.SyntheticProvince.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a record as it comes off the registry's topics (CloudEvents headers and JSON data) into an envelope
 * with typed data: what the statistics service, and every other consumer, pays per event before any work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventDecodeBenchmark {

    static final int RECORDS = 10_000;

    private record Encoded(String topic, Headers headers, byte[] value) {
    }

    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();
    private List<Encoded> records;

    @Setup
    public void encode() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        records = new ArrayList<>();
        for (Delivery delivery : SyntheticProvince.events(2026, RECORDS)) {
            EventType<?> type = EventCatalog.typeOf(delivery.event());
            EventEnvelope<?> envelope = new EventEnvelope<>(UUID.randomUUID(), "hatchery/registry", type.name(),
                    delivery.subject(), Instant.now(), type.dataschema(), SyntheticProvince.PROVINCE,
                    delivery.version(), "officer@320000",
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", delivery.event());
            Headers headers = new RecordHeaders();
            byte[] value = serializer.serialize(delivery.stream(), headers, envelope);
            records.add(new Encoded(delivery.stream(), headers, value));
        }
    }

    /** Records per second: headers to attributes, JSON to the event's record. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void decode(Blackhole events) {
        for (Encoded record : records) {
            events.consume(deserializer.deserialize(record.topic(), record.headers(), record.value()));
        }
    }
}
