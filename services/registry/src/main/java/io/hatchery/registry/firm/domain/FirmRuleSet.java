package io.hatchery.registry.firm.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The incubation rules of a region (national 2018 rules by default; local variants by configuration).
 *
 * @param admissionAgeLimitMonths      a firm may be at most this old when admitted
 * @param incubationLimitMonths        how long a firm may stay incubated
 * @param extendedIncubationLimitMonths the longer limit of the industries in {@code extendedIndustries}
 * @param graduationConditionsRequired how many graduation conditions must hold at once
 */
public record FirmRuleSet(
        int admissionAgeLimitMonths,
        int incubationLimitMonths,
        int extendedIncubationLimitMonths,
        Set<String> extendedIndustries,
        int graduationConditionsRequired) {

    public static final FirmRuleSet NATIONAL_2018 = new FirmRuleSet(24, 48, 60,
            Set.of("biomedicine", "modern-agriculture", "integrated-circuits"), 1);

    public FirmRuleSet {
        extendedIndustries = extendedIndustries == null ? Set.of()
                : extendedIndustries.stream().map(industry -> industry.toLowerCase(Locale.ROOT)).collect(
                        Collectors.toUnmodifiableSet());
    }

    public int incubationLimitFor(String industry) {
        return industry != null && extendedIndustries.contains(industry.toLowerCase(Locale.ROOT))
                ? extendedIncubationLimitMonths : incubationLimitMonths;
    }
}
