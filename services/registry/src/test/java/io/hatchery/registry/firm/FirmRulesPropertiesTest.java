package io.hatchery.registry.firm;

import static org.assertj.core.api.Assertions.assertThat;

import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.registry.firm.app.FirmRulesProperties;
import io.hatchery.registry.firm.domain.FirmRuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirmRulesPropertiesTest {

    private final RegionCatalog regions = RegionCatalog.national();

    @Test
    void theNearestRegionWithARuleWinsFieldByField() {
        FirmRulesProperties properties = new FirmRulesProperties();
        FirmRulesProperties.Rules zhejiang = new FirmRulesProperties.Rules();
        zhejiang.setAdmissionAgeLimitMonths(36);
        FirmRulesProperties.Rules wenzhou = new FirmRulesProperties.Rules();
        wenzhou.setGraduationConditionsRequired(2);
        wenzhou.setExtendedIndustries(List.of("Biomedicine", "marine-economy"));
        properties.setRegions(Map.of("330000", zhejiang, "330300", wenzhou));

        FirmRuleSet ruian = properties.forRegion("330381", regions);
        FirmRuleSet jiaxing = properties.forRegion("330483", regions);
        FirmRuleSet yancheng = properties.forRegion("320903", regions);

        assertThat(ruian.admissionAgeLimitMonths()).isEqualTo(36);
        assertThat(ruian.graduationConditionsRequired()).isEqualTo(2);
        assertThat(ruian.incubationLimitFor("marine-economy")).isEqualTo(60);
        assertThat(ruian.incubationLimitFor("integrated-circuits")).isEqualTo(48);
        assertThat(jiaxing.admissionAgeLimitMonths()).isEqualTo(36);
        assertThat(jiaxing.graduationConditionsRequired()).isEqualTo(1);
        assertThat(yancheng).isEqualTo(FirmRuleSet.NATIONAL_2018);
    }
}
