package io.hatchery.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.MalformedEventException;
import io.hatchery.contracts.UnknownEvent;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.RegistryEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventSerdeTest {

    private final EventEnvelope<CarrierDelisted> event = EventEnvelope.of(RegistryEvents.CARRIER_DELISTED,
            "hatchery/registry", "carrier-9", "320902", 7, "system:registry", null,
            new CarrierDelisted("carrier-9", CertificationLevel.PROVINCIAL, "two consecutive FAIL ratings",
                    LocalDate.of(2025, 5, 1)),
            Instant.parse("2025-05-02T08:00:00Z"));

    @Test
    void binaryModeRoundTrip() {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new CloudEventSerializer().serialize("hatchery.registry.carriers", headers, event);

        assertThat(new String(value, StandardCharsets.UTF_8)).contains("\"reason\":\"two consecutive FAIL ratings\"")
                .doesNotContain("ce_");
        assertThat(new CloudEventDeserializer().deserialize("hatchery.registry.carriers", headers, value))
                .isEqualTo(event);
    }

    @Test
    void republishingReplacesHeadersInsteadOfDuplicatingThem() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.serialize("t", headers, event);
        serializer.serialize("t", headers, event);

        assertThat(headers.headers("ce_id")).hasSize(1);
    }

    @Test
    void unknownTypeBecomesUnknownEvent() {
        RecordHeaders headers = new RecordHeaders();
        byte[] value = new CloudEventSerializer().serialize("t", headers, event);
        headers.remove("ce_type");
        headers.add("ce_type", "hatchery.registry.carrier.renamed.v3".getBytes(StandardCharsets.UTF_8));

        EventEnvelope<?> decoded = new CloudEventDeserializer().deserialize("t", headers, value);

        assertThat(decoded.data()).isEqualTo(new UnknownEvent("hatchery.registry.carrier.renamed.v3"));
        assertThat(decoded.aggregateVersion()).isEqualTo(7);
    }

    @Test
    void recordWithoutCloudEventHeadersIsMalformed() {
        assertThatThrownBy(() -> new CloudEventDeserializer().deserialize("t", new RecordHeaders(), "{}".getBytes()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_type");
    }
}
