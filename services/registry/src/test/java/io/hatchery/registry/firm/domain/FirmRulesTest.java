package io.hatchery.registry.firm.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmInvestmentRecorded;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirmRulesTest {

    private static final FirmRuleSet NATIONAL = FirmRuleSet.NATIONAL_2018;

    private static Firm firm(String industry, String founded) {
        return FirmRules.register("91350100M000100Y43", "盐城芯科技有限公司", LocalDate.parse(founded), industry,
                "320903").state();
    }

    private static Firm admitted(Firm firm, String on) {
        return FirmRules.admit(firm, "carrier-1", CarrierKind.INCUBATOR, "320903", LocalDate.parse(on), NATIONAL).state();
    }

    private static RuleViolation refusal(Runnable command) {
        try {
            command.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("the command was not refused");
    }

    @Test
    void theIdFollowsFromTheUsccSoThereAreNoTwins() {
        assertThat(firm("software", "2024-01-01").id()).isEqualTo("firm-91350100M000100Y43");
    }

    @Test
    void aFirmOlderThanTheAdmissionLimitIsRefusedNamingTheRule() {
        Firm old = firm("software", "2022-01-15");

        RuleViolation refused = refusal(() -> FirmRules.admit(old, "carrier-1", CarrierKind.INCUBATOR, "320903", LocalDate.parse("2024-02-01"),
                NATIONAL));

        assertThat(refused.rule()).isEqualTo("admission-age-limit");
        assertThat(refused.getMessage()).contains("24 months");
        assertThat(FirmRules.admit(old, "carrier-1", CarrierKind.INCUBATOR, "320903", LocalDate.parse("2024-01-15"), NATIONAL).changed())
                .isTrue();
    }

    @Test
    void acceleratorsAndParksTakeGrownFirmsTheAgeLimitIsTheIncubatorsRule() {
        Firm grown = firm("software", "2019-01-15");

        assertThat(FirmRules.admit(grown, "accelerator", CarrierKind.ACCELERATOR, "320903",
                LocalDate.parse("2024-02-01"), NATIONAL).changed()).isTrue();
        assertThat(FirmRules.admit(grown, "park", CarrierKind.SCIENCE_PARK, "320903", LocalDate.parse("2024-02-01"),
                NATIONAL).changed()).isTrue();
        assertThat(refusal(() -> FirmRules.admit(grown, "space", CarrierKind.MAKER_SPACE, "320903",
                LocalDate.parse("2024-02-01"), NATIONAL)).rule()).isEqualTo("admission-age-limit");
    }

    @Test
    void aFirmIsInAtMostOneCarrierAtATime() {
        Firm incubating = admitted(firm("software", "2024-01-01"), "2024-03-01");

        assertThat(refusal(() -> FirmRules.admit(incubating, "carrier-2", CarrierKind.INCUBATOR, "320902", LocalDate.parse("2024-05-01"),
                NATIONAL)).rule()).isEqualTo("one-carrier-at-a-time");
        Firm exited = FirmRules.exit(incubating, ExitReason.MOVED, "moved to Nanjing", LocalDate.parse("2024-06-01"))
                .state();
        assertThat(exited.status()).isEqualTo(FirmStatus.EXITED);
        assertThat(FirmRules.admit(exited, "carrier-1", CarrierKind.INCUBATOR, "320903", LocalDate.parse("2024-03-01"), NATIONAL).changed())
                .as("the admission it had is known, not a new one").isFalse();
        assertThat(FirmRules.admit(exited, "carrier-2", CarrierKind.INCUBATOR, "320902", LocalDate.parse("2024-07-01"), NATIONAL).state()
                .current().carrierId()).isEqualTo("carrier-2");
    }

    @Test
    void biomedicineMayStaySixtyMonthsOthersFortyEightAndOverdueFirmsAreFlagged() {
        Firm software = admitted(firm("software", "2020-01-01"), "2020-06-01");
        Firm biomedicine = admitted(firm("biomedicine", "2020-01-01"), "2020-06-01");

        assertThat(software.current().deadline()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(biomedicine.current().deadline()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(software.isOverdueOn(LocalDate.parse("2024-06-01"))).isFalse();
        assertThat(software.isOverdueOn(LocalDate.parse("2024-06-02"))).isTrue();
        assertThat(biomedicine.isOverdueOn(LocalDate.parse("2024-06-02"))).isFalse();
    }

    @Test
    void graduationNeedsAsManyConditionsAsTheRegionRequiresAndAHeldHighTechCertificate() {
        Firm incubating = admitted(firm("software", "2022-01-01"), "2022-03-01");
        FirmRuleSet twoConditions = new FirmRuleSet(24, 48, 60, Set.of(), 2);

        assertThat(refusal(() -> FirmRules.graduate(incubating, List.of(GraduationBasis.INVESTMENT_OVER_5M), "A轮",
                LocalDate.parse("2024-01-01"), twoConditions)).rule()).isEqualTo("graduation-conditions");
        assertThat(refusal(() -> FirmRules.graduate(incubating, List.of(GraduationBasis.HIGH_TECH), "证书",
                LocalDate.parse("2024-01-01"), NATIONAL)).rule()).isEqualTo("high-tech-not-held");

        Firm certified = FirmRules.qualify(incubating, Qualification.HIGH_TECH, null, "GR202332000123",
                LocalDate.parse("2023-11-06"), null).state();
        Firm graduated = FirmRules.graduate(certified, List.of(GraduationBasis.HIGH_TECH), "GR202332000123",
                LocalDate.parse("2024-01-01"), NATIONAL).state();
        assertThat(graduated.status()).isEqualTo(FirmStatus.GRADUATED);
        assertThat(graduated.incubations().get(0).graduationBasis()).containsExactly(GraduationBasis.HIGH_TECH);
        assertThat(refusal(() -> FirmRules.exit(graduated, ExitReason.CLOSED, null, LocalDate.parse("2024-02-01")))
                .rule()).isEqualTo("not-incubating");
    }

    @Test
    void qualificationsHaveTheirValidityAndLapse() {
        Firm firm = firm("software", "2022-01-01");
        Firm sme = FirmRules.qualify(firm, Qualification.TECH_SME, 2024, "202432090300001234", null, null).state();
        Firm highTech = FirmRules.qualify(sme, Qualification.HIGH_TECH, null, "GR1", LocalDate.parse("2023-11-06"),
                null).state();

        assertThat(highTech.holds(Qualification.TECH_SME, LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(highTech.holds(Qualification.TECH_SME, LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(highTech.holds(Qualification.HIGH_TECH, LocalDate.parse("2026-11-05"))).isTrue();
        assertThat(highTech.holds(Qualification.HIGH_TECH, LocalDate.parse("2026-11-06"))).isFalse();
        Firm lapsed = FirmRules.lapse(highTech, Qualification.HIGH_TECH, null, LocalDate.parse("2025-03-01")).state();
        assertThat(lapsed.holds(Qualification.HIGH_TECH, LocalDate.parse("2025-03-01"))).isFalse();
        assertThat(refusal(() -> FirmRules.lapse(lapsed, Qualification.HIGH_TECH, null, LocalDate.parse("2025-04-01")))
                .rule()).isEqualTo("qualification-not-held");
    }

    @Test
    void investmentsAddUpOnceEachAndPassingFiveMillionFlagsEligibilityOnce() {
        Firm firm = admitted(firm("software", "2023-01-01"), "2023-02-01");

        Decision<Firm> first = FirmRules.recordInvestment(firm, "inv-1", new BigDecimal("3000000"),
                LocalDate.parse("2023-06-01"));
        Decision<Firm> again = FirmRules.recordInvestment(first.state(), "inv-1", new BigDecimal("3000000"),
                LocalDate.parse("2023-06-01"));
        Decision<Firm> second = FirmRules.recordInvestment(first.state(), "inv-2", new BigDecimal("2500000"),
                LocalDate.parse("2024-01-10"));
        Decision<Firm> third = FirmRules.recordInvestment(second.state(), "inv-3", new BigDecimal("100000"),
                LocalDate.parse("2024-03-10"));

        assertThat(first.state().eligibleForGraduation()).isFalse();
        assertThat(again.changed()).isFalse();
        assertThat(second.state().cumulativeInvestment()).isEqualByComparingTo("5500000");
        assertThat(second.state().eligibleForGraduation()).isTrue();
        assertThat(second.events()).hasSize(2).element(1).isInstanceOf(FirmGraduationEligible.class);
        assertThat(third.events()).singleElement().isInstanceOf(FirmInvestmentRecorded.class);
    }

    @Test
    void revenueOverTenMillionInTwoConsecutiveYearsMakesTheFirmEligibleOnceAndACorrectionReplacesAYear() {
        Firm firm = admitted(firm("marine", "2022-01-01"), "2022-03-01");

        Decision<Firm> first = FirmRules.recordRevenue(firm, 2023, new BigDecimal("12000000"),
                LocalDate.parse("2024-05-31"));
        Decision<Firm> gap = FirmRules.recordRevenue(first.state(), 2025, new BigDecimal("13000000"),
                LocalDate.parse("2026-05-31"));
        Decision<Firm> exactlyTen = FirmRules.recordRevenue(gap.state(), 2024, new BigDecimal("10000000"),
                LocalDate.parse("2025-05-31"));
        Decision<Firm> corrected = FirmRules.recordRevenue(exactlyTen.state(), 2024, new BigDecimal("10000001"),
                LocalDate.parse("2025-06-30"));
        Decision<Firm> again = FirmRules.recordRevenue(corrected.state(), 2024, new BigDecimal("10000001.00"),
                LocalDate.parse("2025-07-31"));

        assertThat(gap.state().eligibleForGraduation()).as("2023 and 2025 are not consecutive").isFalse();
        assertThat(exactlyTen.state().eligibleForGraduation()).as("over RMB 10 m, not 10 m itself").isFalse();
        assertThat(corrected.state().eligibleForGraduation()).isTrue();
        assertThat(corrected.events()).hasSize(2).last().isEqualTo(new FirmGraduationEligible(firm.id(),
                "carrier-1", GraduationBasis.REVENUE_OVER_10M_2Y, LocalDate.parse("2025-06-30")));
        assertThat(corrected.state().revenues()).containsEntry(2024, new BigDecimal("10000001"));
        assertThat(again.events()).as("the same figure again").isEmpty();
    }

    @Test
    void aReportedExitEndsOnlyAnOpenIncubationAndNeverBeforeItBegan() {
        Firm firm = admitted(firm("marine", "2022-01-01"), "2022-03-01");

        Decision<Firm> backDated = FirmRules.reportedExit(firm, ExitReason.CLOSED, "deregistered",
                LocalDate.parse("2021-12-01"));
        Decision<Firm> afterwards = FirmRules.reportedExit(backDated.state(), ExitReason.MOVED, "moved",
                LocalDate.parse("2023-01-01"));

        assertThat(backDated.state().incubations().get(0).endedOn()).isEqualTo(LocalDate.parse("2022-03-01"));
        assertThat(backDated.state().incubations().get(0).exitReason()).isEqualTo(ExitReason.CLOSED);
        assertThat(afterwards.events()).isEmpty();
        assertThat(FirmRules.reportedLapse(firm, Qualification.HIGH_TECH, "GR-unknown", LocalDate.parse("2023-01-01"))
                .events()).as("a certificate the registry never recorded").isEmpty();
    }
}
