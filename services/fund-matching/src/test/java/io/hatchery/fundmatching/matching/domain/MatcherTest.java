package io.hatchery.fundmatching.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.fundmatching.matching.app.MatchingProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The ranking of ADR 11 against a fixture computed by hand. */
class MatcherTest {

    private static final FirmProfile FIRM = new FirmProfile("firm-1", "智能制造", List.of("320000", "320900", "320903"),
            "carrier-1", true, true, false);
    private static final FinancingAsk ASK = new FinancingAsk(rmb(3_000_000), Instrument.EQUITY, FundingStage.ANGEL);

    /** Angel fund inside the firm's carrier, in its city, half behind its mandate, 3 of 4 deals in the industry. */
    private static final FundProfile CARRIER_FUND = fund("fund-a", FundKind.ANGEL, "320900", "carrier-1",
            CarrierLink.INSIDE, Set.of("智能制造"), Set.of(FundingStage.SEED, FundingStage.ANGEL), 1_000_000, 5_000_000,
            15_000_000, "0.5", Map.of("智能制造", 3, "生物医药", 1));
    /** Zhejiang venture fund without focus or stages. */
    private static final FundProfile DISTANT_FUND = fund("fund-b", FundKind.VENTURE, "330000", null, null, Set.of(),
            Set.of(), 2_000_000, 10_000_000, 6_000_000, "1", Map.of());
    /** Provincial fund of another industry, with nothing reinvested yet. */
    private static final FundProfile PROVINCIAL_FUND = fund("fund-h", FundKind.GOVERNMENT_GUIDANCE, "320000", null,
            null, Set.of("生物医药"), Set.of(FundingStage.ANGEL), 1_000_000, 5_000_000, 15_000_000, "1", Map.of());

    private static BigDecimal rmb(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static FundProfile fund(String id, FundKind kind, String region, String carrierId, CarrierLink link,
            Set<String> industries, Set<FundingStage> stages, long ticketMin, long ticketMax, long remaining,
            String behind, Map<String, Integer> investments) {
        return new FundProfile(id, kind, false, region, carrierId, link, industries, stages, rmb(ticketMin),
                rmb(ticketMax), rmb(remaining), new BigDecimal(behind), investments, true);
    }

    private static List<String> points(Match match) {
        return match.reasons().stream().map(reason -> reason.code() + " " + reason.fit().toPlainString() + "×"
                + reason.weight() + "=" + reason.points().toPlainString()).toList();
    }

    @Test
    void eachReasonsPointsAreFitTimesWeight() {
        Match carrierFund = Matcher.score(CARRIER_FUND, FIRM, ASK, MatchWeights.defaults());
        Match distantFund = Matcher.score(DISTANT_FUND, FIRM, ASK, MatchWeights.defaults());

        assertThat(points(carrierFund)).containsExactly("INDUSTRY 1×20=20.00", "STAGE 1×15=15.00",
                "TICKET 1×15=15.00", "CAPACITY 1×10=10.00", "REINVESTMENT 0.5×15=7.50", "CARRIER 1×10=10.00",
                "TRACK_RECORD 0.75×10=7.50", "SIGNALS 0.7×5=3.50");
        assertThat(carrierFund.score()).isEqualByComparingTo("88.50");
        assertThat(points(distantFund)).containsExactly("INDUSTRY 0.5×20=10.00", "STAGE 0.5×15=7.50",
                "TICKET 0.625×15=9.38", "CAPACITY 0.25×10=2.50", "REINVESTMENT 0×15=0.00", "CARRIER 0×10=0.00",
                "TRACK_RECORD 0×10=0.00", "SIGNALS 0.7×5=3.50");
        assertThat(distantFund.score()).isEqualByComparingTo("32.88");
    }

    @Test
    void hardConditionsKeepUnfitFundsOut() {
        List<FundProfile> funds = List.of(CARRIER_FUND, DISTANT_FUND,
                fund("other-stage", FundKind.VENTURE, "320900", null, null, Set.of(), Set.of(FundingStage.SERIES_A),
                        1_000_000, 5_000_000, 15_000_000, "0", Map.of()),
                fund("ticket-too-small", FundKind.SEED, "320900", null, null, Set.of(), Set.of(), 100_000, 2_000_000,
                        15_000_000, "0", Map.of()),
                fund("nearly-spent", FundKind.ANGEL, "320900", null, null, Set.of(), Set.of(), 1_000_000, 5_000_000,
                        2_000_000, "0", Map.of()),
                new FundProfile("closed", FundKind.ANGEL, false, "320900", null, null, Set.of(), Set.of(), null, null,
                        rmb(50_000_000), BigDecimal.ZERO, Map.of(), false),
                new FundProfile("bank", null, true, "320900", null, null, Set.of(), Set.of(), null, null, null,
                        BigDecimal.ZERO, Map.of(), true));

        List<Match> ranking = Matcher.rank(funds, FIRM, ASK, MatchWeights.defaults(), 10);

        assertThat(ranking).extracting(Match::fundId).containsExactly("fund-a", "fund-b");
        assertThat(Matcher.rank(funds, FIRM, new FinancingAsk(rmb(3_000_000), Instrument.LOAN, FundingStage.ANGEL),
                MatchWeights.defaults(), 10)).extracting(Match::fundId).containsExactly("bank");
    }

    @Test
    void aChangedWeightChangesTheRanking() {
        List<FundProfile> funds = List.of(DISTANT_FUND, PROVINCIAL_FUND, CARRIER_FUND);

        List<Match> byDefault = Matcher.rank(funds, FIRM, ASK, MatchWeights.defaults(), 3);
        MatchWeights reinvestmentFirst = new MatchWeights(BigDecimal.ZERO, rmb(15), rmb(15), rmb(10), rmb(60),
                BigDecimal.ZERO, rmb(10), rmb(5));
        List<Match> byReinvestment = Matcher.rank(funds, FIRM, ASK, reinvestmentFirst, 3);

        assertThat(byDefault).extracting(Match::fundId).containsExactly("fund-a", "fund-h", "fund-b");
        assertThat(byDefault).extracting(match -> match.score().toPlainString())
                .containsExactly("88.50", "58.50", "32.88");
        assertThat(byReinvestment).extracting(Match::fundId).containsExactly("fund-h", "fund-a", "fund-b");
        assertThat(byReinvestment).extracting(match -> match.score().toPlainString())
                .containsExactly("103.50", "81.00", "22.88");
    }

    @Test
    void weightsSetInTheDeploymentsConfigurationRankAsThoseWeights() {
        Map<String, String> configuration = Map.of("hatchery.fund-matching.weights.industry", "0",
                "hatchery.fund-matching.weights.reinvestment", "60", "hatchery.fund-matching.weights.carrier", "0");
        MatchWeights configured = new Binder(new MapConfigurationPropertySource(configuration))
                .bind("hatchery.fund-matching", MatchingProperties.class).get().matchWeights();

        assertThat(Matcher.rank(List.of(DISTANT_FUND, PROVINCIAL_FUND, CARRIER_FUND), FIRM, ASK, configured, 3))
                .extracting(Match::fundId).containsExactly("fund-h", "fund-a", "fund-b");
        assertThat(new Binder(new MapConfigurationPropertySource(Map.of("hatchery.fund-matching.proposals-per-request",
                "5"))).bind("hatchery.fund-matching", MatchingProperties.class).get().matchWeights())
                .as("what is not configured keeps ADR 11's weights").isEqualTo(MatchWeights.defaults());
    }

    @Test
    void equalScoresRankByRemainingCapacityThenId() {
        FundProfile richerTwin = twinOfCarrierFund("fund-a2", 20_000_000);
        FundProfile equalTwin = twinOfCarrierFund("fund-a0", 15_000_000);

        assertThat(Matcher.rank(List.of(equalTwin, CARRIER_FUND, richerTwin), FIRM, ASK, MatchWeights.defaults(), 3))
                .extracting(Match::fundId).containsExactly("fund-a2", "fund-a", "fund-a0");
    }

    private static FundProfile twinOfCarrierFund(String id, long remaining) {
        return fund(id, FundKind.ANGEL, "320900", "carrier-1", CarrierLink.INSIDE, Set.of("智能制造"),
                Set.of(FundingStage.SEED, FundingStage.ANGEL), 1_000_000, 5_000_000, remaining, "0.5",
                Map.of("智能制造", 3, "生物医药", 1));
    }
}
