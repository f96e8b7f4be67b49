package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.Topics;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.contracts.talent.MentoringEnded;
import io.hatchery.contracts.talent.MentoringStarted;
import io.hatchery.statistics.projection.domain.FirmRecord.Eligibility;
import io.hatchery.statistics.projection.domain.FirmRecord.Financing;
import io.hatchery.statistics.projection.domain.FirmRecord.Mentoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A firm's profile gathers what every service's events said of it, and survives a checkpoint. */
class FirmProfileTest {

    private static final RegionCatalog REGIONS = RegionCatalog.withZones(List.of());
    private static final Function<String, List<String>> CHAIN =
            code -> REGIONS.selfAndAncestors(code).stream().map(Region::code).toList();
    private static final String FIRM = FirmIds.of("91320903MA1XYZ0001");

    private final Projection projection = new Projection(CHAIN);
    private final Map<String, Long> versions = new HashMap<>();

    private void apply(String stream, String subject, DomainEvent event) {
        projection.apply(stream, subject, versions.merge(subject, 1L, Long::sum), event);
    }

    private void carrier(String id, String name, CarrierKind kind) {
        apply(Topics.Names.REGISTRY_CARRIERS, id, new CarrierRegistered(id, kind, "320903", null,
                new CarrierProfile(name, new Operator("运营", "91350100M000100Y43"), null, BigDecimal.valueOf(5000),
                        BigDecimal.valueOf(4000), List.of(), null, List.of()), LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 1, 1)));
    }

    private void firm(DomainEvent event) {
        apply(Topics.Names.REGISTRY_FIRMS, FIRM, event);
    }

    @Test
    void theProfileShowsTheFirmsChainQualificationsFinancingMentorsRatingsAndEligibility() {
        carrier("space", "盐都众创空间", CarrierKind.MAKER_SPACE);
        carrier("incubator", "盐城科创孵化器", CarrierKind.INCUBATOR);
        firm(new FirmRegistered(FIRM, "91320903MA1XYZ0001", "盐城芯片科技有限公司", LocalDate.of(2020, 3, 1),
                "集成电路", "320903", LocalDate.of(2020, 3, 2)));
        firm(new FirmAdmitted(FIRM, "space", "320903", LocalDate.of(2020, 4, 1)));
        firm(new FirmGraduated(FIRM, "space", List.of(GraduationBasis.HIGH_TECH), "证书", LocalDate.of(2022, 6, 30)));
        firm(new FirmAdmitted(FIRM, "incubator", "320903", LocalDate.of(2022, 7, 1)));
        firm(new FirmQualified(FIRM, Qualification.HIGH_TECH, 2022, "GR2022", LocalDate.of(2025, 5, 31),
                LocalDate.of(2022, 6, 1)));
        firm(new FirmGraduationEligible(FIRM, "incubator", GraduationBasis.INVESTMENT_OVER_5M,
                LocalDate.of(2024, 2, 1)));
        apply(Topics.Names.FUNDING_INVESTMENTS, "inv-1", new InvestmentMade("inv-1", "fund-1", "盐城天使基金", FIRM,
                null, BigDecimal.valueOf(6_000_000), "A", LocalDate.of(2024, 1, 15)));
        apply(Topics.Names.FUNDING_LOANS, "loan-1", new LoanGranted("loan-1", "bank-1", null, "91320903MA1XYZ0001",
                "320903", BigDecimal.valueOf(2_000_000), "苏科贷", "320900", LocalDate.of(2023, 9, 1)));
        apply(Topics.Names.TALENT_TALENTS, "talent-7", new MentoringStarted("talent-7", FIRM, "incubator", "320903",
                LocalDate.of(2022, 8, 1)));
        apply(Topics.Names.TALENT_TALENTS, "talent-7", new MentoringEnded("talent-7", FIRM, "320903",
                LocalDate.of(2023, 8, 1)));
        apply(Topics.Names.EVALUATION_EVALUATIONS, "ev-1", new EvaluationCompleted("ev-1", "cycle", "320900",
                "incubator", 2023, "scheme", BigDecimal.valueOf(91), Rating.EXCELLENT, 1, EvaluationOutcome.NONE,
                null, null, LocalDate.of(2024, 3, 1)));

        FirmProfile profile = projection.figures().firms().profile(FIRM).orElseThrow();

        assertThat(profile.name()).isEqualTo("盐城芯片科技有限公司");
        assertThat(profile.uscc()).isEqualTo("91320903MA1XYZ0001");
        assertThat(profile.region()).isEqualTo("320903");
        assertThat(profile.chain()).containsExactly(
                new FirmProfile.Stay("space", "盐都众创空间", "MAKER_SPACE", ChainStage.PRE_INCUBATION, "320903",
                        LocalDate.of(2020, 4, 1), LocalDate.of(2022, 6, 30), "GRADUATED"),
                new FirmProfile.Stay("incubator", "盐城科创孵化器", "INCUBATOR", ChainStage.INCUBATION, "320903",
                        LocalDate.of(2022, 7, 1), null, "INCUBATING"));
        assertThat(profile.qualifications()).containsExactly(new FirmProfile.QualificationHeld("HIGH_TECH", "GR2022",
                LocalDate.of(2022, 6, 1), LocalDate.of(2025, 6, 1)));
        assertThat(profile.financing()).containsExactly(
                new Financing("loan-1", "LOAN", LocalDate.of(2023, 9, 1), 2_000_000, "bank-1", null, "苏科贷"),
                new Financing("inv-1", "INVESTMENT", LocalDate.of(2024, 1, 15), 6_000_000, "fund-1", "A", null));
        assertThat(profile.investedRmb()).isEqualTo(6_000_000);
        assertThat(profile.borrowedRmb()).isEqualTo(2_000_000);
        assertThat(profile.mentoring()).containsExactly(new Mentoring("talent-7", "incubator",
                LocalDate.of(2022, 8, 1), LocalDate.of(2023, 8, 1)));
        assertThat(profile.carrierRatings()).containsExactly(new FirmProfile.CarrierRating("incubator", "盐城科创孵化器",
                "EXCELLENT", LocalDate.of(2024, 3, 1)));
        assertThat(profile.eligibility()).containsExactly(new Eligibility("INVESTMENT_OVER_5M", "incubator",
                LocalDate.of(2024, 2, 1)));
        assertThat(profile.history()).extracting(FirmRecord.Milestone::kind).containsExactly("REGISTERED",
                "ADMITTED", "QUALIFIED", "GRADUATED", "ADMITTED");

        assertThat(Projection.restore(projection.snapshot(), CHAIN).figures().firms().profile(FIRM))
                .contains(profile);
    }

    @Test
    void aFirmNoEventNamedHasNoProfile() {
        assertThat(projection.figures().firms().profile("firm-unknown")).isEmpty();
    }

    @Test
    void firmsAreFoundByUsccOrByPartOfTheirNameAndOnlyWhereTheCallerMaySee() {
        carrier("incubator", "盐城科创孵化器", CarrierKind.INCUBATOR);
        firm(new FirmRegistered(FIRM, "91320903MA1XYZ0001", "盐城芯片科技有限公司", LocalDate.of(2020, 3, 1),
                "集成电路", "320903", LocalDate.of(2020, 3, 2)));
        apply(Topics.Names.REGISTRY_FIRMS, "firm-2", new FirmRegistered("firm-2", "91330381MA1XYZ0002",
                "瑞安芯片有限公司", LocalDate.of(2020, 3, 1), "集成电路", "330381", LocalDate.of(2020, 3, 2)));
        FirmReadModel firms = projection.figures().firms();

        assertThat(firms.find("芯片", summary -> true, 10)).extracting(FirmReadModel.FirmSummary::id)
                .containsExactly("firm-2", FIRM);
        assertThat(firms.find("91320903ma1xyz0001", summary -> true, 10)).extracting(FirmReadModel.FirmSummary::id)
                .containsExactly(FIRM);
        assertThat(firms.find("芯片", summary -> summary.region().startsWith("32"), 10))
                .extracting(FirmReadModel.FirmSummary::id).containsExactly(FIRM);
        assertThat(firms.find("芯片", summary -> true, 1)).hasSize(1);
    }
}
