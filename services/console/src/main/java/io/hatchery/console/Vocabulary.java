package io.hatchery.console;

import java.util.List;

/** The register's words the console's filters offer, in the order shown; their labels are in the messages. */
public final class Vocabulary {

    public static final List<String> CARRIER_KINDS = List.of("NURSERY", "MAKER_SPACE", "INCUBATOR", "ACCELERATOR",
            "SCIENCE_PARK", "OFFSITE_ENCLAVE");
    public static final List<String> LEVELS = List.of("MUNICIPAL", "PROVINCIAL", "NATIONAL", "NATIONAL_EXCELLENCE");
    public static final List<String> DESIGNATIONS = List.of("DEMONSTRATION", "BENCHMARK");

    private Vocabulary() {
    }
}
