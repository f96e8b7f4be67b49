package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.funding.CarrierLink;
import java.util.List;

/**
 * Narrows what an indicator counts; every part is optional.
 *
 * @param kind          carrier kinds (any of)
 * @param levelAtLeast  certification level in force, this or higher
 * @param designation   carriers holding this title
 * @param program       talent programme
 * @param scope         firms: {@code INCUBATING} (default) or {@code EVER_INCUBATED}
 * @param type          investors: an investor kind (e.g. {@code VENTURE}); funds: a fund kind (e.g. {@code ANGEL})
 * @param carrierLink   funds: linked to a carrier this way ({@code INSIDE} or {@code CO_FOUNDED})
 * @param service       carriers: offering this service (the share of carriers with a service)
 */
public record TargetFilter(
        List<CarrierKind> kind,
        CertificationLevel levelAtLeast,
        Designation designation,
        String program,
        String scope,
        String type,
        CarrierLink carrierLink,
        CarrierService service) {

    public static final TargetFilter NONE = new TargetFilter(null, null, null, null, null, null, null, null);

    public TargetFilter {
        kind = kind == null || kind.isEmpty() ? null : List.copyOf(kind);
    }
}
