package io.hatchery.registry.firm.app;

import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.registry.firm.domain.FirmRuleSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Incubation rules by region ({@code hatchery.registry.firm-rules}): the defaults (national 2018 rules) and
 * overrides for a region and everything below it; the nearest overriding region wins, field by field.
 *
 * <pre>
 * hatchery.registry.firm-rules:
 *   regions:
 *     "330300": {graduation-conditions-required: 2, admission-age-limit-months: 36}
 * </pre>
 */
@ConfigurationProperties("hatchery.registry.firm-rules")
public class FirmRulesProperties {

    private Rules defaults = Rules.of(FirmRuleSet.NATIONAL_2018);
    private Map<String, Rules> regions = new HashMap<>();

    /** Each field null means "as the region above". */
    public static class Rules {
        private Integer admissionAgeLimitMonths;
        private Integer incubationLimitMonths;
        private Integer extendedIncubationLimitMonths;
        private List<String> extendedIndustries;
        private Integer graduationConditionsRequired;

        static Rules of(FirmRuleSet set) {
            Rules rules = new Rules();
            rules.admissionAgeLimitMonths = set.admissionAgeLimitMonths();
            rules.incubationLimitMonths = set.incubationLimitMonths();
            rules.extendedIncubationLimitMonths = set.extendedIncubationLimitMonths();
            rules.extendedIndustries = List.copyOf(set.extendedIndustries());
            rules.graduationConditionsRequired = set.graduationConditionsRequired();
            return rules;
        }

        FirmRuleSet over(FirmRuleSet base) {
            return new FirmRuleSet(
                    admissionAgeLimitMonths != null ? admissionAgeLimitMonths : base.admissionAgeLimitMonths(),
                    incubationLimitMonths != null ? incubationLimitMonths : base.incubationLimitMonths(),
                    extendedIncubationLimitMonths != null ? extendedIncubationLimitMonths
                            : base.extendedIncubationLimitMonths(),
                    extendedIndustries != null ? Set.copyOf(extendedIndustries) : base.extendedIndustries(),
                    graduationConditionsRequired != null ? graduationConditionsRequired
                            : base.graduationConditionsRequired());
        }

        public Integer getAdmissionAgeLimitMonths() {
            return admissionAgeLimitMonths;
        }

        public void setAdmissionAgeLimitMonths(Integer admissionAgeLimitMonths) {
            this.admissionAgeLimitMonths = admissionAgeLimitMonths;
        }

        public Integer getIncubationLimitMonths() {
            return incubationLimitMonths;
        }

        public void setIncubationLimitMonths(Integer incubationLimitMonths) {
            this.incubationLimitMonths = incubationLimitMonths;
        }

        public Integer getExtendedIncubationLimitMonths() {
            return extendedIncubationLimitMonths;
        }

        public void setExtendedIncubationLimitMonths(Integer extendedIncubationLimitMonths) {
            this.extendedIncubationLimitMonths = extendedIncubationLimitMonths;
        }

        public List<String> getExtendedIndustries() {
            return extendedIndustries;
        }

        public void setExtendedIndustries(List<String> extendedIndustries) {
            this.extendedIndustries = extendedIndustries;
        }

        public Integer getGraduationConditionsRequired() {
            return graduationConditionsRequired;
        }

        public void setGraduationConditionsRequired(Integer graduationConditionsRequired) {
            this.graduationConditionsRequired = graduationConditionsRequired;
        }
    }

    /** The rules in force in a region: defaults, then overrides from the province down to the region itself. */
    public FirmRuleSet forRegion(String region, RegionCatalog catalog) {
        FirmRuleSet rules = defaults.over(FirmRuleSet.NATIONAL_2018);
        List<Region> chain = catalog.selfAndAncestors(region);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Rules override = regions.get(chain.get(i).code());
            if (override != null) {
                rules = override.over(rules);
            }
        }
        return rules;
    }

    public Rules getDefaults() {
        return defaults;
    }

    public void setDefaults(Rules defaults) {
        this.defaults = defaults;
    }

    public Map<String, Rules> getRegions() {
        return regions;
    }

    public void setRegions(Map<String, Rules> regions) {
        this.regions = regions;
    }
}
