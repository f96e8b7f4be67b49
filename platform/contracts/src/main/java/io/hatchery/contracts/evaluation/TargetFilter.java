package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import java.util.List;

/**
 * Narrows what an indicator counts; every part is optional.
 *
 * @param kind          carrier kinds (any of)
 * @param levelAtLeast  certification level in force, this or higher
 * @param designation   carriers holding this title
 * @param program       talent programme
 * @param scope         firms: {@code INCUBATING} (default) or {@code EVER_INCUBATED}
 */
public record TargetFilter(
        List<CarrierKind> kind,
        CertificationLevel levelAtLeast,
        Designation designation,
        String program,
        String scope) {

    public static final TargetFilter NONE = new TargetFilter(null, null, null, null, null);

    public TargetFilter {
        kind = kind == null || kind.isEmpty() ? null : List.copyOf(kind);
    }
}
