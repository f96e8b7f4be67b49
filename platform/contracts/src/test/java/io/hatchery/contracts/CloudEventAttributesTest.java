package io.hatchery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.RegistryEvents;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTest {

    private final EventEnvelope<CarrierDesignated> event = EventEnvelope.of(RegistryEvents.CARRIER_DESIGNATED,
            "hatchery/registry", "carrier-1", "330381", 4, "officer-7",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            new CarrierDesignated("carrier-1", Designation.DEMONSTRATION, "瑞安市人民政府", LocalDate.of(2022, 11, 1)),
            Instant.parse("2026-11-21T10:15:30Z"));

    @Test
    void attributesTravelAsCeHeadersAndComeBack() {
        Map<String, String> headers = CloudEventAttributes.toHeaders(event);

        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "hatchery.registry.carrier.designated.v1")
                .containsEntry("ce_subject", "carrier-1")
                .containsEntry("ce_region", "330381")
                .containsEntry("ce_aggregateversion", "4")
                .containsEntry("ce_actor", "officer-7")
                .containsEntry("ce_dataschema", "urn:hatchery:schema:hatchery.registry.carrier.designated.v1")
                .containsEntry("traceparent", event.traceparent())
                .containsEntry("content-type", "application/json");
        assertThat(CloudEventAttributes.fromHeaders(headers, event.data())).isEqualTo(event);
    }

    @Test
    void missingRequiredAttributeIsMalformed() {
        Map<String, String> headers = CloudEventAttributes.toHeaders(event);
        headers.remove("ce_aggregateversion");

        assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(headers, event.data()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_aggregateversion");
    }

    @Test
    void unreadableAttributeIsMalformed() {
        Map<String, String> headers = CloudEventAttributes.toHeaders(event);
        headers.put("ce_time", "yesterday");

        assertThatThrownBy(() -> CloudEventAttributes.fromHeaders(headers, event.data()))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void eventTimesReadAsTheGeneralParserReadsThem() {
        Random random = new Random(2026);
        for (int i = 0; i < 20_000; i++) {
            Instant time = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(CloudEventAttributes.parseTime(time.toString())).isEqualTo(time);
        }
        assertThat(CloudEventAttributes.parseTime("2024-02-29T23:59:59.5Z")).isEqualTo(
                Instant.parse("2024-02-29T23:59:59.5Z"));
        assertThat(CloudEventAttributes.parseTime("2026-11-21T10:15:30+08:00")).isEqualTo(
                Instant.parse("2026-11-21T02:15:30Z"));
        for (String unreadable : List.of("2023-02-29T10:00:00Z", "2026-11-21T25:00:00Z",
                "2026-13-01T10:15:30Z", "2026-11-21T10:1a:30Z", "2026-11-21 10:15:30Z", "")) {
            assertThatThrownBy(() -> CloudEventAttributes.parseTime(unreadable)).as(unreadable)
                    .isInstanceOf(DateTimeException.class);
        }
    }
}
