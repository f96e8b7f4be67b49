package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values outside their contracts are refused before they change anything, and are not recorded as applied. */
class ProjectionBoundsTest {

    private static final String CARRIERS = "hatchery.registry.carriers";
    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private final Projection projection = new Projection(region -> List.of(region, "320900", "320000"));

    private static CarrierRegistered carrier(String id, BigDecimal totalArea) {
        return new CarrierRegistered(id, CarrierKind.INCUBATOR, "320903", null, new CarrierProfile("孵化器",
                new Operator("o", "91350100M000100Y43"), null, totalArea, BigDecimal.ONE, List.of(), null, List.of()),
                DAY, DAY);
    }

    private long carriers() {
        return projection.figures().valueAt("320000", Indicator.CARRIERS_COUNT, Filter.NONE, DAY).longValueExact();
    }

    @Test
    void anAreaBeyondTheContractIsRefusedAndItsVersionStaysOpen() {
        assertThatThrownBy(() -> projection.apply(CARRIERS, "c1", 1, carrier("c1", new BigDecimal("1E+20"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 0..1000000000");
        assertThatThrownBy(() -> projection.apply(CARRIERS, "c1", 1,
                carrier("c1", BigDecimal.valueOf(CarrierProfile.MAX_AREA + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(carriers()).isZero();

        assertThat(projection.apply(CARRIERS, "c1", 1, carrier("c1", BigDecimal.valueOf(CarrierProfile.MAX_AREA))))
                .isTrue();
        assertThat(carriers()).isEqualTo(1);
        assertThat(projection.figures().valueAt("320000", Indicator.CARRIERS_AREA, Filter.NONE, DAY))
                .isEqualByComparingTo(BigDecimal.valueOf(CarrierProfile.MAX_AREA));
    }

    @Test
    void aDateOutsideTheContractIsRefusedBeforeTheCubeAllocatesMonthsUpToIt() {
        // what a fuzzer's request once made a fund-matching service publish: the cube's months array for year
        // -999999999 ran the service out of memory on every restart, and the figures stood still
        FundEstablished ancient = new FundEstablished("f1", "基金", FundKind.ANGEL, "m1", BigDecimal.TEN,
                LocalDate.MIN, "320903", null, null, List.of(), List.of(), null, null, null, null, LocalDate.MIN);

        assertThatThrownBy(() -> projection.apply("hatchery.funding.funds", "f1", 1, ancient))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("establishedOn")
                .hasMessageContaining("outside 1900-01-01..2199-12-31");
        assertThatThrownBy(() -> projection.apply(CARRIERS, "c2", 1, new CarrierRegistered("c2",
                CarrierKind.INCUBATOR, "320903", null, carrier("c2", BigDecimal.ONE).profile(), DAY,
                LocalDate.of(99999, 1, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(projection.figures().valueAt("320000", Indicator.FUNDS_COUNT, Filter.NONE, DAY)).isZero();
        assertThat(carriers()).isZero();
        assertThat(projection.apply("hatchery.funding.funds", "f1", 1, new FundEstablished("f1", "基金",
                FundKind.ANGEL, "m1", BigDecimal.TEN, DAY, "320903", null, null, List.of(), List.of(), null, null,
                null, null, DAY))).as("the version stays open for a corrected event").isTrue();
    }

    @Test
    void anInvestmentBeyondTheContractIsRefused() {
        InvestmentMade huge = new InvestmentMade("i1", null, "基金", "firm-1", null,
                BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB).add(BigDecimal.ONE), "A", DAY);

        assertThatThrownBy(() -> projection.apply("hatchery.funding.investments", "i1", 1, huge))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(projection.snapshot().investments()).isEmpty();
        assertThat(projection.snapshot().versions()).isEmpty();
    }
}
