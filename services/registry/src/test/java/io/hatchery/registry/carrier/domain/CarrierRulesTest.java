package io.hatchery.registry.carrier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CarrierRulesTest {

    private static final CarrierProfile PROFILE = new CarrierProfile("沂源县创新创业孵化中心",
            new Operator("沂源经开区运营公司", "91350100M000100Y43"), null, new BigDecimal("12000"),
            new BigDecimal("9000"), null, null, null);

    private static Carrier registered() {
        return CarrierRules.register("c1", new CarrierRegistration(CarrierKind.INCUBATOR, "370323", null, PROFILE,
                LocalDate.of(2018, 3, 1))).state();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void certificationHistoryAnswersTheLevelOnAnyDateIncludingBackDatedEntries() {
        Carrier carrier = registered();
        carrier = CarrierRules.certify(carrier, CertificationLevel.MUNICIPAL, "淄博市科技局", "ZB-2019-01",
                date("2019-06-01")).state();
        carrier = CarrierRules.certify(carrier, CertificationLevel.NATIONAL, "科技部", "GJ-2023-7",
                date("2023-01-10")).state();
        Decision<Carrier> backDated = CarrierRules.certify(carrier, CertificationLevel.PROVINCIAL, "山东省科技厅",
                "SD-2021-3", date("2021-05-20"));
        carrier = backDated.state();

        assertThat(carrier.levelAt(date("2019-05-31"))).isNull();
        assertThat(carrier.levelAt(date("2020-01-01"))).isEqualTo(CertificationLevel.MUNICIPAL);
        assertThat(carrier.levelAt(date("2022-01-01"))).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(carrier.level()).isEqualTo(CertificationLevel.NATIONAL);
        assertThat(carrier.levelHistory()).hasSize(3);
        CarrierCertified event = (CarrierCertified) backDated.events().get(0);
        assertThat(event.previousLevel()).isEqualTo(CertificationLevel.MUNICIPAL);
    }

    @Test
    void theSameCertificateTwiceChangesNothing() {
        Carrier carrier = CarrierRules.certify(registered(), CertificationLevel.PROVINCIAL, "山东省科技厅", "SD-1",
                date("2021-05-20")).state();

        assertThat(CarrierRules.certify(carrier, CertificationLevel.PROVINCIAL, "山东省科技厅", "SD-1",
                date("2021-05-20")).changed()).isFalse();
    }

    @Test
    void aDowngradeWithoutTargetGoesOneStepAndAnUpgradeIsNoDowngrade() {
        Carrier national = CarrierRules.certify(registered(), CertificationLevel.NATIONAL, "科技部", "GJ-1",
                date("2022-01-01")).state();

        Decision<Carrier> downgraded = CarrierRules.downgrade(national, null, "2024 FAIL", date("2025-04-30"));

        assertThat(downgraded.state().level()).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(downgraded.state().levelAt(date("2025-01-01"))).isEqualTo(CertificationLevel.NATIONAL);
        assertThat((CarrierDowngraded) downgraded.events().get(0)).extracting(CarrierDowngraded::fromLevel,
                CarrierDowngraded::toLevel).containsExactly(CertificationLevel.NATIONAL, CertificationLevel.PROVINCIAL);
        assertThatThrownBy(() -> CarrierRules.downgrade(national, CertificationLevel.NATIONAL_EXCELLENCE, "no",
                date("2025-01-01"))).isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("not-a-downgrade");
        assertThatThrownBy(() -> CarrierRules.downgrade(registered(), null, "no level", date("2025-01-01")))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("downgrade-needs-level");
    }

    @Test
    void aDelistedCarrierKeepsItsHistoryAndRefusesFurtherChanges() {
        Carrier provincial = CarrierRules.certify(registered(), CertificationLevel.PROVINCIAL, "山东省科技厅", "SD-1",
                date("2021-05-20")).state();

        Decision<Carrier> delisted = CarrierRules.delist(provincial, "two FAILs in a row", date("2025-04-30"));

        assertThat(delisted.state().status()).isEqualTo(CarrierStatus.DELISTED);
        assertThat(delisted.state().level()).isNull();
        assertThat(delisted.state().levelAt(date("2024-12-31"))).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThat(((CarrierDelisted) delisted.events().get(0)).lastLevel()).isEqualTo(CertificationLevel.PROVINCIAL);
        assertThatThrownBy(() -> CarrierRules.delist(delisted.state(), "again", date("2025-05-01")))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("already-delisted");
        assertThatThrownBy(() -> CarrierRules.certify(delisted.state(), CertificationLevel.MUNICIPAL, "x", "y",
                date("2025-06-01"))).isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("carrier-delisted");
    }

    @Test
    void designationsAreHeldOnceAndWithdrawnOnlyWhenHeld() {
        Carrier designated = CarrierRules.designate(registered(), Designation.DEMONSTRATION, "山东省科技厅",
                date("2023-03-01")).state();

        assertThat(designated.holds(Designation.DEMONSTRATION)).isTrue();
        assertThatThrownBy(() -> CarrierRules.designate(designated, Designation.DEMONSTRATION, "again",
                date("2023-04-01"))).isInstanceOf(RuleViolation.class).extracting("rule")
                .isEqualTo("already-designated");
        Carrier withdrawn = CarrierRules.undesignate(designated, Designation.DEMONSTRATION, "expired",
                date("2025-03-01")).state();
        assertThat(withdrawn.holds(Designation.DEMONSTRATION)).isFalse();
        assertThatThrownBy(() -> CarrierRules.undesignate(withdrawn, Designation.BENCHMARK, "none",
                date("2025-03-01"))).isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo("not-designated");
    }

    @Test
    void rectificationNeedsADeadlineAfterTheOrder() {
        Carrier carrier = registered();

        assertThat(CarrierRules.orderRectification(carrier, "low occupancy", date("2025-10-31"), date("2025-05-01"))
                .state().status()).isEqualTo(CarrierStatus.UNDER_RECTIFICATION);
        assertThatThrownBy(() -> CarrierRules.orderRectification(carrier, "x", date("2025-05-01"),
                date("2025-05-01"))).isInstanceOf(InvalidCommand.class);
    }

    @Test
    void certificationBeforeTheCarrierExistedIsRefused() {
        assertThatThrownBy(() -> CarrierRules.certify(registered(), CertificationLevel.MUNICIPAL, "x", "y",
                date("2017-01-01"))).isInstanceOf(InvalidCommand.class);
    }
}
