package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every registry command publishes its contract's event, with the aggregate's statistical region, consecutive
 * aggregate versions, the command's effective date and the actor who gave it.
 */
@ServiceIntegrationTest
class RegistryEventsTest extends ApiTest {

    private static final String ACTOR = "city_officer-320900";

    private record Expected(String type, String effectiveDate) {
    }

    private static List<EventEnvelope<?>> eventsOf(String topic, String subject, int count) {
        try (EventProbe probe = EventProbe.fromBeginning(topic)) {
            probe.awaitEvent(e -> e.subject().equals(subject) && e.aggregateVersion() == count,
                    Duration.ofSeconds(20));
            return probe.drain(Duration.ofMillis(500)).stream().filter(e -> e.subject().equals(subject))
                    .sorted(Comparator.comparingLong(EventEnvelope::aggregateVersion)).toList();
        }
    }

    private static void assertEvents(List<EventEnvelope<?>> events, String region, List<Expected> expected) {
        assertThat(events).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            EventEnvelope<?> event = events.get(i);
            assertThat(event.type()).isEqualTo(expected.get(i).type());
            assertThat(event.aggregateVersion()).isEqualTo(i + 1);
            assertThat(event.region()).isEqualTo(region);
            assertThat(event.actor()).isEqualTo(ACTOR);
            assertThat(event.source()).isEqualTo("hatchery/registry");
            assertThat(event.data().effectiveDate()).as(event.type())
                    .isEqualTo(LocalDate.parse(expected.get(i).effectiveDate()));
        }
    }

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response;
    }

    @Test
    void everyCarrierCommandPublishesItsEvent() {
        String id = ok(api.post("/api/registry/carriers", YANCHENG, """
                {"name":"大丰事件孵化器","kind":"INCUBATOR","region":"320904",
                 "operator":{"name":"运营公司","uscc":"91350100M000100Y43"},
                 "establishedOn":"2016-04-01","totalArea":9000,"incubationArea":7000}""")).json().get("id").asString();
        String base = "/api/registry/carriers/" + id;
        ok(api.put(base + "/profile", YANCHENG, """
                {"name":"大丰事件孵化器（二期）","operator":{"name":"运营公司","uscc":"91350100M000100Y43"},
                 "totalArea":12000,"incubationArea":9000,"effectiveDate":"2024-01-01"}""", Map.of()));
        ok(api.post(base + "/certifications", YANCHENG,
                "{\"level\":\"PROVINCIAL\",\"authority\":\"江苏省科技厅\",\"effectiveDate\":\"2019-01-01\"}"));
        ok(api.post(base + "/designations", YANCHENG,
                "{\"designation\":\"BENCHMARK\",\"authority\":\"盐城市科技局\",\"effectiveDate\":\"2022-02-02\"}"));
        ok(api.post(base + "/designations/BENCHMARK/withdrawal", YANCHENG,
                "{\"reason\":\"expired\",\"effectiveDate\":\"2023-03-03\"}"));
        ok(api.post(base + "/rectification", YANCHENG,
                "{\"reason\":\"occupancy low\",\"deadline\":\"2024-10-04\",\"effectiveDate\":\"2024-04-04\"}"));
        ok(api.post(base + "/downgrade", YANCHENG, "{\"reason\":\"FAIL\",\"effectiveDate\":\"2025-05-05\"}"));
        ok(api.post(base + "/delisting", YANCHENG, "{\"reason\":\"FAIL twice\",\"effectiveDate\":\"2025-06-06\"}"));

        assertEvents(eventsOf(Topics.REGISTRY_CARRIERS.name(), id, 8), "320904", List.of(
                new Expected("hatchery.registry.carrier.registered.v1", "2016-04-01"),
                new Expected("hatchery.registry.carrier.profile-changed.v1", "2024-01-01"),
                new Expected("hatchery.registry.carrier.certified.v1", "2019-01-01"),
                new Expected("hatchery.registry.carrier.designated.v1", "2022-02-02"),
                new Expected("hatchery.registry.carrier.undesignated.v1", "2023-03-03"),
                new Expected("hatchery.registry.carrier.rectification-ordered.v1", "2024-04-04"),
                new Expected("hatchery.registry.carrier.downgraded.v1", "2025-05-05"),
                new Expected("hatchery.registry.carrier.delisted.v1", "2025-06-06")));
    }

    @Test
    void everyFirmCommandPublishesItsEvent() {
        String carrier = api.registerCarrier("大丰事件众创空间", "MAKER_SPACE", "320904", "2015-01-01", ADMIN);
        String graduate = registerFirm(Uscc.complete("91320904MA1Q00001"));
        String leaver = registerFirm(Uscc.complete("91320904MA1Q00002"));
        ok(api.post("/api/registry/firms/" + graduate + "/admission", YANCHENG,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2023-03-01\"}".formatted(carrier)));
        ok(api.post("/api/registry/firms/" + graduate + "/qualifications", YANCHENG,
                "{\"type\":\"TECH_SME\",\"year\":2024,\"number\":\"2024320904000123\"}"));
        ok(api.post("/api/registry/firms/" + graduate + "/qualifications", YANCHENG,
                "{\"type\":\"HIGH_TECH\",\"number\":\"GR202432009999\",\"issuedOn\":\"2024-06-01\"}"));
        ok(api.post("/api/registry/firms/" + graduate + "/qualifications/lapse", YANCHENG,
                "{\"type\":\"TECH_SME\",\"lapsedOn\":\"2024-09-01\"}"));
        ok(api.post("/api/registry/firms/" + graduate + "/graduation", YANCHENG,
                "{\"basis\":[\"HIGH_TECH\"],\"evidence\":\"GR202432009999\",\"graduatedOn\":\"2024-12-01\"}"));
        ok(api.post("/api/registry/firms/" + leaver + "/admission", YANCHENG,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2023-05-01\"}".formatted(carrier)));
        ok(api.post("/api/registry/firms/" + leaver + "/exit", YANCHENG,
                "{\"reason\":\"CLOSED\",\"note\":\"注销\",\"exitedOn\":\"2025-02-01\"}"));

        assertEvents(eventsOf(Topics.REGISTRY_FIRMS.name(), graduate, 6), "320904", List.of(
                new Expected("hatchery.registry.firm.registered.v1", "2023-01-01"),
                new Expected("hatchery.registry.firm.admitted.v1", "2023-03-01"),
                new Expected("hatchery.registry.firm.qualified.v1", "2024-01-01"),
                new Expected("hatchery.registry.firm.qualified.v1", "2024-06-01"),
                new Expected("hatchery.registry.firm.qualification-lapsed.v1", "2024-09-01"),
                new Expected("hatchery.registry.firm.graduated.v1", "2024-12-01")));
        assertEvents(eventsOf(Topics.REGISTRY_FIRMS.name(), leaver, 3), "320904", List.of(
                new Expected("hatchery.registry.firm.registered.v1", "2023-01-01"),
                new Expected("hatchery.registry.firm.admitted.v1", "2023-05-01"),
                new Expected("hatchery.registry.firm.exited.v1", "2025-02-01")));
    }

    private String registerFirm(String uscc) {
        return ok(api.post("/api/registry/firms", YANCHENG, """
                {"uscc":"%s","name":"大丰事件科技有限公司%s","foundedOn":"2023-01-01","industry":"software","region":"320904"}
                """.formatted(uscc, uscc.substring(14)))).json().get("id").asString();
    }
}
