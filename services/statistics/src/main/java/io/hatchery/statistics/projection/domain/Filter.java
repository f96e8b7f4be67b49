package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Narrows an indicator; null parts mean "any".
 *
 * @param kinds        carrier kinds (for firm indicators: their carrier's kind)
 * @param levelAtLeast certification level in force, or for {@code carriers.certified} the level reached
 * @param designation  carriers holding this title
 * @param scope        firm indicators: incubating now (default) or ever incubated
 * @param type         investor indicators: an investor kind; fund indicators: a fund kind
 * @param carrierLink  fund indicators: funds linked to a carrier this way
 * @param program      talents.count: people recognised by this programme
 * @param service      carriers.share_with_service: carriers offering this service
 */
public record Filter(Set<CarrierKind> kinds, CertificationLevel levelAtLeast, Designation designation, Scope scope,
        String type, CarrierLink carrierLink, String program, CarrierService service) {

    public static final Filter NONE = new Filter(null, null, null, null);

    /** A filter of carriers and firms. */
    public Filter(Set<CarrierKind> kinds, CertificationLevel levelAtLeast, Designation designation, Scope scope) {
        this(kinds, levelAtLeast, designation, scope, null, null, null, null);
    }

    /** A filter of funding indicators. */
    public Filter(Set<CarrierKind> kinds, CertificationLevel levelAtLeast, Designation designation, Scope scope,
            String type, CarrierLink carrierLink) {
        this(kinds, levelAtLeast, designation, scope, type, carrierLink, null, null);
    }

    /** A filter of talent indicators. */
    public Filter(Set<CarrierKind> kinds, CertificationLevel levelAtLeast, Designation designation, Scope scope,
            String type, CarrierLink carrierLink, String program) {
        this(kinds, levelAtLeast, designation, scope, type, carrierLink, program, null);
    }

    public Filter {
        kinds = kinds == null || kinds.isEmpty() ? null : Set.copyOf(kinds);
    }

    boolean kindMatches(CarrierKind kind) {
        return kinds == null || (kind != null && kinds.contains(kind));
    }

    int minimumRank() {
        return levelAtLeast == null ? 0 : levelAtLeast.rank();
    }

    /** The filter as query parameters name it, for responses. */
    public Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        if (kinds != null) {
            described.put("kind", kinds.stream().map(Enum::name).sorted().toList());
        }
        if (levelAtLeast != null) {
            described.put("levelAtLeast", levelAtLeast.name());
        }
        if (designation != null) {
            described.put("designation", designation.name());
        }
        if (scope != null) {
            described.put("scope", scope.name());
        }
        if (type != null) {
            described.put("type", type);
        }
        if (carrierLink != null) {
            described.put("carrierLink", carrierLink.name());
        }
        if (program != null) {
            described.put("program", program);
        }
        if (service != null) {
            described.put("service", service.name());
        }
        return described;
    }
}
