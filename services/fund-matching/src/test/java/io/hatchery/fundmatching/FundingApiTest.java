package io.hatchery.fundmatching;

import static org.assertj.core.api.Assertions.assertThat;
import static io.hatchery.fundmatching.FundingApi.fields;
import static io.hatchery.fundmatching.FundingApi.json;
import static io.hatchery.fundmatching.FundingApi.newUscc;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.FinancingRequestClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.MatchProposed;
import io.hatchery.contracts.funding.RequestOutcome;
import io.hatchery.testing.EventProbe;
import io.hatchery.testing.ServiceIntegrationTest;
import io.hatchery.testing.TestInfrastructure;
import io.hatchery.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Investors, funds, investments, loans and financing requests through the API: each command's success and its
 * refusals, and the events it publishes. The registry's firms and carriers are published to the broker first, as
 * the registry would.
 */
@ServiceIntegrationTest
class FundingApiTest {

    private static final String YANCHENG = "320900";
    private static final String YANDU = "320903";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private FundingApi api;
    private final String officer = TestTokens.token("CITY_OFFICER", YANCHENG);
    private String carrier;
    private String firm;
    private String firmUscc;

    @BeforeEach
    void registryKnowsACarrierAndAnIncubatedHighTechFirm() {
        api = new FundingApi(port);
        RegistryFacts registry = new RegistryFacts(mongo);
        carrier = registry.carrierIn(YANDU);
        firm = registry.firmIn(YANDU, carrier, "智能制造", true);
        firmUscc = firm.substring("firm-".length());
    }

    private String investor(String kind, String uscc) {
        HttpResponse<String> created = api.send("POST", "/investors", """
                {"uscc":"%s","name":"盐城投资管理有限公司%s","kind":"%s","region":"%s","contactPhone":"0515-88886666"}
                """.formatted(uscc, uscc, kind, YANCHENG), officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private String fundBody(String manager, String committed, String ticketMax) {
        return """
                {"name":"盐城天使基金","kind":"ANGEL","managerId":"%s","committedRmb":%s,"establishedOn":"2024-03-15",
                 "region":"%s","carrierId":"%s","carrierLink":"INSIDE","industries":["智能制造"],
                 "stages":["SEED","ANGEL"],"ticketMinRmb":500000,"ticketMaxRmb":%s,"localReinvestmentShare":0.5}
                """.formatted(manager, committed, YANCHENG, carrier, ticketMax);
    }

    private String fund(String manager, String committed) {
        HttpResponse<String> created = api.send("POST", "/funds", fundBody(manager, committed, "5000000"), officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asString();
    }

    private HttpResponse<String> invest(String fund, String amount, String token) {
        return api.send("POST", "/funds/" + fund + "/investments", """
                {"firmId":"%s","amountRmb":%s,"round":"ANGEL","investedOn":"2025-06-18"}""".formatted(firm, amount),
                token);
    }

    @Test
    void anInvestorIsOneInstitutionPerUscc() {
        String uscc = newUscc();
        String id = investor("VENTURE", uscc);

        assertThat(id).isEqualTo("investor-" + uscc);
        assertThat(investor("VENTURE", uscc)).as("the same registration again").isEqualTo(id);
        HttpResponse<String> other = api.send("POST", "/investors", """
                {"uscc":"%s","name":"另一家公司","kind":"BANK","region":"%s"}""".formatted(uscc, YANCHENG), officer);
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        HttpResponse<String> bad = api.send("POST", "/investors", """
                {"uscc":"91320903MA0000000X","name":"坏","kind":"CARRIER_OPERATOR","region":"%s",
                 "contactEmail":"not-an-address"}""".formatted(YANCHENG), officer);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("uscc", "contactEmail", "carrierId");
        assertThat(api.send("POST", "/investors", """
                {"uscc":"%s","name":"嘉兴","kind":"BANK","region":"330402"}""".formatted(newUscc()), officer)
                .statusCode()).as("outside the officer's city").isEqualTo(403);
        assertThat(api.send("GET", "/investors/" + id, null, TestTokens.fundManagerToken(id, YANCHENG)).statusCode())
                .isEqualTo(200);
        assertThat(api.send("GET", "/investors/" + id, null, TestTokens.fundManagerToken("investor-other", YANCHENG))
                .statusCode()).isEqualTo(403);
        assertThat(api.send("GET", "/investors/investor-nobody", null, officer).statusCode()).isEqualTo(404);
    }

    @Test
    void aFundIsEstablishedOnceAndItsManagerActsOnItsOwnFundsOnly() {
        String manager = investor("GOVERNMENT_FUND_MANAGER", newUscc());
        String bank = investor("BANK", newUscc());
        String managerToken = TestTokens.fundManagerToken(manager, YANCHENG);
        String key = "fund-" + UUID.randomUUID();

        try (EventProbe probe = EventProbe.fromBeginning(Topics.FUNDING_FUNDS.name())) {
            HttpResponse<String> first = api.send("POST", "/funds", fundBody(manager, "10000000", "5000000"),
                    managerToken, "Idempotency-Key", key);
            HttpResponse<String> again = api.send("POST", "/funds", fundBody(manager, "10000000", "5000000"),
                    managerToken, "Idempotency-Key", key);

            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(json(again).get("id").asString()).isEqualTo(json(first).get("id").asString());
            String fund = json(first).get("id").asString();
            FundEstablished established = (FundEstablished) probe.awaitEvent(event -> event.data()
                    instanceof FundEstablished e && e.fundId().equals(fund), Duration.ofSeconds(20)).data();
            assertThat(established.committedRmb()).isEqualByComparingTo("10000000");
            assertThat(established.carrierId()).isEqualTo(carrier);
        }
        HttpResponse<String> byBank = api.send("POST", "/funds", fundBody(bank, "10000000", "5000000"), officer);
        assertThat(byBank.statusCode()).isEqualTo(400);
        assertThat(fields(byBank)).containsExactly("managerId");
        HttpResponse<String> badRange = api.send("POST", "/funds", fundBody(manager, "10000000", "100"), officer);
        assertThat(fields(badRange)).containsExactly("ticketMinRmb");
        assertThat(api.send("POST", "/funds", fundBody(manager, "10000000", "5000000"),
                TestTokens.fundManagerToken("investor-other", YANCHENG)).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/funds", fundBody(manager, "10000000", "5000000"),
                TestTokens.operatorToken(carrier, YANCHENG)).statusCode()).isEqualTo(403);
    }

    @Test
    void anInvestmentIsPublishedCountsAgainstItsFundAndIsRefusedBeyondIt() {
        String manager = investor("ANGEL_ORGANISATION", newUscc());
        String fund = fund(manager, "10000000");

        try (EventProbe probe = EventProbe.fromBeginning(Topics.FUNDING_INVESTMENTS.name())) {
            HttpResponse<String> invested = invest(fund, "3000000", TestTokens.fundManagerToken(manager, YANCHENG));

            assertThat(invested.statusCode()).as(invested.body()).isEqualTo(201);
            InvestmentMade made = (InvestmentMade) probe.awaitEvent(event -> event.data() instanceof InvestmentMade e
                    && e.fundId().equals(fund), Duration.ofSeconds(20)).data();
            assertThat(made.firmId()).isEqualTo(firm);
            assertThat(made.firmUscc()).isEqualTo(firmUscc);
            assertThat(made.amountRmb()).isEqualByComparingTo("3000000");
        }
        JsonNode position = json(api.send("GET", "/funds/" + fund, null, officer));
        assertThat(position.get("investedRmb").decimalValue()).isEqualByComparingTo("3000000");
        assertThat(position.get("remainingRmb").decimalValue()).isEqualByComparingTo("7000000");
        assertThat(position.get("reinvestmentAchieved").decimalValue()).as("3 m of a 5 m local mandate")
                .isEqualByComparingTo("0.6");
        assertThat(invest(fund, "5000000", officer).statusCode()).isEqualTo(201);
        HttpResponse<String> beyond = invest(fund, "4000000", officer);
        assertThat(beyond.statusCode()).as(beyond.body()).isEqualTo(422);
        assertThat(json(beyond).get("rule").asString()).isEqualTo("fund-capacity-exceeded");
        String body = """
                {"firmId":"%s","amountRmb":2000000,"round":"ANGEL","investedOn":"2025-06-18"}""".formatted(firm);
        HttpResponse<String> last = api.send("POST", "/funds/" + fund + "/investments", body, officer,
                "Idempotency-Key", "last-" + fund);
        HttpResponse<String> retried = api.send("POST", "/funds/" + fund + "/investments", body, officer,
                "Idempotency-Key", "last-" + fund);
        assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
        assertThat(retried.statusCode()).as("a retry once the fund is full gets the first result: " + retried.body())
                .isEqualTo(201);
        assertThat(json(retried).get("id").asString()).isEqualTo(json(last).get("id").asString());
        HttpResponse<String> unknownFirm = api.send("POST", "/funds/" + fund + "/investments", """
                {"firmId":"firm-nobody","amountRmb":1000,"instrument":"LOAN","investedOn":"2025-06-18"}""", officer);
        assertThat(fields(unknownFirm)).containsExactlyInAnyOrder("firmId", "instrument");
        assertThat(invest("fund-nobody", "1000", officer).statusCode()).isEqualTo(404);
    }

    @Test
    void aFundCannotShrinkBelowWhatItInvestedAndAClosedFundInvestsNoMore() {
        String manager = investor("VENTURE", newUscc());
        String fund = fund(manager, "10000000");
        assertThat(invest(fund, "5000000", officer).statusCode()).isEqualTo(201);
        long version = json(api.send("GET", "/funds/" + fund, null, officer)).get("version").asLong();

        HttpResponse<String> shrunk = api.send("PUT", "/funds/" + fund + "/size", """
                {"committedRmb":6000000,"effectiveDate":"2025-07-01"}""", officer, "If-Match", "\"" + version + "\"");
        HttpResponse<String> belowInvested = api.send("PUT", "/funds/" + fund + "/size", """
                {"committedRmb":4000000,"effectiveDate":"2025-07-01"}""", officer);
        HttpResponse<String> stale = api.send("POST", "/funds/" + fund + "/closing", """
                {"effectiveDate":"2025-08-01"}""", officer, "If-Match", "\"" + version + "\"");
        HttpResponse<String> closed = api.send("POST", "/funds/" + fund + "/closing", """
                {"effectiveDate":"2025-08-01"}""", officer);

        assertThat(shrunk.statusCode()).as(shrunk.body()).isEqualTo(200);
        assertThat(belowInvested.statusCode()).isEqualTo(422);
        assertThat(json(belowInvested).get("rule").asString()).isEqualTo("fund-below-invested");
        assertThat(stale.statusCode()).as("If-Match of an older version").isEqualTo(409);
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(json(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(json(invest(fund, "1000", officer)).get("rule").asString()).isEqualTo("fund-closed");
    }

    @Test
    void aRequestIsRankedWithReasonsProposedAnsweredAndFundedByTheInvestmentThatFollows() {
        String manager = investor("ANGEL_ORGANISATION", newUscc());
        String fund = fund(manager, "20000000");
        String operator = TestTokens.operatorToken(carrier, YANCHENG);
        String managerToken = TestTokens.fundManagerToken(manager, YANCHENG);

        HttpResponse<String> asked = api.send("POST", "/requests", """
                {"firmId":"%s","amountRmb":3000000,"instrument":"EQUITY","stage":"ANGEL","purpose":"扩产"}"""
                .formatted(firm), operator);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String request = json(asked).get("id").asString();
        assertThat(api.send("POST", "/requests", """
                {"firmId":"%s","amountRmb":3000000,"instrument":"EQUITY","stage":"ANGEL"}""".formatted(firm),
                TestTokens.operatorToken("carrier-other", YANCHENG)).statusCode())
                .as("another carrier's operator").isEqualTo(403);

        JsonNode ranking = json(api.send("GET", "/requests/" + request + "/ranking", null, officer));
        JsonNode ours = ranking.valueStream().filter(match -> match.get("fundId").asString().equals(fund))
                .findFirst().orElseThrow();
        assertThat(ours.get("reasons").valueStream().map(reason -> reason.get("code").asString()).toList())
                .containsExactly("INDUSTRY", "STAGE", "TICKET", "CAPACITY", "REINVESTMENT", "CARRIER", "TRACK_RECORD",
                        "SIGNALS");
        assertThat(ours.get("reasons").get(5).get("points").decimalValue()).as("the fund sits in the firm's carrier")
                .isEqualByComparingTo("10");

        String matchId;
        try (EventProbe probe = EventProbe.fromBeginning(Topics.FUNDING_REQUESTS.name())) {
            HttpResponse<String> proposed = api.send("POST", "/requests/" + request + "/proposals", null, operator);
            assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
            assertThat(json(proposed).get("status").asString()).isEqualTo("MATCHED");
            matchId = "match-" + request + "-" + fund;
            probe.awaitEvent(event -> event.data() instanceof MatchProposed e && e.matchId().equals(
                    "match-" + request + "-" + fund), Duration.ofSeconds(20));
        }
        assertThat(api.send("POST", "/requests/" + request + "/matches/" + matchId + "/acceptance", null,
                TestTokens.fundManagerToken("investor-other", YANCHENG)).statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = api.send("POST", "/requests/" + request + "/matches/" + matchId + "/acceptance",
                null, managerToken);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        try (EventProbe probe = EventProbe.fromBeginning(Topics.FUNDING_REQUESTS.name())) {
            assertThat(invest(fund, "3000000", managerToken).statusCode()).isEqualTo(201);
            FinancingRequestClosed closed = (FinancingRequestClosed) probe.awaitEvent(event -> event.data()
                    instanceof FinancingRequestClosed e && e.requestId().equals(request), Duration.ofSeconds(30))
                    .data();
            assertThat(closed.outcome()).isEqualTo(RequestOutcome.FUNDED);
        }
        JsonNode funded = json(api.send("GET", "/requests/" + request, null, operator));
        assertThat(funded.get("status").asString()).isEqualTo("FUNDED");
        assertThat(funded.get("matches").valueStream().filter(match -> match.get("fundId").asString().equals(fund))
                .findFirst().orElseThrow().get("investmentId").isNull()).isFalse();
        assertThat(api.send("POST", "/requests/" + request + "/withdrawal", null, operator).statusCode())
                .as("a funded request is closed").isEqualTo(422);
    }

    @Test
    void aLoanComesFromABankAndALoanRequestIsRankedOverBanks() {
        String bank = investor("BANK", newUscc());
        String fundManager = investor("VENTURE", newUscc());

        HttpResponse<String> loan = api.send("POST", "/loans", """
                {"bankId":"%s","firmUscc":"%s","amountRmb":2000000,"grantedOn":"2025-04-02",
                 "riskPool":"盐城市科技贷款风险补偿资金池","poolRegion":"%s"}""".formatted(bank, firmUscc, YANCHENG),
                officer);
        HttpResponse<String> notABank = api.send("POST", "/loans", """
                {"bankId":"%s","firmId":"%s","amountRmb":2000000,"grantedOn":"2025-04-02"}"""
                .formatted(fundManager, firm), officer);
        HttpResponse<String> asked = api.send("POST", "/requests", """
                {"firmId":"%s","amountRmb":1000000,"instrument":"LOAN","stage":"SEED"}""".formatted(firm), officer);

        assertThat(loan.statusCode()).as(loan.body()).isEqualTo(201);
        assertThat(json(loan).get("firmId").asString()).isEqualTo(firm);
        assertThat(fields(notABank)).containsExactly("bankId");
        JsonNode ranking = json(api.send("GET", "/requests/" + json(asked).get("id").asString() + "/ranking", null,
                officer));
        assertThat(ranking.valueStream().map(match -> match.get("fundId").asString()).toList()).contains(bank)
                .doesNotContain(fundManager);
    }

    @Test
    void aFundManagersTokenWithoutItsInvestorIsRefused() {
        HttpResponse<String> response = api.send("GET", "/funds", null, TestTokens.token("someone",
                List.of("CITY_OFFICER"), YANCHENG));
        assertThat(response.statusCode()).isEqualTo(200);
        String withoutInvestor = TestInfrastructure.get().tokenIssuer().issue("manager",
                List.of("FUND_MANAGER"), YANCHENG, Duration.ofHours(1));
        assertThat(api.send("GET", "/funds", null, withoutInvestor).statusCode()).isEqualTo(401);
    }

    private static List<String> outcomes(HttpResponse<String> report) {
        return json(report).get("rows").valueStream().map(row -> row.get("row").asInt() + " "
                + row.get("outcome").asString() + " " + row.path("field").asString("")).toList();
    }

    @Test
    void fundsImportFromACsvWithARowByRowReportAndASecondImportChangesNothing() {
        String manager = newUscc();
        investor("VENTURE", manager);
        String name = "盐城导入种子基金" + manager;
        String csv = """
                基金名称,基金类型,管理机构,认缴规模（元）,成立日期,区域代码,所在载体,载体关系,投资领域,投资阶段,返投比例
                %s,种子基金,%s,20000000,2024/3/1,320900,%s,内设,智能制造、生物医药,种子、天使,30%%
                坏类型基金,城堡基金,%s,1000000,2024-03-01,320900,,,,,
                坏管理人基金,天使基金,91320903MA0000000X,1000000,2024-03-01,320900,,,,,
                外地基金,天使基金,%s,1000000,2024-03-01,330402,,,,,
                """.formatted(name, manager, carrier, manager, manager);

        HttpResponse<String> first = api.upload("funds", "基金.csv", csv.getBytes(StandardCharsets.UTF_8), officer);
        HttpResponse<String> again = api.upload("funds", "基金.csv", csv.getBytes(StandardCharsets.UTF_8),
                TestTokens.token("PROVINCE_ADMIN", "320000"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(outcomes(first)).containsExactly("2 IMPORTED ", "3 REFUSED kind", "4 REFUSED manager",
                "5 REFUSED region");
        assertThat(outcomes(again)).as("imported by someone else, the same rows find the same fund")
                .containsExactly("2 DUPLICATE ", "3 REFUSED kind", "4 REFUSED manager", "5 REFUSED region");
        assertThat(mongo.count(Query.query(Criteria.where("state.name").is(name)), "funds")).isEqualTo(1);
        JsonNode fund = json(api.send("GET", "/funds/" + json(first).get("rows").get(0).get("id").asString(), null,
                officer));
        assertThat(fund.get("kind").asString()).isEqualTo("SEED");
        assertThat(fund.get("carrierLink").asString()).isEqualTo("INSIDE");
        assertThat(fund.get("localReinvestmentShare").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(fund.get("stages").valueStream().map(JsonNode::asString).toList())
                .containsExactly("SEED", "ANGEL");
        assertThat(fund.get("industries").valueStream().map(JsonNode::asString).toList())
                .containsExactly("智能制造", "生物医药");
        HttpResponse<String> unreadable = api.upload("funds", "基金.pdf", new byte[] {1, 2}, officer);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(fields(unreadable)).containsExactly("file");
        assertThat(api.upload("loans", "x.csv", csv.getBytes(StandardCharsets.UTF_8), officer).statusCode())
                .isEqualTo(400);
        assertThat(api.upload("funds", "基金.csv", csv.getBytes(StandardCharsets.UTF_8),
                TestTokens.operatorToken(carrier, YANCHENG)).statusCode()).isEqualTo(403);
    }

    @Test
    void investmentsImportFromAWorkbookEachRowCheckedAsTheApiChecksIt() throws Exception {
        String manager = investor("ANGEL_ORGANISATION", newUscc());
        String fund = fund(manager, "5000000");
        Object[][] rows = {
                {fund, firmUscc, 3_000_000, "天使轮", LocalDate.of(2025, 5, 1)},
                {fund, newUscc(), 1_000_000, "天使轮", LocalDate.of(2025, 5, 1)},
                {fund, firmUscc, 4_000_000, "天使轮", LocalDate.of(2025, 6, 1)},
                {"fund-nobody", firmUscc, 1_000_000, "天使轮", LocalDate.of(2025, 6, 1)},
        };
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("投资");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"基金编号", "企业信用代码", "投资金额(元)", "轮次", "投资日期"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                row.createCell(2).setCellValue((Integer) rows[r][2]);
                row.createCell(3).setCellValue((String) rows[r][3]);
                row.createCell(4).setCellValue((LocalDate) rows[r][4]);
                row.getCell(4).setCellStyle(dates);
            }
            book.write(out);
            workbook = out.toByteArray();
        }

        HttpResponse<String> report = api.upload("investments", "投资.xlsx", workbook,
                TestTokens.fundManagerToken(manager, YANCHENG));
        HttpResponse<String> byAnother = api.upload("investments", "投资.xlsx", workbook,
                TestTokens.fundManagerToken("investor-other", YANCHENG));

        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(outcomes(report)).containsExactly("2 IMPORTED ", "3 REFUSED firmUscc", "4 REFUSED ",
                "5 REFUSED ");
        assertThat(json(report).get("rows").get(2).get("reason").asString()).startsWith("fund-capacity-exceeded");
        assertThat(json(report).get("rows").get(3).get("reason").asString()).contains("fund-nobody");
        assertThat(outcomes(byAnother)).as("another institution's fund, refused before its rows are read")
                .containsExactly("2 REFUSED region", "3 REFUSED region", "4 REFUSED region", "5 REFUSED ");
        assertThat(json(api.send("GET", "/funds/" + fund, null, officer)).get("investedRmb").decimalValue())
                .isEqualByComparingTo("3000000");
    }
}
