package io.hatchery.console.regions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void amountsReadIn10kYuanSharesInPerCentCountsWhole() {
        assertThat(Indicators.format("investments.amount", new BigDecimal("125000000"), Locale.CHINA))
                .isEqualTo("12,500");
        assertThat(Indicators.format("funds.size", new BigDecimal("15000"), Locale.CHINA)).isEqualTo("1.5");
        assertThat(Indicators.format("evaluations.good_rate", new BigDecimal("0.6667"), Locale.CHINA))
                .isEqualTo("66.7 %");
        assertThat(Indicators.format("carriers.count", new BigDecimal("1234"), Locale.CHINA)).isEqualTo("1,234");
        assertThat(Indicators.format("carriers.count", null, Locale.CHINA)).isEqualTo("—");
        assertThat(Indicators.plotted("investments.amount", new BigDecimal("125000000")))
                .isEqualByComparingTo("12500");
    }

    @Test
    void newIndicatorsAreThoseCountingAWindow() {
        assertThat(Indicators.isNew("firms.graduated")).isTrue();
        assertThat(Indicators.isNew("firms.incubating")).isFalse();
    }
}
