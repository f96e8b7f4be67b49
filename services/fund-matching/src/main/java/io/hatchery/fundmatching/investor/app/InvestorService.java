package io.hatchery.fundmatching.investor.app;

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
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.fundmatching.investor.domain.InvestorRules;
import io.hatchery.fundmatching.investor.store.InvestorListing;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Investors: institutions that invest or lend. Officers register them inside their jurisdiction; one investor per
 * USCC, never a twin. A fund manager reads its own institution.
 */
@Service
public class InvestorService {

    private final AggregateStore<Investor> investors;
    private final RegistryDirectory directory;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public InvestorService(AggregateStores stores, RegistryDirectory directory, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.investors = stores.create("investors", "investor", Investor.class, Investor::region,
                InvestorListing.LISTING);
        this.directory = directory;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /**
     * Registers an investor under the id its USCC gives. The same registration again returns it; another one for
     * the same USCC is a 409 (already exists).
     *
     * @param requestFingerprint what identifies the request, to tell a repeat from a conflicting registration
     */
    public Aggregate<Investor> register(Actor actor, Investor candidate, String requestFingerprint) {
        Investor investor = new Investor(Investor.idOf(candidate.uscc()), candidate.uscc(), candidate.name(),
                candidate.kind(), candidate.region(), candidate.carrierId(), candidate.contactPhone(),
                candidate.contactEmail());
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkKnown(regions, "region", investor.region(), problems);
        InvestorRules.problems(investor).forEach(problem -> problems.add(new FieldError(problem.field(),
                problem.message())));
        if (investor.carrierId() != null && directory.carrier(investor.carrierId()).isEmpty()) {
            problems.add(new FieldError("carrierId", "no carrier " + investor.carrierId() + " is registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        scope.requireWrite(actor, investor.region());
        Decision<Investor> decision = InvestorRules.register(investor, LocalDate.now(clock));
        try {
            return Commands.create(investors, investor.id(), decision, eventContexts.of(actor), requestFingerprint);
        } catch (AggregateAlreadyExistsException exists) {
            Aggregate<Investor> existing = investors.require(investor.id());
            if (existing.state().equals(investor)) {
                return existing;
            }
            throw exists;
        }
    }

    /** An investor, for officers and auditors of its region and for its own fund managers. */
    public Aggregate<Investor> get(Actor actor, String id) {
        Aggregate<Investor> investor = investors.require(id);
        requireRead(actor, investor.state());
        return investor;
    }

    /** An investor when it exists, without access checks (for other features of this service). */
    public Optional<Investor> find(String id) {
        return investors.find(id).map(Aggregate::state);
    }

    public void requireRead(Actor actor, Investor investor) {
        if (actor.manages(investor.id())) {
            return;
        }
        if (actor.has(Role.FUND_MANAGER)) {
            throw new RegionAccessDeniedException(investor.region(), "a fund manager reads its own institution only");
        }
        scope.requireRead(actor, investor.region());
    }

    /** Banks registered in any of these regions (a firm's county, city and province), for loan requests. */
    public List<Investor> banksIn(List<String> regionCodes, int limit) {
        return investors.find(InvestorListing.query(regionCodes, "BANK", 0, limit)).stream().map(Aggregate::state)
                .toList();
    }

    /** Investors of a region subtree (default: the caller's), of a kind if given, a page in name order. */
    public Page<Aggregate<Investor>> list(Actor actor, String region, String kind, int page, int size) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        Query query = InvestorListing.query(regions.subtreeCodes(subtree), kind, page, size);
        return new Page<>(investors.find(query), page, size, investors.count(query));
    }
}
