package io.hatchery.exchange.partner.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.exchange.partner.domain.Entitlements;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.partner.domain.PartnerRules;
import io.hatchery.exchange.partner.store.PartnerListing;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.contracts.exchange.PartnerEntitlementsChanged;
import io.hatchery.contracts.exchange.PartnerRegistered;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Partners: departments and neighbouring platforms, registered by the province's administrator with a
 * jurisdiction and entitlements. A partner's machine client reads its own partner only.
 */
@Service
public class PartnerService {

    private final AggregateStore<Partner> partners;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public PartnerService(AggregateStores stores, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.partners = stores.create("partners", "partner", Partner.class, Partner::jurisdiction,
                PartnerListing.LISTING);
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /**
     * Registers a partner under its code. The same registration again returns it; another one under the same code
     * is a 409.
     */
    public Aggregate<Partner> register(Actor actor, Partner partner, String requestFingerprint) {
        requireValid(partner);
        scope.requireWrite(actor, partner.jurisdiction());
        Entitlements entitled = partner.entitlements();
        return Commands.create(partners, partner.id(), new Decision<>(partner, List.of(new PartnerRegistered(
                partner.id(), partner.name(), partner.kind().name(), partner.jurisdiction(),
                sorted(entitled.eventTypes()), sorted(entitled.dataClasses()), sorted(entitled.inboundTypes()),
                LocalDate.now(clock)))),
                eventContexts.of(actor), requestFingerprint);
    }

    /** Replaces a partner's entitlements; its subscriptions are confined by the new ones from the next event on. */
    public Aggregate<Partner> entitle(Actor actor, String id, Long expectedVersion, Entitlements entitlements) {
        return Commands.execute(partners, id, expectedVersion, partner -> scope.requireWrite(actor,
                partner.jurisdiction()), partner -> {
                    Partner changed = new Partner(partner.id(), partner.name(), partner.kind(),
                            partner.jurisdiction(), entitlements, partner.clientId());
                    requireValid(changed);
                    return changed.equals(partner) ? Decision.unchanged(partner) : new Decision<>(changed, List.of(
                            new PartnerEntitlementsChanged(id, sorted(entitlements.eventTypes()),
                                    sorted(entitlements.dataClasses()), sorted(entitlements.inboundTypes()),
                                    LocalDate.now(clock))));
                }, eventContexts.of(actor));
    }

    public Aggregate<Partner> get(Actor actor, String id) {
        Aggregate<Partner> partner = partners.require(id);
        requireRead(actor, partner.state());
        return partner;
    }

    /** The partner, without access checks, for the other features of this service. */
    public Optional<Partner> find(String id) {
        return partners.find(id).map(Aggregate::state);
    }

    /** Every partner, up to a limit, without access checks (the catalogue says who receives what). */
    public List<Partner> all(int limit) {
        return partners.find(new Query().limit(limit)).stream().map(Aggregate::state).toList();
    }

    /** A partner's client reads its own partner; officers of the exchange those of their region. */
    public void requireRead(Actor actor, Partner partner) {
        if (actor.actsFor(partner.id())) {
            return;
        }
        if (actor.has(Role.PARTNER) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            throw new RegionAccessDeniedException(partner.jurisdiction(), "a partner's client reads its own partner "
                    + actor.partner() + " only");
        }
        scope.requireRead(actor, partner.jurisdiction());
    }

    /** Partners whose jurisdiction lies in the caller's region subtree; a partner's client sees its own. */
    public Page<Aggregate<Partner>> list(Actor actor, int page, int size) {
        if (actor.has(Role.PARTNER) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            List<Aggregate<Partner>> own = page == 0 ? partners.find(actor.partner()).stream().toList() : List.of();
            return new Page<>(own, page, size, partners.find(actor.partner()).isPresent() ? 1 : 0);
        }
        Query query = PartnerListing.query(regions.subtreeCodes(actor.region()), page, size);
        return new Page<>(partners.find(query), page, size, partners.count(query));
    }

    private static List<String> sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    private void requireValid(Partner partner) {
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkKnown(regions, "jurisdiction", partner.jurisdiction(), problems);
        PartnerRules.problems(partner).forEach(problem -> problems.add(new FieldError(problem.field(),
                problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
