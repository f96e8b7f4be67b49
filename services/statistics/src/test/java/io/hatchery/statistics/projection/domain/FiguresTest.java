package io.hatchery.statistics.projection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.Operator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private final Figures figures = new Figures(code -> switch (code) {
        case "320902" -> List.of("320902", "320900", "320000");
        case "320903" -> List.of("320903", "320900", "320000");
        default -> List.of(code);
    });

    private static CarrierRegistered registered(String id, String region, LocalDate on) {
        return new CarrierRegistered(id, CarrierKind.INCUBATOR, region, null,
                new CarrierProfile("c", new Operator("o", "91350100M000100Y43"), null, BigDecimal.ONE, BigDecimal.ONE,
                        List.of(), null, List.of()), on, on);
    }

    @Test
    void carriersCountForTheirCountyCityAndProvinceFromTheirEffectiveDate() {
        figures.apply("a", registered("a", "320902", LocalDate.of(2020, 3, 1)));
        figures.apply("b", registered("b", "320903", LocalDate.of(2022, 7, 15)));

        assertThat(figures.stockAt("320902", Indicator.CARRIERS_COUNT, LocalDate.of(2021, 1, 1))).isEqualTo(1);
        assertThat(figures.stockAt("320900", Indicator.CARRIERS_COUNT, LocalDate.of(2021, 1, 1))).isEqualTo(1);
        assertThat(figures.stockAt("320900", Indicator.CARRIERS_COUNT, LocalDate.of(2022, 7, 15))).isEqualTo(2);
        assertThat(figures.stockAt("320000", Indicator.CARRIERS_COUNT, LocalDate.of(2022, 7, 14))).isEqualTo(1);
        assertThat(figures.stockAt("320903", Indicator.CARRIERS_COUNT, LocalDate.of(2020, 1, 1))).isZero();
    }

    @Test
    void delistingTakesTheCarrierOutFromItsDateOnAndOnlyOnce() {
        figures.apply("a", registered("a", "320902", LocalDate.of(2020, 3, 1)));
        figures.apply("a", new CarrierDelisted("a", null, "two FAILs", LocalDate.of(2024, 5, 1)));
        figures.apply("a", new CarrierDelisted("a", null, "two FAILs", LocalDate.of(2024, 5, 1)));

        assertThat(figures.stockAt("320900", Indicator.CARRIERS_COUNT, LocalDate.of(2024, 4, 30))).isEqualTo(1);
        assertThat(figures.stockAt("320900", Indicator.CARRIERS_COUNT, LocalDate.of(2024, 5, 1))).isZero();
    }
}
