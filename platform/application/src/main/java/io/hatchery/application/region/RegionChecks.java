package io.hatchery.application.region;

import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.region.RegionCatalog;
import java.util.List;

/** Region codes in commands and queries, checked against the catalogue the same way everywhere. */
public final class RegionChecks {

    private RegionChecks() {
    }

    /** @throws InvalidRequestException naming the field when the code is not a known region */
    public static void requireKnown(RegionCatalog regions, String field, String code) {
        regions.unknownCode(code).ifPresent(problem -> {
            throw InvalidRequestException.of(field, problem);
        });
    }

    /** Adds the field's problem to the list when the code cannot be where a carrier or firm is counted. */
    public static void checkStatisticalLeaf(RegionCatalog regions, String field, String code,
            List<FieldError> problems) {
        regions.notStatisticalLeaf(code).ifPresent(problem -> problems.add(new FieldError(field, problem)));
    }

    /** Adds the field's problem to the list when the code is not a known region. */
    public static void checkKnown(RegionCatalog regions, String field, String code, List<FieldError> problems) {
        regions.unknownCode(code).ifPresent(problem -> problems.add(new FieldError(field, problem)));
    }
}
