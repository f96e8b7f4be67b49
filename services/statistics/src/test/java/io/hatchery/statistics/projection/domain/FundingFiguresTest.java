package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.Topics;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FinancingRequestClosed;
import io.hatchery.contracts.funding.FinancingRequested;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.contracts.funding.InvestorKind;
import io.hatchery.contracts.funding.InvestorRegistered;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.funding.MatchAccepted;
import io.hatchery.contracts.funding.MatchProposed;
import io.hatchery.contracts.funding.RequestOutcome;
import io.hatchery.contracts.registry.FirmRegistered;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures of investors, funds, loans, requests and matches, against values worked out by hand. */
class FundingFiguresTest {

    private static final String COUNTY = "330381";
    private static final String CITY = "330300";
    private static final String PROVINCE = "330000";
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private final Projection projection = new Projection(region -> region.equals(COUNTY)
            ? List.of(COUNTY, CITY, PROVINCE) : region.equals(CITY) ? List.of(CITY, PROVINCE) : List.of(PROVINCE));

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static FundEstablished fund(String id, FundKind kind, CarrierLink link, long rmb, String on) {
        return new FundEstablished(id, "基金 " + id, kind, "investor-m", BigDecimal.valueOf(rmb), day(on), COUNTY,
                link == null ? null : "carrier-1", link, List.of(), List.of(FundingStage.ANGEL), null, null, null,
                null, day(on));
    }

    private BigDecimal at(Indicator indicator, Filter filter, LocalDate date) {
        return projection.figures().valueAt(CITY, indicator, filter, date);
    }

    private BigDecimal between(Indicator indicator, Filter filter, String from, String to) {
        return projection.figures().valueBetween(COUNTY, indicator, filter, day(from), day(to));
    }

    private static Filter type(String type) {
        return new Filter(null, null, null, null, type, null);
    }

    private void funds() {
        String funds = Topics.FUNDING_FUNDS.name();
        projection.apply(funds, "f1", 1, fund("f1", FundKind.ANGEL, CarrierLink.INSIDE, 50_000_000, "2022-03-01"));
        projection.apply(funds, "f1", 2, new FundResized("f1", COUNTY, BigDecimal.valueOf(80_000_000),
                BigDecimal.valueOf(50_000_000), day("2023-06-01")));
        projection.apply(funds, "f2", 1, fund("f2", FundKind.VENTURE, CarrierLink.CO_FOUNDED, 200_000_000,
                "2023-01-10"));
        projection.apply(funds, "f3", 1, fund("f3", FundKind.GOVERNMENT_GUIDANCE, null, 1_000_000_000,
                "2022-11-11"));
        projection.apply(funds, "f3", 2, new FundClosed("f3", COUNTY, day("2024-07-01")));
    }

    @Test
    void fundsAreCountedWhileTheyExistWithTheirSizeAsResized() {
        funds();

        assertThat(at(Indicator.FUNDS_COUNT, Filter.NONE, day("2022-12-31"))).isEqualByComparingTo("2");
        assertThat(at(Indicator.FUNDS_COUNT, Filter.NONE, END_2024)).as("f3 closed").isEqualByComparingTo("2");
        assertThat(at(Indicator.FUNDS_SIZE, Filter.NONE, day("2023-05-31")))
                .isEqualByComparingTo("1250000000");
        assertThat(at(Indicator.FUNDS_SIZE, Filter.NONE, END_2024)).isEqualByComparingTo("280000000");
        assertThat(between(Indicator.FUNDS_ESTABLISHED, Filter.NONE, "2022-01-01", "2022-12-31"))
                .isEqualByComparingTo("2");
        assertThat(between(Indicator.FUNDS_ESTABLISHED, Filter.NONE, "2022-01-01", "2024-12-31"))
                .as("a closed fund was still established").isEqualByComparingTo("3");
        Filter inside = new Filter(null, null, null, null, null, CarrierLink.INSIDE);
        assertThat(at(Indicator.FUNDS_SIZE, inside, END_2024)).isEqualByComparingTo("80000000");
        assertThat(at(Indicator.FUNDS_COUNT, type("VENTURE"), END_2024)).isEqualByComparingTo("1");
        assertThat(at(Indicator.FUNDS_COUNT, type("ANGEL"), day("2022-02-28"))).isEqualByComparingTo("0");
    }

    @Test
    void aFundFilterThatDoesNotApplyIsRefusedNamingIt() {
        funds();

        assertThatThrownBy(() -> at(Indicator.FUNDS_COUNT, type("BANK"), END_2024))
                .isInstanceOf(UnsupportedFilterException.class).extracting("parameter").isEqualTo("type");
        assertThatThrownBy(() -> at(Indicator.FIRMS_INCUBATING, type("ANGEL"), END_2024))
                .isInstanceOf(UnsupportedFilterException.class).extracting("parameter").isEqualTo("type");
        assertThatThrownBy(() -> at(Indicator.INVESTORS_COUNT, new Filter(null, null, null, null, null,
                CarrierLink.INSIDE), END_2024)).isInstanceOf(UnsupportedFilterException.class)
                .extracting("parameter").isEqualTo("carrierLink");
    }

    @Test
    void investorsAreCountedByKindFromTheirRegistration() {
        String investors = Topics.FUNDING_INVESTORS.name();
        projection.apply(investors, "i1", 1, new InvestorRegistered("i1", "u1", "创投一", InvestorKind.VENTURE,
                COUNTY, null, day("2019-05-01")));
        projection.apply(investors, "i2", 1, new InvestorRegistered("i2", "u2", "创投二", InvestorKind.VENTURE,
                CITY, null, day("2021-05-01")));
        projection.apply(investors, "i3", 1, new InvestorRegistered("i3", "u3", "银行", InvestorKind.BANK,
                COUNTY, null, day("2019-05-01")));

        assertThat(at(Indicator.INVESTORS_COUNT, type("VENTURE"), day("2020-12-31"))).isEqualByComparingTo("1");
        assertThat(at(Indicator.INVESTORS_COUNT, type("VENTURE"), END_2024)).isEqualByComparingTo("2");
        assertThat(at(Indicator.INVESTORS_COUNT, Filter.NONE, END_2024)).isEqualByComparingTo("3");
    }

    @Test
    void loansCountWhereTheFirmIs() {
        projection.apply(Topics.REGISTRY_FIRMS.name(), "firm-1", 1, new FirmRegistered("firm-1", "91330381MA0000001X",
                "瑞安科技", day("2019-01-01"), "C39", COUNTY, day("2020-01-01")));
        projection.apply(Topics.FUNDING_LOANS.name(), "l1", 1, new LoanGranted("l1", "i3", "firm-1", null, COUNTY,
                BigDecimal.valueOf(2_000_000), "瑞安市科技贷款风险池", COUNTY, day("2024-04-02")));
        projection.apply(Topics.FUNDING_LOANS.name(), "l1", 1, new LoanGranted("l1", "i3", "firm-1", null, COUNTY,
                BigDecimal.valueOf(2_000_000), "瑞安市科技贷款风险池", COUNTY, day("2024-04-02")));

        assertThat(between(Indicator.LOANS_COUNT, Filter.NONE, "2024-01-01", "2024-12-31"))
                .as("a redelivery counts once").isEqualByComparingTo("1");
        assertThat(between(Indicator.LOANS_AMOUNT, Filter.NONE, "2024-01-01", "2024-12-31"))
                .isEqualByComparingTo("2000000");
    }

    @Test
    void requestsAreOpenUntilClosedAndConversionIsFundedAmongAcceptedMatches() {
        String requests = Topics.FUNDING_REQUESTS.name();
        for (String id : List.of("r1", "r2")) {
            projection.apply(requests, id, 1, new FinancingRequested(id, "firm-" + id, COUNTY, null,
                    BigDecimal.valueOf(3_000_000), Instrument.EQUITY, FundingStage.ANGEL, day("2024-03-01")));
            projection.apply(requests, id, 2, new MatchProposed(id, "m-" + id + "-a", "f1", null, BigDecimal.TEN,
                    1, COUNTY, day("2024-03-02")));
            projection.apply(requests, id, 3, new MatchProposed(id, "m-" + id + "-b", "f2", null, BigDecimal.ONE,
                    2, COUNTY, day("2024-03-02")));
            projection.apply(requests, id, 4, new MatchAccepted(id, "m-" + id + "-a", COUNTY, day("2024-04-01")));
        }
        projection.apply(requests, "r1", 5, new FinancingRequestClosed("r1", COUNTY, RequestOutcome.FUNDED, "inv-1",
                null, "m-r1-a", day("2024-06-01")));

        assertThat(at(Indicator.REQUESTS_OPEN, Filter.NONE, day("2024-05-31"))).isEqualByComparingTo("2");
        assertThat(at(Indicator.REQUESTS_OPEN, Filter.NONE, END_2024)).isEqualByComparingTo("1");
        assertThat(between(Indicator.MATCHES_PROPOSED, Filter.NONE, "2024-01-01", "2024-12-31"))
                .isEqualByComparingTo("4");
        assertThat(between(Indicator.MATCHES_ACCEPTED, Filter.NONE, "2024-01-01", "2024-12-31"))
                .isEqualByComparingTo("2");
        assertThat(at(Indicator.MATCHES_CONVERSION, Filter.NONE, END_2024)).isEqualByComparingTo("0.5");
        assertThat(at(Indicator.MATCHES_CONVERSION, Filter.NONE, day("2024-03-31"))).as("none accepted yet")
                .isNull();
    }

    @Test
    void theFundingFactsSurviveASnapshot() {
        funds();
        requestsAreOpenUntilClosedAndConversionIsFundedAmongAcceptedMatches();

        Projection restored = Projection.restore(projection.snapshot(), region -> region.equals(COUNTY)
                ? List.of(COUNTY, CITY, PROVINCE) : List.of(region, PROVINCE));

        for (Indicator indicator : List.of(Indicator.FUNDS_COUNT, Indicator.FUNDS_SIZE, Indicator.REQUESTS_OPEN,
                Indicator.MATCHES_CONVERSION)) {
            assertThat(restored.figures().valueAt(CITY, indicator, Filter.NONE, END_2024)).as(indicator.key())
                    .isEqualByComparingTo(at(indicator, Filter.NONE, END_2024));
        }
    }
}
