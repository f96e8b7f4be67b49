package io.hatchery.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.exchange.FirmDeregistered;
import io.hatchery.contracts.exchange.FirmMovedOut;
import io.hatchery.contracts.exchange.FirmRevenueReported;
import io.hatchery.contracts.exchange.HighTechCertificateGranted;
import io.hatchery.contracts.exchange.HighTechCertificateRevoked;
import io.hatchery.contracts.exchange.TechSmeRegistered;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierRectificationOrdered;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmRevenueRecorded;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.registry.support.Api;
import io.hatchery.registry.support.ApiTest;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry reacts to other services' events: evaluation outcomes, investments and the facts other departments
 * report through the exchange, each applied once.
 */
@ServiceIntegrationTest
class ReactionsTest extends ApiTest {


    private static <T extends DomainEvent> EventEnvelope<T> envelope(String subject, String source, T data) {
        EventType<?> type = EventCatalog.typeOf(data);
        return new EventEnvelope<>(UUID.randomUUID(), source, type.name(), subject, Instant.now(), type.dataschema(),
                "320981", 1, "evaluation-office", null, data);
    }

    @Test
    void aDelistOutcomeDelistsTheCarrierOnceHoweverOftenItArrives() {
        String carrier = api.registerCarrier("东台孵化器", "INCUBATOR", "320981", "2016-01-01", ADMIN);
        api.post("/api/registry/carriers/" + carrier + "/certifications", ADMIN,
                "{\"level\":\"PROVINCIAL\",\"authority\":\"江苏省科技厅\",\"effectiveDate\":\"2019-01-01\"}");
        String evaluationId = "2025:" + carrier;
        EvaluationCompleted completed = new EvaluationCompleted(evaluationId, "320900-2025", "320900", carrier, 2025,
                "municipal-2025", new BigDecimal("48.5"), Rating.FAIL, 41, EvaluationOutcome.DELIST,
                "FAIL in 2024 and 2025", null, LocalDate.parse("2026-04-30"));
        EventEnvelope<EvaluationCompleted> event = envelope(evaluationId, "hatchery/evaluation", completed);

        EventProbe.publish(Topics.EVALUATION_EVALUATIONS.name(), event, event);

        await().atMost(Duration.ofSeconds(20)).until(() -> "DELISTED".equals(
                api.get("/api/registry/carriers/" + carrier, ADMIN).json().get("status").asString()));
        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            probe.awaitEvent(e -> e.subject().equals(carrier) && e.data() instanceof CarrierDelisted,
                    Duration.ofSeconds(20));
            List<EventEnvelope<?>> delistings = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> e.subject().equals(carrier) && e.data() instanceof CarrierDelisted).toList();
            assertThat(delistings).hasSize(1);
            assertThat(delistings.get(0).actor()).isEqualTo("evaluation-office");
        }
        assertThat(api.get("/api/registry/carriers/" + carrier + "/history", ADMIN).json().size()).isEqualTo(3);
    }

    @Test
    void anOutcomeDecidedByACycleOfAnotherRegionIsNotApplied() {
        String carrier = api.registerCarrier("大丰孵化器", "INCUBATOR", "320904", "2016-01-01", ADMIN);
        String evaluationId = "2025:" + carrier;
        EventEnvelope<EvaluationCompleted> fromJiaxing = envelope(evaluationId, "hatchery/evaluation",
                new EvaluationCompleted(evaluationId, "330400-2025", "330400", carrier, 2025, "municipal-2025",
                        new BigDecimal("30"), Rating.FAIL, 1, EvaluationOutcome.DELIST, "FAIL twice", null,
                        LocalDate.parse("2026-04-30")));
        EventEnvelope<EvaluationCompleted> fromYancheng = envelope(evaluationId, "hatchery/evaluation",
                new EvaluationCompleted(evaluationId, "320900-2025", "320900", carrier, 2025, "municipal-2025",
                        new BigDecimal("55"), Rating.FAIL, 1, EvaluationOutcome.RECTIFY, "FAIL", null,
                        LocalDate.parse("2026-04-30")));

        EventProbe.publish(Topics.EVALUATION_EVALUATIONS.name(), fromJiaxing, fromYancheng);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_CARRIERS.name())) {
            probe.awaitEvent(e -> e.subject().equals(carrier) && e.data() instanceof CarrierRectificationOrdered,
                    Duration.ofSeconds(20));
        }
        assertThat(api.get("/api/registry/carriers/" + carrier, ADMIN).json().get("status").asString())
                .as("the Jiaxing cycle's DELIST, arriving first on the same partition, was not applied")
                .isNotEqualTo("DELISTED");
        assertThat(api.get("/api/registry/carriers/" + carrier + "/history", ADMIN).json().size())
                .as("registered, rectification ordered").isEqualTo(2);
    }

    @Test
    void investmentsPassingFiveMillionFlagTheFirmEligibleAndRedeliveriesCountNothing() {
        String carrier = api.registerCarrier("响水孵化器", "INCUBATOR", "320921", "2016-01-01", ADMIN);
        String uscc = Uscc.complete("91320903MA1M00190");
        String firm = api.post("/api/registry/firms", ADMIN, """
                {"uscc":"%s","name":"响水新能科技有限公司","foundedOn":"2024-01-01","industry":"energy","region":"320921"}
                """.formatted(uscc)).json().get("id").asString();
        api.post("/api/registry/firms/" + firm + "/admission", ADMIN,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2024-02-01\"}".formatted(carrier));
        EventEnvelope<InvestmentMade> angel = envelope("inv-a-" + firm, "hatchery/fund-matching",
                new InvestmentMade("inv-a-" + firm, null, "盐城天使基金", null, uscc, new BigDecimal("3000000"),
                        "ANGEL", LocalDate.parse("2024-06-01")));
        EventEnvelope<InvestmentMade> seriesA = envelope("inv-b-" + firm, "hatchery/fund-matching",
                new InvestmentMade("inv-b-" + firm, "fund-1", "江苏创投", firm, uscc, new BigDecimal("2500000"),
                        "A", LocalDate.parse("2025-03-01")));

        EventProbe.publish(Topics.FUNDING_INVESTMENTS.name(), angel, angel, seriesA, angel);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/registry/firms/" + firm, ADMIN).json()
                .get("eligibleForGraduation").asBoolean());
        assertThat(api.get("/api/registry/firms/" + firm, ADMIN).json().get("cumulativeInvestmentRmb").decimalValue())
                .isEqualByComparingTo("5500000");
        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_FIRMS.name())) {
            EventEnvelope<?> eligible = probe.awaitEvent(e -> e.subject().equals(firm)
                    && e.data() instanceof FirmGraduationEligible, Duration.ofSeconds(20));
            assertThat(((FirmGraduationEligible) eligible.data()).carrierId()).isEqualTo(carrier);
        }
    }

    @Test
    void revenueOverTenMillionInTwoConsecutiveYearsReportedByTaxMakesTheFirmEligibleOnce() {
        String carrier = api.registerCarrier("射阳孵化器", "INCUBATOR", "320924", "2016-01-01", ADMIN);
        String uscc = Uscc.complete("91320924MA1M00290");
        String firm = registerAndAdmit(uscc, "射阳海工科技有限公司", "320924", carrier);
        EventEnvelope<FirmRevenueReported> year2023 = envelope(firm, "hatchery/exchange",
                new FirmRevenueReported(uscc, 2023, new BigDecimal("12000000"), LocalDate.parse("2024-05-31")));
        EventEnvelope<FirmRevenueReported> year2022 = envelope(firm, "hatchery/exchange",
                new FirmRevenueReported(uscc, 2022, new BigDecimal("8000000"), LocalDate.parse("2023-05-31")));
        EventEnvelope<FirmRevenueReported> year2024 = envelope(firm, "hatchery/exchange",
                new FirmRevenueReported(uscc, 2024, new BigDecimal("15500000"), LocalDate.parse("2025-05-31")));

        EventProbe.publish(Topics.EXCHANGE_INBOUND.name(), year2022, year2023, year2023, year2024, year2024);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/registry/firms/" + firm, ADMIN).json()
                .get("eligibleForGraduation").asBoolean());
        assertThat(api.get("/api/registry/firms/" + firm, ADMIN).json().get("revenueRmb").get("2024").decimalValue())
                .isEqualByComparingTo("15500000");
        try (EventProbe probe = EventProbe.fromBeginning(Topics.REGISTRY_FIRMS.name())) {
            EventEnvelope<?> eligible = probe.awaitEvent(e -> e.subject().equals(firm)
                    && e.data() instanceof FirmGraduationEligible, Duration.ofSeconds(20));
            assertThat(((FirmGraduationEligible) eligible.data()).basis())
                    .isEqualTo(GraduationBasis.REVENUE_OVER_10M_2Y);
            List<EventEnvelope<?>> firmEvents = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> e.subject().equals(firm)).toList();
            assertThat(firmEvents).filteredOn(e -> e.data() instanceof FirmRevenueRecorded)
                    .extracting(e -> ((FirmRevenueRecorded) e.data()).year())
                    .as("each year once, however often reported").containsExactly(2022, 2023, 2024);
            assertThat(firmEvents).filteredOn(e -> e.data() instanceof FirmGraduationEligible).hasSize(1);
        }
    }

    @Test
    void deregistrationAndMovesEndTheIncubationAndCertificatesBecomeQualifications() {
        String carrier = api.registerCarrier("建湖孵化器", "INCUBATOR", "320925", "2016-01-01", ADMIN);
        String closedUscc = Uscc.complete("91320925MA1M00310");
        String movedUscc = Uscc.complete("91320925MA1M00320");
        String closed = registerAndAdmit(closedUscc, "建湖云帆科技有限公司", "320925", carrier);
        String moved = registerAndAdmit(movedUscc, "建湖星河科技有限公司", "320925", carrier);

        EventProbe.publish(Topics.EXCHANGE_INBOUND.name(),
                envelope(closed, "hatchery/exchange", new FirmDeregistered(closedUscc, "建湖县市场监督管理局",
                        LocalDate.parse("2025-03-01"))),
                envelope(moved, "hatchery/exchange", new HighTechCertificateGranted(movedUscc, "GR202432009999",
                        null, LocalDate.parse("2024-12-01"))),
                envelope(moved, "hatchery/exchange", new TechSmeRegistered(movedUscc, 2025, "202532092501000001",
                        LocalDate.parse("2025-04-01"))),
                envelope(moved, "hatchery/exchange", new HighTechCertificateRevoked(movedUscc, "GR202432009999",
                        "抽查不合格", LocalDate.parse("2025-06-01"))),
                envelope(moved, "hatchery/exchange", new FirmMovedOut(movedUscc, "320100",
                        LocalDate.parse("2025-07-01"))));

        await().atMost(Duration.ofSeconds(20)).until(() -> "EXITED".equals(
                api.get("/api/registry/firms/" + moved, ADMIN).json().get("status").asString()) && "EXITED".equals(
                api.get("/api/registry/firms/" + closed, ADMIN).json().get("status").asString()));
        JsonNode movedFirm = api.get("/api/registry/firms/" + moved, ADMIN).json();
        assertThat(movedFirm.get("incubations").get(0).get("exitReason").asString()).isEqualTo("MOVED");
        assertThat(movedFirm.get("qualifications").valueStream().map(q -> q.get("type").asString() + ":"
                + (q.hasNonNull("lapsedOn") ? "lapsed " + q.get("lapsedOn").asString() : "held")).toList())
                .containsExactly("HIGH_TECH:lapsed 2025-06-01", "TECH_SME:held");
        JsonNode closedFirm = api.get("/api/registry/firms/" + closed, ADMIN).json();
        assertThat(closedFirm.get("incubations").get(0).get("exitReason").asString()).isEqualTo("CLOSED");
        assertThat(closedFirm.get("incubations").get(0).get("endedOn").asString()).isEqualTo("2025-03-01");
    }

    private String registerAndAdmit(String uscc, String name, String region, String carrier) {
        String firm = api.post("/api/registry/firms", ADMIN, """
                {"uscc":"%s","name":"%s","foundedOn":"2023-01-01","industry":"marine","region":"%s"}
                """.formatted(uscc, name, region)).json().get("id").asString();
        api.post("/api/registry/firms/" + firm + "/admission", ADMIN,
                "{\"carrierId\":\"%s\",\"admittedOn\":\"2023-02-01\"}".formatted(carrier));
        return firm;
    }
}
