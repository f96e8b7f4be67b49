package io.hatchery.evaluation.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.evaluation.scheme.app.SchemeCatalog;
import io.hatchery.evaluation.scheme.domain.Scheme;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SchemeCatalogTest {

    private static BigDecimal weight(Scheme scheme, String dimension) {
        return scheme.dimensions().stream().filter(d -> d.id().equals(dimension)).flatMap(d -> d.indicators()
                .stream()).map(Scheme.ScoredIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theShippedSchemesLoadWithTheirStructure() {
        SchemeCatalog catalog = new SchemeCatalog();

        Scheme national = catalog.require("national-incubator-2019");
        Scheme municipal = catalog.require("municipal-2024");

        assertThat(catalog.all()).hasSize(2);
        assertThat(national.dimensions()).extracting(Scheme.Dimension::id)
                .containsExactly("service", "performance", "sustainability", "bonus");
        assertThat(weight(national, "service")).isEqualByComparingTo("30");
        assertThat(weight(national, "performance")).isEqualByComparingTo("50");
        assertThat(weight(national, "sustainability")).isEqualByComparingTo("20");
        assertThat(national.bands().get(0).topPercent()).isEqualTo(20);
        assertThat(municipal.consequences().get(0).previous()).isNotNull();
        assertThat(municipal.dimensions().stream().flatMap(d -> d.indicators().stream())
                .map(Scheme.ScoredIndicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }
}
