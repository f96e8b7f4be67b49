package io.hatchery.evaluation.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.evaluation.scheme.domain.Scheme;
import io.hatchery.evaluation.scheme.domain.Scheme.Band;
import io.hatchery.evaluation.scheme.domain.Scheme.Consequence;
import io.hatchery.evaluation.scheme.domain.Scheme.Dimension;
import io.hatchery.evaluation.scheme.domain.Scheme.ScoredIndicator;
import io.hatchery.evaluation.scheme.domain.Scheme.Source;
import io.hatchery.kernel.domain.InvalidCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CycleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    /** 50 points from submitted mentors (full at 10), 30 from admissions (full at 10), 20 from the experts. */
    private static final Scheme SCHEME = new Scheme("test", "测试方案", 1, Set.of(CarrierKind.INCUBATOR), null,
            List.of(new Dimension("service", "服务", List.of(
                    new ScoredIndicator("mentors", "导师", Source.SUBMITTED, "mentors", null, null, BigDecimal.TEN,
                            BigDecimal.valueOf(50)))),
                    new Dimension("results", "成效", List.of(
                            new ScoredIndicator("admitted", "入孵", Source.COMPUTED, "firms_admitted", null, null,
                                    BigDecimal.TEN, BigDecimal.valueOf(30)),
                            new ScoredIndicator("expert", "专家", Source.EXPERT, null, null, null, null,
                                    BigDecimal.valueOf(20))))),
            List.of(new Band(Rating.EXCELLENT, BigDecimal.valueOf(90), 25), new Band(Rating.GOOD,
                    BigDecimal.valueOf(75), null), new Band(Rating.PASS, BigDecimal.valueOf(60), null)),
            List.of("MAJOR_SAFETY_ACCIDENT"),
            List.of(new Consequence(Rating.FAIL, Rating.FAIL, EvaluationOutcome.DELIST),
                    new Consequence(Rating.FAIL, null, EvaluationOutcome.RECTIFY),
                    new Consequence(Rating.EXCELLENT, null, EvaluationOutcome.COMMEND)));

    private static Cycle open(String... carriers) {
        return CycleRules.open("c", 2025, SCHEME, "320900", List.of(carriers), TODAY).state();
    }

    private static Cycle submitted(Cycle cycle, String carrier, int mentors, int expert) {
        Cycle with = CycleRules.submit(cycle, carrier, Map.of("mentors", BigDecimal.valueOf(mentors)), TODAY).state();
        return CycleRules.score(with, SCHEME, carrier, Map.of("expert", BigDecimal.valueOf(expert)), "panel", TODAY)
                .state();
    }

    @Test
    void ranksBandsVetoesAndNonSubmittersFollowTheScheme() {
        Cycle cycle = open("a", "b", "c", "d", "e", "f", "g");
        cycle = submitted(cycle, "a", 10, 20);
        cycle = submitted(cycle, "b", 10, 19);
        cycle = submitted(cycle, "c", 10, 15);
        cycle = submitted(cycle, "d", 8, 10);
        cycle = submitted(cycle, "e", 2, 5);
        cycle = submitted(cycle, "f", 10, 20);
        cycle = CycleRules.veto(cycle, SCHEME, "f", "MAJOR_SAFETY_ACCIDENT", TODAY).state();
        Map<String, Map<String, BigDecimal>> computed = new HashMap<>();
        for (String carrier : List.of("a", "b", "c", "d", "e", "f", "g")) {
            computed.put(carrier, Map.of("firms_admitted", BigDecimal.TEN));
        }

        var decision = CycleRules.close(cycle, SCHEME, computed, Map.of("e", Rating.FAIL), TODAY);
        Map<String, Result> results = decision.state().results();

        assertThat(results.get("a").score()).isEqualByComparingTo("100");
        assertThat(results.get("a").rank()).isEqualTo(1);
        assertThat(results.get("a").rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(results.get("b").score()).isEqualByComparingTo("99");
        assertThat(results.get("b").rating()).as("90+ but outside the top 25 % of 5 scored (2 places)")
                .isEqualTo(Rating.EXCELLENT);
        assertThat(results.get("c").score()).isEqualByComparingTo("95");
        assertThat(results.get("c").rating()).as("90+ but third of five: GOOD").isEqualTo(Rating.GOOD);
        assertThat(results.get("d").rating()).isEqualTo(Rating.GOOD);
        assertThat(results.get("e").rating()).isEqualTo(Rating.FAIL);
        assertThat(results.get("e").outcome()).as("second FAIL in a row").isEqualTo(EvaluationOutcome.DELIST);
        assertThat(results.get("f").rating()).as("veto").isEqualTo(Rating.FAIL);
        assertThat(results.get("f").reason()).contains("MAJOR_SAFETY_ACCIDENT");
        assertThat(results.get("f").rank()).isNull();
        assertThat(results.get("g").rating()).as("no submission").isEqualTo(Rating.FAIL);
        assertThat(results.get("g").outcome()).isEqualTo(EvaluationOutcome.RECTIFY);
        assertThat(results.get("a").outcome()).isEqualTo(EvaluationOutcome.COMMEND);
        assertThat(results.get("a").lines()).extracting(Result.Line::indicator, Result.Line::source)
                .contains(tuple("admitted", "COMPUTED"));
        assertThat(decision.events()).filteredOn(EvaluationCompleted.class::isInstance).hasSize(7);
        assertThatThrownBy(() -> CycleRules.submit(decision.state(), "g", Map.of(), TODAY))
                .hasMessageContaining("closed");
    }

    @Test
    void aReturnedSubmissionCountsAsNoneUntilCorrected() {
        Cycle cycle = submitted(open("a"), "a", 10, 20);
        Cycle returned = CycleRules.review(cycle, "a", false, "请核实导师人数", TODAY).state();

        Result result = CycleRules.close(returned, SCHEME, Map.of(), Map.of(), TODAY).state().results().get("a");

        assertThat(result.rating()).isEqualTo(Rating.FAIL);
        assertThat(result.reason()).contains("请核实导师人数");
    }

    @Test
    void figuresThatContradictEachOtherAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CycleRules.submit(open("a"), "a", Map.of("firms_count", BigDecimal.valueOf(30),
                "firms_employees", BigDecimal.valueOf(12)), TODAY))
                .isInstanceOf(InvalidCommand.class)
                .satisfies(error -> assertThat(((InvalidCommand) error).problems().get(0).field())
                        .isEqualTo("figures.firms_employees"));
        assertThatThrownBy(() -> CycleRules.submit(open("a"), "a", Map.of("unicorns", BigDecimal.ONE), TODAY))
                .isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> CycleRules.submit(open("a"), "b", Map.of(), TODAY))
                .hasMessageContaining("not evaluated");
    }
}
