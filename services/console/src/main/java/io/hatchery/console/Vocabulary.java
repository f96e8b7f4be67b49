package io.hatchery.console;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.talent.MentorKind;
import java.util.Arrays;
import java.util.List;

/**
 * The register's words the console shows and its filters offer: the contracts' own, in their order; their labels are
 * in the messages ({@code kind.*}, {@code level.*}, {@code designation.*}, {@code mentorKind.*}).
 */
public final class Vocabulary {

    public static final List<String> CARRIER_KINDS = names(CarrierKind.values());
    public static final List<String> LEVELS = names(CertificationLevel.values());
    public static final List<String> DESIGNATIONS = names(Designation.values());
    public static final List<String> MENTOR_KINDS = names(MentorKind.values());

    private Vocabulary() {
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
