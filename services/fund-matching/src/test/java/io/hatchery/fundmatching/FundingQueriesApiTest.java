package io.hatchery.fundmatching;

import static io.hatchery.fundmatching.FundingApi.fields;
import static io.hatchery.fundmatching.FundingApi.json;
import static io.hatchery.fundmatching.FundingApi.newUscc;
import static io.hatchery.fundmatching.FundingApi.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.MatchDeclined;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestTokens;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the fund-matching API answers: a fund's deal flow, declined proposals, the lists with their filters and pages,
 * a fund's history, single investments and loans, and the import templates; each with its refusals. Every test
 * works in a county of its own, so that lists can be checked whole.
 */
@ServiceIntegrationTest
class FundingQueriesApiTest {

    private static final String YANCHENG = "320900";
    private static final String DONGTAI = "320981";
    private static final String FUNING = "320923";
    private static final String JIANHU = "320925";
    private static final String NANJING_XUANWU = "320102";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private FundingApi api;
    private RegistryFacts registry;
    private final String officer = TestTokens.token("CITY_OFFICER", YANCHENG);

    @BeforeEach
    void client() {
        api = new FundingApi(port);
        registry = new RegistryFacts(mongo);
    }

    @Test
    void aFundsDealFlowRanksTheUndecidedRequestsOfItsRegionThatItMayTakeBestFirst() {
        String carrier = registry.carrierIn(DONGTAI);
        String fitting = registry.firmIn(DONGTAI, carrier, "智能制造", true);
        String otherIndustry = registry.firmIn(DONGTAI, null, "生物医药", false);
        String bigAsk = registry.firmIn(DONGTAI, carrier, "智能制造", false);
        String elsewhere = registry.firmIn(NANJING_XUANWU, null, "智能制造", true);
        String manager = investor("VENTURE", "东台创投" + UUID.randomUUID(), DONGTAI);
        String fund = fund(manager, "东台智造基金", "VENTURE", DONGTAI, carrier);

        String best = request(fitting, "3000000", "EQUITY", officer);
        String second = request(otherIndustry, "2000000", "EQUITY", officer);
        request(bigAsk, "20000000", "EQUITY", officer);
        request(fitting, "1000000", "LOAN", officer);
        request(elsewhere, "3000000", "EQUITY", TestTokens.token("PROVINCE_ADMIN", "320000"));
        String managerToken = TestTokens.fundManagerToken(manager, YANCHENG);

        HttpResponse<String> flow = api.send("GET", "/funds/" + fund + "/deal-flow", null, managerToken);

        assertThat(flow.statusCode()).as(flow.body()).isEqualTo(200);
        assertThat(values(flow, "requestId")).as("beyond the ticket, a loan and another city's request are not the "
                + "fund's deals").containsExactly(best, second);
        JsonNode first = json(flow).get(0).get("match");
        JsonNode next = json(flow).get(1).get("match");
        assertThat(points(first, "INDUSTRY")).isEqualByComparingTo("20");
        assertThat(points(next, "INDUSTRY")).isEqualByComparingTo("0");
        assertThat(points(first, "CARRIER")).as("the fund sits in the firm's carrier").isEqualByComparingTo("10");
        assertThat(points(next, "CARRIER")).isEqualByComparingTo("0");
        for (JsonNode match : List.of(first, next)) {
            assertThat(match.get("fundId").asString()).isEqualTo(fund);
            BigDecimal sum = match.get("reasons").valueStream().map(reason -> reason.get("points").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(match.get("score").decimalValue()).as("the score is its reasons' sum").isEqualByComparingTo(sum);
        }
        assertThat(first.get("score").decimalValue()).isGreaterThan(next.get("score").decimalValue());
        assertThat(values(api.send("GET", "/funds/" + fund + "/deal-flow?limit=1", null, officer), "requestId"))
                .containsExactly(best);

        assertThat(api.send("POST", "/requests/" + second + "/withdrawal", null, officer).statusCode()).isEqualTo(200);
        assertThat(values(api.send("GET", "/funds/" + fund + "/deal-flow", null, managerToken), "requestId"))
                .as("a withdrawn request leaves the deal flow").containsExactly(best);

        HttpResponse<String> noLimit = api.send("GET", "/funds/" + fund + "/deal-flow?limit=0", null, managerToken);
        assertThat(noLimit.statusCode()).isEqualTo(400);
        assertThat(fields(noLimit)).containsExactly("limit");
        assertThat(api.send("GET", "/funds/" + fund + "/deal-flow", null,
                TestTokens.fundManagerToken("investor-other", YANCHENG)).statusCode()).as("another institution")
                .isEqualTo(403);
        assertThat(api.send("GET", "/funds/" + fund + "/deal-flow", null,
                TestTokens.token("CITY_OFFICER", "320500")).statusCode()).as("another city's officer").isEqualTo(403);
        assertThat(api.send("GET", "/funds/" + fund + "/deal-flow", null,
                TestTokens.operatorToken(carrier, DONGTAI)).statusCode()).as("an operator").isEqualTo(403);
        assertThat(api.send("GET", "/funds/fund-nobody/deal-flow", null, officer).statusCode()).isEqualTo(404);
    }

    @Test
    void aDeclinedProposalSaysWhyIsPublishedAndCannotBeAcceptedAfterwards() {
        String carrier = registry.carrierIn(FUNING);
        String firm = registry.firmIn(FUNING, carrier, "智能制造", true);
        String manager = investor("ANGEL_ORGANISATION", "阜宁天使" + UUID.randomUUID(), FUNING);
        String fund = fund(manager, "阜宁天使基金", "ANGEL", FUNING, carrier);
        String request = request(firm, "3000000", "EQUITY", TestTokens.operatorToken(carrier, FUNING));
        HttpResponse<String> proposed = api.send("POST", "/requests/" + request + "/proposals", null, officer,
                "If-Match", "\"1\"");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        String match = "match-" + request + "-" + fund;
        assertThat(json(proposed).get("matches").valueStream().map(m -> m.get("matchId").asString()).toList())
                .contains(match);
        long version = json(proposed).get("version").asLong();
        String managerToken = TestTokens.fundManagerToken(manager, YANCHENG);
        String decline = "/requests/" + request + "/matches/" + match + "/decline";

        HttpResponse<String> noReason = api.send("POST", decline, "{\"reason\":\" \"}", managerToken);
        HttpResponse<String> stale = api.send("POST", decline, "{\"reason\":\"行业不符\"}", managerToken,
                "If-Match", "\"" + (version - 1) + "\"");
        HttpResponse<String> byAnother = api.send("POST", decline, "{\"reason\":\"行业不符\"}",
                TestTokens.fundManagerToken("investor-other", YANCHENG));
        HttpResponse<String> unknown = api.send("POST", "/requests/" + request + "/matches/match-nobody/decline",
                "{\"reason\":\"行业不符\"}", managerToken);
        HttpResponse<String> declined;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.FUNDING_REQUESTS.name())) {
            declined = api.send("POST", decline, "{\"reason\":\"估值过高\"}", managerToken, "If-Match",
                    "\"" + version + "\"");
            MatchDeclined event = (MatchDeclined) probe.awaitEvent(e -> e.data() instanceof MatchDeclined d
                    && d.matchId().equals(match), Duration.ofSeconds(20)).data();
            assertThat(event.reason()).isEqualTo("估值过高");
            assertThat(event.requestId()).isEqualTo(request);
        }
        HttpResponse<String> again = api.send("POST", decline, "{\"reason\":\"估值过高\"}", managerToken);
        HttpResponse<String> accepted = api.send("POST", "/requests/" + request + "/matches/" + match
                + "/acceptance", null, managerToken);

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(byAnother.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        JsonNode ours = json(declined).get("matches").valueStream()
                .filter(m -> m.get("matchId").asString().equals(match)).findFirst().orElseThrow();
        assertThat(ours.get("status").asString()).isEqualTo("DECLINED");
        assertThat(ours.get("declineReason").asString()).isEqualTo("估值过高");
        assertThat(json(declined).get("status").asString()).as("other proposals stay open").isEqualTo("MATCHED");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("version").asLong()).as("declining again changes nothing")
                .isEqualTo(json(declined).get("version").asLong());
        assertThat(accepted.statusCode()).isEqualTo(422);
        assertThat(json(accepted).get("rule").asString()).isEqualTo("match-declined");
    }

    @Test
    void listsFilterAndPageInTheirOrderWithinTheCallersRegion() {
        String carrier = registry.carrierIn(JIANHU);
        String otherCarrier = registry.carrierIn(JIANHU);
        String firm = registry.firmIn(JIANHU, carrier, "新材料", false);
        String otherFirm = registry.firmIn(JIANHU, otherCarrier, "新材料", false);
        String suffix = UUID.randomUUID().toString();
        String alpha = investor("VENTURE", "A 建湖创投" + suffix, JIANHU);
        String bank = investor("BANK", "B 建湖农商银行" + suffix, JIANHU);
        String gamma = investor("VENTURE", "C 建湖资本" + suffix, JIANHU);

        assertThat(values(api.send("GET", "/investors?region=" + JIANHU, null, officer), "id"))
                .containsExactly(alpha, bank, gamma);
        HttpResponse<String> ventures = api.send("GET", "/investors?region=" + JIANHU + "&kind=VENTURE&size=1&page=1",
                null, officer);
        assertThat(values(ventures, "id")).containsExactly(gamma);
        assertThat(json(ventures).get("total").asLong()).isEqualTo(2);
        HttpResponse<String> unknownRegion = api.send("GET", "/investors?region=999999", null, officer);
        assertThat(unknownRegion.statusCode()).isEqualTo(400);
        assertThat(fields(unknownRegion)).containsExactly("region");
        assertThat(api.send("GET", "/investors?region=320500", null, officer).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/investors", null, TestTokens.fundManagerToken(alpha, YANCHENG)).statusCode())
                .isEqualTo(403);

        String angel = fund(alpha, "A 建湖天使基金", "ANGEL", JIANHU, carrier);
        String venture = fund(alpha, "B 建湖创投基金", "VENTURE", JIANHU, carrier);
        assertThat(api.send("PUT", "/funds/" + venture + "/size", """
                {"committedRmb":60000000,"effectiveDate":"2024-06-01"}""", officer).statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/funds/" + venture + "/closing", """
                {"effectiveDate":"2024-12-31"}""", officer).statusCode()).isEqualTo(200);
        assertThat(values(api.send("GET", "/funds?region=" + JIANHU, null, officer), "id"))
                .containsExactly(angel, venture);
        assertThat(values(api.send("GET", "/funds?region=" + JIANHU + "&open=true", null, officer), "id"))
                .containsExactly(angel);
        assertThat(values(api.send("GET", "/funds?region=" + JIANHU + "&kind=VENTURE", null, officer), "id"))
                .containsExactly(venture);
        assertThat(values(api.send("GET", "/funds?region=" + JIANHU, null,
                TestTokens.fundManagerToken(gamma, YANCHENG)), "id")).as("another institution's manager")
                .isEmpty();
        HttpResponse<String> history = api.send("GET", "/funds/" + venture + "/history", null,
                TestTokens.fundManagerToken(alpha, YANCHENG));
        assertThat(values(history, "type")).containsExactly("hatchery.funding.fund.established.v1",
                "hatchery.funding.fund.resized.v1", "hatchery.funding.fund.closed.v1");
        assertThat(json(history).get(1).get("data").get("committedRmb").decimalValue())
                .isEqualByComparingTo("60000000");
        assertThat(api.send("GET", "/funds/" + venture + "/history", null,
                TestTokens.fundManagerToken(gamma, YANCHENG)).statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/funds/fund-nobody/history", null, officer).statusCode()).isEqualTo(404);

        String earlier = invest(angel, firm, "1000000", "2025-03-01");
        String later = invest(angel, firm, "2000000", "2025-09-01");
        String another = invest(angel, otherFirm, "1500000", "2025-05-01");
        assertThat(values(api.send("GET", "/funds/" + angel + "/investments", null, officer), "id"))
                .as("newest first").containsExactly(later, another, earlier);
        assertThat(values(api.send("GET", "/investments?firmId=" + firm, null, officer), "id"))
                .containsExactly(later, earlier);
        assertThat(values(api.send("GET", "/investments?region=" + JIANHU + "&size=2", null, officer), "id"))
                .containsExactly(later, another);
        HttpResponse<String> investment = api.send("GET", "/investments/" + earlier, null,
                TestTokens.fundManagerToken(alpha, YANCHENG));
        assertThat(json(investment).get("amountRmb").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(json(investment).get("inFundRegion").asBoolean()).isTrue();
        assertThat(api.send("GET", "/investments/" + earlier, null, TestTokens.fundManagerToken(gamma, YANCHENG))
                .statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/investments/investment-nobody", null, officer).statusCode()).isEqualTo(404);

        HttpResponse<String> granted = api.send("POST", "/loans", """
                {"bankId":"%s","firmId":"%s","amountRmb":800000,"grantedOn":"2025-04-02","riskPool":"建湖县风险池",
                 "poolRegion":"%s"}""".formatted(bank, otherFirm, JIANHU), officer);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        String loan = json(granted).get("id").asString();
        assertThat(values(api.send("GET", "/loans?region=" + JIANHU, null, officer), "id")).containsExactly(loan);
        assertThat(json(api.send("GET", "/loans/" + loan, null, TestTokens.token("AUDITOR", YANCHENG)))
                .get("riskPool").asString()).isEqualTo("建湖县风险池");
        assertThat(api.send("GET", "/loans/" + loan, null, TestTokens.fundManagerToken(alpha, YANCHENG))
                .statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/loans/loan-nobody", null, officer).statusCode()).isEqualTo(404);

        String own = request(firm, "1000000", "EQUITY", TestTokens.operatorToken(carrier, JIANHU));
        String others = request(otherFirm, "1000000", "EQUITY", officer);
        assertThat(values(api.send("GET", "/requests?region=" + JIANHU + "&status=OPEN", null, officer), "id"))
                .containsExactlyInAnyOrder(own, others);
        assertThat(values(api.send("GET", "/requests?region=" + JIANHU, null,
                TestTokens.operatorToken(carrier, JIANHU)), "id")).as("an operator sees its own firms'")
                .containsExactly(own);
        assertThat(api.send("POST", "/requests/" + others + "/withdrawal", null,
                TestTokens.operatorToken(carrier, JIANHU)).statusCode()).as("another carrier's firm").isEqualTo(403);
        assertThat(api.send("POST", "/requests/" + others + "/withdrawal", null, officer, "If-Match", "\"7\"")
                .statusCode()).isEqualTo(409);
        assertThat(api.send("POST", "/requests/" + others + "/withdrawal", null, officer).statusCode())
                .isEqualTo(200);
        assertThat(values(api.send("GET", "/requests?region=" + JIANHU + "&status=WITHDRAWN", null, officer), "id"))
                .containsExactly(others);
        HttpResponse<String> unknownStatus = api.send("GET", "/requests?status=LOST", null, officer);
        assertThat(unknownStatus.statusCode()).isEqualTo(400);
        assertThat(fields(unknownStatus)).containsExactly("status");
        assertThat(api.send("GET", "/requests/request-nobody", null, officer).statusCode()).isEqualTo(404);
    }

    @Test
    void importTemplatesNameTheirColumnsInChineseRequiredOnesFirstInAFixedOrder() throws Exception {
        HttpResponse<byte[]> funds = api.download("/imports/templates/funds.xlsx", officer);
        HttpResponse<byte[]> investments = api.download("/imports/templates/investments.xlsx",
                TestTokens.token("AUDITOR", YANCHENG));
        HttpResponse<String> unknown = api.send("GET", "/imports/templates/castles.xlsx", null, officer);

        assertThat(funds.statusCode()).isEqualTo(200);
        assertThat(header(funds.body())).containsExactly("基金名称", "基金类型", "管理机构", "认缴规模(元)", "成立日期",
                "区域代码", "所在载体", "载体关系", "投资领域", "返投比例", "投资阶段", "国资占比", "单笔最高(元)", "单笔最低(元)");
        assertThat(header(investments.body())).containsExactly("基金编号", "企业信用代码", "投资金额(元)", "投资日期", "投资方式",
                "轮次");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("type");
    }

    private static List<String> header(byte[] workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = book.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            row.forEach(cell -> names.add(cell.getStringCellValue()));
            return names;
        }
    }

    private static BigDecimal points(JsonNode match, String reason) {
        return match.get("reasons").valueStream().filter(r -> r.get("code").asString().equals(reason)).findFirst()
                .orElseThrow().get("points").decimalValue();
    }

    private String investor(String kind, String name, String region) {
        HttpResponse<String> created = api.send("POST", "/investors", """
                {"uscc":"%s","name":"%s","kind":"%s","region":"%s"}""".formatted(newUscc(), name, kind, region),
                officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    /**
     * A fund inside the carrier, for manufacturing at the angel and series-A stages, tickets of RMB 1–5 m, half of it
     * to be invested in its region: the best fit for the carrier's manufacturing firms of any fund the tests make.
     */
    private String fund(String manager, String name, String kind, String region, String carrier) {
        HttpResponse<String> created = api.send("POST", "/funds", """
                {"name":"%s","kind":"%s","managerId":"%s","committedRmb":50000000,"establishedOn":"2024-01-10",
                 "region":"%s","carrierId":"%s","carrierLink":"INSIDE","industries":["智能制造"],
                 "stages":["ANGEL","SERIES_A"],"ticketMinRmb":1000000,"ticketMaxRmb":5000000,
                 "localReinvestmentShare":0.5}
                """.formatted(name, kind, manager, region, carrier), officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String request(String firm, String amount, String instrument, String token) {
        HttpResponse<String> created = api.send("POST", "/requests", """
                {"firmId":"%s","amountRmb":%s,"instrument":"%s","stage":"ANGEL","purpose":"研发"}"""
                .formatted(firm, amount, instrument), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String invest(String fund, String firm, String amount, String on) {
        HttpResponse<String> created = api.send("POST", "/funds/" + fund + "/investments", """
                {"firmId":"%s","amountRmb":%s,"round":"ANGEL","investedOn":"%s"}""".formatted(firm, amount, on),
                officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }
}
