package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void anInvestmentBeyondTheContractIsRefused() {
        InvestmentMade huge = new InvestmentMade("i1", null, "基金", "firm-1", null,
                BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB).add(BigDecimal.ONE), "A", DAY);

        assertThatThrownBy(() -> projection.apply("hatchery.funding.investments", "i1", 1, huge))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(projection.snapshot().investments()).isEmpty();
        assertThat(projection.snapshot().versions()).isEmpty();
    }
}
