package io.hatchery.statistics.query.web;

import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.statistics.projection.domain.Filter;
import io.hatchery.statistics.projection.domain.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The filter query parameters shared by every figure endpoint. */
final class FigureQuery {

    private FigureQuery() {
    }

    /** {@code kind} may repeat or be comma-separated. */
    static Filter filter(List<CarrierKind> kind, CertificationLevel levelAtLeast, Designation designation,
            Scope scope, String type, CarrierLink carrierLink, String program, CarrierService service) {
        if (kind != null && kind.contains(null)) {
            throw InvalidRequestException.of("kind", "holds an empty value; kinds are "
                    + List.of(CarrierKind.values()));
        }
        Set<CarrierKind> kinds = kind == null ? null : new HashSet<>(kind);
        return new Filter(kinds, levelAtLeast, designation, scope, type == null || type.isBlank() ? null : type,
                carrierLink, program == null || program.isBlank() ? null : program, service);
    }
}
