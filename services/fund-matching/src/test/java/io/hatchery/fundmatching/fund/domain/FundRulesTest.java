package io.hatchery.fundmatching.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static FundEstablishment establishment(String committed, String ticketMin, String ticketMax,
            String localShare) {
        return new FundEstablishment("盐城市天使投资基金", FundKind.ANGEL, "investor-1", money(committed),
                LocalDate.of(2024, 3, 15), "320900", "carrier-1", CarrierLink.INSIDE, List.of("智能制造", " 智能制造 "),
                List.of(FundingStage.ANGEL, FundingStage.SEED), money(ticketMin), money(ticketMax),
                localShare == null ? null : new BigDecimal(localShare), new BigDecimal("0.4"));
    }

    private static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private static Fund established(String committed, String localShare) {
        return FundRules.establish("fund-1", establishment(committed, "500000", "5000000", localShare)).state();
    }

    @Test
    void establishingPublishesTheFundWithItsFocusNormalised() {
        Decision<Fund> decision = FundRules.establish("fund-1", establishment("200000000", "500000", "5000000",
                "0.6"));

        assertThat(decision.state().industries()).containsExactly("智能制造");
        assertThat(decision.state().stages()).containsExactly(FundingStage.SEED, FundingStage.ANGEL);
        assertThat(decision.state().isOpen()).isTrue();
        assertThat(FundPosition.NOTHING.remainingRmb(decision.state())).isEqualByComparingTo("200000000");
        FundEstablished event = (FundEstablished) decision.events().get(0);
        assertThat(event.fundId()).isEqualTo("fund-1");
        assertThat(event.effectiveDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(event.localReinvestmentShare()).isEqualByComparingTo("0.6");
    }

    @Test
    void faultsOfAnEstablishmentNameTheirFields() {
        FundEstablishment bad = new FundEstablishment("基金", FundKind.SEED, "investor-1", new BigDecimal("-1"),
                TODAY.plusDays(1), "320900", "carrier-1", null, List.of(""), List.of(), new BigDecimal("9"),
                new BigDecimal("1.234"), new BigDecimal("1.5"), new BigDecimal("-0.1"));

        assertThat(FundRules.problems(bad, TODAY)).extracting(FieldProblem::field).containsExactly("committedRmb",
                "ticketMaxRmb", "ticketMinRmb", "localReinvestmentShare", "stateCapitalShare", "establishedOn",
                "carrierLink", "industries[0]");
        assertThat(FundRules.problems(establishment("100", "0", "1000", null), TODAY))
                .extracting(FieldProblem::field).containsExactly("ticketMaxRmb");
        assertThat(FundRules.problems(establishment("100000000", "0", "1000", null), TODAY)).isEmpty();
    }

    @Test
    void aPositionSaysWhatIsLeftAndHowFarBehindItsMandateTheFundIs() {
        Fund fund = established("10000000", "0.5");
        FundPosition position = new FundPosition(new BigDecimal("3000000"), new BigDecimal("2000000"), 3,
                Map.of("智能制造", 1, "生物医药", 1));

        assertThat(position.remainingRmb(fund)).isEqualByComparingTo("7000000");
        assertThat(position.investmentCount()).as("one of them into a firm of unknown industry").isEqualTo(3);
        assertThat(position.reinvestmentAchieved(fund)).isEqualByComparingTo("0.4");
        assertThat(position.reinvestmentBehind(fund)).isEqualByComparingTo("0.6");
        assertThat(FundPosition.NOTHING.reinvestmentBehind(fund)).isEqualByComparingTo("1");
        assertThat(FundPosition.NOTHING.reinvestmentBehind(established("10000000", null)))
                .as("without a mandate nothing is behind").isEqualByComparingTo("0");
        assertThat(new FundPosition(new BigDecimal("12000000"), BigDecimal.ZERO, 1, Map.of()).remainingRmb(fund))
                .isEqualByComparingTo("0");
    }

    @Test
    void aFundIsNotResizedBelowWhatItInvestedOrItsLargestTicket() {
        Fund fund = established("10000000", null);
        FundPosition invested = new FundPosition(new BigDecimal("6000000"), BigDecimal.ZERO, 1, Map.of());

        assertThatThrownBy(() -> FundRules.resize(fund, invested, new BigDecimal("5000000"), TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("fund-below-invested");
        assertThatThrownBy(() -> FundRules.resize(fund, FundPosition.NOTHING, new BigDecimal("4000000"), TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("fund-below-ticket");
        Decision<Fund> resized = FundRules.resize(fund, invested, new BigDecimal("20000000"), TODAY);
        assertThat(resized.events()).containsExactly(new FundResized("fund-1", "320900", new BigDecimal("20000000"),
                new BigDecimal("10000000"), TODAY));
        assertThat(FundRules.resize(resized.state(), invested, new BigDecimal("20000000.00"), TODAY).changed())
                .isFalse();
    }

    @Test
    void aClosedFundInvestsNoMoreAndClosesOnce() {
        Decision<Fund> closed = FundRules.close(established("10000000", null), TODAY);

        assertThat(closed.events()).containsExactly(new FundClosed("fund-1", "320900", TODAY));
        assertThat(FundRules.close(closed.state(), TODAY).changed()).isFalse();
        assertThatThrownBy(() -> FundRules.resize(closed.state(), FundPosition.NOTHING, new BigDecimal("20000000"),
                TODAY))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("fund-closed");
        assertThatThrownBy(() -> FundRules.close(established("10000000", null), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("fund-closed-before-established");
    }
}
