package io.hatchery.evaluation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EventCatalog;
import io.hatchery.contracts.EventEnvelope;
import io.hatchery.contracts.EventType;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorKind;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.PlatformKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.contracts.talent.StaffReported;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestHttp;
import io.hatchery.testing.TestTokens;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an eligibility report's figures come from: what the carrier submitted where it submitted it, else what the
 * platform computed from the registry's and fund-matching's events.
 */
@ServiceIntegrationTest
class EligibilitySourcesApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OFFICER = TestTokens.token("CITY_OFFICER", "320900");
    private static final String RULE_SET = "national-incubator-comprehensive-2018";

    @LocalServerPort
    int port;

    private final String carrier = "es-" + UUID.randomUUID();

    private static void publish(String topic, String subject, long version, DomainEvent data) {
        EventType<?> type = EventCatalog.typeOf(data);
        EventProbe.publish(topic, new EventEnvelope<>(UUID.randomUUID(), "hatchery/test", type.name(), subject,
                Instant.now(), type.dataschema(), "320903", version, "test", null, data));
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return TestHttp.send(request.build());
    }

    private JsonNode financed() {
        return criterion("financed");
    }

    private JsonNode criterion(String id) {
        return criterion(RULE_SET, id);
    }

    private JsonNode criterion(String ruleSet, String id) {
        HttpResponse<String> report = send("GET", "/api/evaluation/carriers/" + carrier + "/eligibility?ruleSet="
                + ruleSet + "&year=2025", null, OFFICER);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        return JSON.readTree(report.body()).get("criteria").valueStream()
                .filter(check -> check.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private void registerCarrier() {
        publish(Topics.REGISTRY_CARRIERS.name(), carrier, 1, new CarrierRegistered(carrier, CarrierKind.INCUBATOR,
                "320903", null, new CarrierProfile("来源孵化器", new Operator("来源运营有限公司", "91350100M000100Y43"),
                        null, BigDecimal.valueOf(12000), BigDecimal.valueOf(9000), null, null, null),
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1)));
    }

    private static FundEstablished fund(String id, String carrierId, CarrierLink link, FundKind kind, long rmb,
            LocalDate on) {
        return new FundEstablished(id, "基金 " + id, kind, "investor-1", BigDecimal.valueOf(rmb), on, "320903",
                carrierId, link, List.of("C39"), List.of(FundingStage.ANGEL), BigDecimal.valueOf(100_000),
                BigDecimal.valueOf(1_000_000), null, null, on);
    }

    @Test
    void theIncubationFundAndTheFinancedShareAreComputedFromFundingEvents() {
        registerCarrier();
        String invested = "firm-a-" + carrier;
        String lent = "firm-b-" + carrier;
        String unfinanced = "firm-c-" + carrier;
        for (String firm : List.of(invested, lent, unfinanced)) {
            publish(Topics.REGISTRY_FIRMS.name(), firm, 1, new FirmAdmitted(firm, carrier, "320903",
                    LocalDate.of(2024, 5, 1)));
        }
        String inside = "fund-in-" + carrier;
        publish(Topics.FUNDING_FUNDS.name(), inside, 1, fund(inside, carrier, CarrierLink.INSIDE, FundKind.ANGEL,
                4_000_000, LocalDate.of(2023, 3, 1)));
        publish(Topics.FUNDING_FUNDS.name(), inside, 2, new FundResized(inside, "320903",
                BigDecimal.valueOf(5_000_000), BigDecimal.valueOf(4_000_000), LocalDate.of(2025, 2, 1)));
        String coFounded = "fund-co-" + carrier;
        publish(Topics.FUNDING_FUNDS.name(), coFounded, 1, fund(coFounded, carrier, CarrierLink.CO_FOUNDED,
                FundKind.VENTURE, 2_000_000, LocalDate.of(2024, 1, 1)));
        String closed = "fund-closed-" + carrier;
        publish(Topics.FUNDING_FUNDS.name(), closed, 1, fund(closed, carrier, CarrierLink.INSIDE, FundKind.SEED,
                9_000_000, LocalDate.of(2020, 1, 1)));
        publish(Topics.FUNDING_FUNDS.name(), closed, 2, new FundClosed(closed, "320903", LocalDate.of(2024, 12, 1)));
        String later = "fund-later-" + carrier;
        publish(Topics.FUNDING_FUNDS.name(), later, 1, fund(later, carrier, CarrierLink.INSIDE, FundKind.SEED,
                9_000_000, LocalDate.of(2026, 1, 1)));
        publish(Topics.FUNDING_INVESTMENTS.name(), "inv-" + carrier, 1, new InvestmentMade("inv-" + carrier,
                inside, "来源天使基金", invested, null, BigDecimal.valueOf(300_000), "ANGEL",
                LocalDate.of(2025, 6, 18)));
        publish(Topics.FUNDING_LOANS.name(), "loan-" + carrier, 1, new LoanGranted("loan-" + carrier,
                "investor-bank", lent, null, "320903", BigDecimal.valueOf(1_000_000), "盐城市科技贷款风险补偿资金池",
                "320900", LocalDate.of(2025, 4, 2)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(criterion("fund").get("actual").decimalValue()).as("5 m resized + 2 m co-founded, in 千元")
                    .isEqualByComparingTo("7000");
            assertThat(criterion("fund_uses").get("actual").decimalValue()).isEqualByComparingTo("1");
            assertThat(financed().get("actual").decimalValue()).as("an investment and a loan among 3 firms")
                    .isEqualByComparingTo("66.67");
        });
        assertThat(criterion("fund").get("source").asString()).isEqualTo("platform 2025");
        assertThat(criterion("fund").get("status").asString()).isEqualTo("PASS");
        assertThat(financed().get("source").asString()).isEqualTo("platform 2025 / platform 2025");
    }

    @Test
    void aSubmittedFigureIsUsedWhereItExistsAndTheComputedOneOtherwise() {
        registerCarrier();
        String firm = "firm-" + carrier;
        publish(Topics.REGISTRY_FIRMS.name(), firm, 1, new FirmAdmitted(firm, carrier, "320903",
                LocalDate.of(2024, 5, 1)));
        publish(Topics.FUNDING_INVESTMENTS.name(), "inv-" + carrier, 1, new InvestmentMade("inv-" + carrier,
                "fund-1", "盐城天使投资基金", firm, "91350100M000100Y43", BigDecimal.valueOf(3_000_000), "ANGEL",
                LocalDate.of(2025, 6, 18)));
        await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", "/api/evaluation/carriers/" + carrier
                + "/eligibility?ruleSet=" + RULE_SET + "&year=2025", null, OFFICER).statusCode() == 200);

        HttpResponse<String> opened = send("POST", "/api/evaluation/cycles", """
                {"year":2025,"schemeId":"national-incubator-2019","region":"320900","carriers":["%s"]}"""
                .formatted(carrier), OFFICER);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String cycle = JSON.readTree(opened.body()).get("id").asString();
        HttpResponse<String> submitted = send("PUT", "/api/evaluation/cycles/" + cycle + "/submissions/" + carrier,
                "{\"figures\":{\"firms_count\":20}}", TestTokens.operatorToken(carrier, "320900"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        JsonNode computed = financed();
        assertThat(computed.get("actual").decimalValue()).as("1 financed firm (computed) of 20 (submitted)")
                .isEqualByComparingTo("5");
        assertThat(computed.get("source").asString()).startsWith("platform 2025 / annual submission");

        HttpResponse<String> resubmitted = send("PUT", "/api/evaluation/cycles/" + cycle + "/submissions/"
                + carrier, "{\"figures\":{\"firms_count\":20,\"firms_financed\":4}}",
                TestTokens.operatorToken(carrier, "320900"));
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);

        JsonNode submittedShare = financed();
        assertThat(submittedShare.get("actual").decimalValue()).as("4 financed firms (submitted) of 20")
                .isEqualByComparingTo("20");
        assertThat(submittedShare.get("source").asString()).startsWith("annual submission");
        assertThat(submittedShare.get("status").asString()).isEqualTo("PASS");
    }

    @Test
    void staffMentorsEventsPlatformsAndTeamsAreComputedFromTalentEvents() {
        registerCarrier();
        publish(Topics.TALENT_STAFF.name(), carrier, 1, new StaffReported(carrier, "320903", 2, 1, 2,
                LocalDate.of(2024, 1, 1)));
        publish(Topics.TALENT_STAFF.name(), carrier, 2, new StaffReported(carrier, "320903", 4, 2, 5,
                LocalDate.of(2025, 6, 1)));
        publish(Topics.TALENT_STAFF.name(), carrier, 3, new StaffReported(carrier, "320903", 9, 0, 9,
                LocalDate.of(2026, 2, 1)));
        for (int m = 0; m < 4; m++) {
            String mentor = "talent-" + m + "-" + carrier;
            publish(Topics.TALENT_TALENTS.name(), mentor, 2, new MentorEngaged(mentor, carrier, "320903",
                    MentorKind.ENTREPRENEUR, List.of(), LocalDate.of(2024, 3, 1)));
        }
        String released = "talent-0-" + carrier;
        publish(Topics.TALENT_TALENTS.name(), released, 3, new MentorReleased(released, carrier, "320903",
                LocalDate.of(2025, 9, 1)));
        for (int a = 0; a < 11; a++) {
            String activity = "activity-" + a + "-" + carrier;
            publish(Topics.TALENT_ACTIVITIES.name(), activity, 1, new ActivityHeld(activity, carrier, "320903",
                    ActivityKind.TRAINING, "培训", 30, 5, a == 0 ? LocalDate.of(2024, 12, 20)
                            : LocalDate.of(2025, 1, 1).plusDays(a * 20L)));
        }
        String platform = "platform-" + carrier;
        publish(Topics.TALENT_PLATFORMS.name(), platform, 1, new PlatformEstablished(platform, "公共技术服务平台",
                PlatformKind.PUBLIC_TECHNICAL_PLATFORM, RecognitionLevel.MUNICIPAL, carrier, null, "320903",
                LocalDate.of(2023, 5, 1)));
        String team = "team-" + carrier;
        publish(Topics.TALENT_TEAMS.name(), team, 1, new OperatingTeamContracted(team, "91350100M000100Y43",
                "运营团队", carrier, "320903", null, null, LocalDate.of(2024, 1, 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(criterion("national-maker-space-2017", "staff").get("actual").decimalValue())
                    .as("full-time service staff at the end of 2025").isEqualByComparingTo("4");
            assertThat(criterion("national-maker-space-2017", "mentors").get("actual").decimalValue())
                    .as("four engaged, one released in 2025").isEqualByComparingTo("3");
            assertThat(criterion("national-maker-space-2017", "events").get("actual").decimalValue())
                    .as("ten in 2025, one in 2024").isEqualByComparingTo("10");
            assertThat(criterion("ruian-seven-ones-demonstration", "platform").get("actual").decimalValue())
                    .isEqualByComparingTo("1");
            assertThat(criterion("ruian-seven-ones-demonstration", "team").get("actual").decimalValue())
                    .isEqualByComparingTo("1");
        });
        assertThat(criterion("national-maker-space-2017", "events").get("status").asString()).isEqualTo("PASS");
        assertThat(criterion("national-maker-space-2017", "events").get("source").asString())
                .isEqualTo("platform 2025");
    }
}
