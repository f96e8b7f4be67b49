package io.hatchery.evaluation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.evaluation.eligibility.domain.Eligibility;
import io.hatchery.evaluation.eligibility.domain.Eligibility.Fact;
import io.hatchery.evaluation.eligibility.domain.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final RuleSet WENZHOU = new RuleSet("wenzhou", "温州市级孵化器", List.of(
            new RuleSet.Criterion("area", "面积", "total_area", BigDecimal.valueOf(5000), null),
            new RuleSet.Criterion("firms", "在孵企业", "firms_incubating", BigDecimal.valueOf(30), null),
            new RuleSet.Criterion("share", "使用面积占比", "incubation_area_share", new BigDecimal("66.7"), null)));

    private static Fact fact(long value) {
        return new Fact(BigDecimal.valueOf(value), "registry");
    }

    @Test
    void everyCriterionPassingIsEligible() {
        var report = Eligibility.assess(WENZHOU, Map.of("total_area", fact(8000), "firms_incubating", fact(31),
                "incubation_area_share", fact(70)));

        assertThat(report.verdict()).isEqualTo(Eligibility.Verdict.ELIGIBLE);
        assertThat(report.criteria().get(0).required()).isEqualTo("≥ 5000");
        assertThat(report.criteria().get(0).source()).isEqualTo("registry");
    }

    @Test
    void missingDataIsMissingNotAFailure() {
        var report = Eligibility.assess(WENZHOU, Map.of("total_area", fact(8000), "firms_incubating", fact(31)));

        assertThat(report.verdict()).isEqualTo(Eligibility.Verdict.INCOMPLETE);
        assertThat(report.criteria().get(2).status()).isEqualTo(Eligibility.Status.MISSING);
        assertThat(report.criteria().get(2).actual()).isNull();
    }

    @Test
    void aFailingCriterionDecidesEvenWithDataMissing() {
        var report = Eligibility.assess(WENZHOU, Map.of("total_area", fact(3000)));

        assertThat(report.verdict()).isEqualTo(Eligibility.Verdict.NOT_ELIGIBLE);
        assertThat(report.criteria()).extracting(Eligibility.Check::status).containsExactly(
                Eligibility.Status.FAIL, Eligibility.Status.MISSING, Eligibility.Status.MISSING);
    }
}
