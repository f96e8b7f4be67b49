package io.hatchery.fundmatching.fund.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.fundmatching.fund.domain.Fund;
import io.hatchery.fundmatching.fund.domain.FundEstablishment;
import io.hatchery.fundmatching.fund.domain.FundPosition;
import io.hatchery.fundmatching.fund.domain.FundRules;
import io.hatchery.fundmatching.fund.store.FundListing;
import io.hatchery.fundmatching.fund.store.FundPositions;
import io.hatchery.fundmatching.investor.app.InvestorService;
import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.OutboxEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Funds: officers record them inside their jurisdiction, a fund manager those its institution manages. What a
 * fund has invested is summed from its investments when it is read.
 */
@Service
public class FundService {

    /** Whom the ids of imported rows are scoped to: the rows themselves, not who imports them. */
    public static final String IMPORTS = "import";

    private final AggregateStore<Fund> funds;
    private final FundPositions positions;
    private final InvestorService investors;
    private final RegistryDirectory directory;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public FundService(AggregateStores stores, FundPositions positions, InvestorService investors,
            RegistryDirectory directory, RegionCatalog regions, RegionScope scope, EventContexts eventContexts, Clock clock) {
        this.funds = stores.create("funds", "fund", Fund.class, Fund::region, FundListing.LISTING);
        this.positions = positions;
        this.investors = investors;
        this.directory = directory;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** A fund with what it has invested. */
    public record FundDetails(Aggregate<Fund> fund, FundPosition position) {
    }

    /** Establishes a fund; with an Idempotency-Key a retry returns the fund the first attempt established. */
    public FundDetails establish(Actor actor, FundEstablishment establishment, String idempotencyKey,
            String requestFingerprint) {
        return establish(actor, Idempotency.aggregateId("fund", actor.subject(), idempotencyKey), establishment,
                requestFingerprint);
    }

    /**
     * Establishes a fund from an imported row: its id follows from the row alone, so importing the same row again,
     * by anyone, finds the fund instead of establishing another.
     */
    public FundDetails establishImported(Actor actor, FundEstablishment establishment, String rowKey) {
        return establish(actor, importedId(rowKey), establishment, rowKey);
    }

    /** Whether a row was imported before. */
    public boolean isImported(String rowKey) {
        return funds.find(importedId(rowKey)).isPresent();
    }

    private static String importedId(String rowKey) {
        return Idempotency.aggregateId("fund", IMPORTS, rowKey);
    }

    private FundDetails establish(Actor actor, String id, FundEstablishment establishment,
            String requestFingerprint) {
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkKnown(regions, "region", establishment.region(), problems);
        FundRules.problems(establishment, LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        Optional<Investor> manager = investors.find(establishment.managerId());
        if (manager.isEmpty()) {
            problems.add(new FieldError("managerId", "no investor " + establishment.managerId() + " is registered"));
        } else if (manager.get().isBank()) {
            problems.add(new FieldError("managerId", "a bank lends; it does not manage funds"));
        }
        if (establishment.carrierId() != null && directory.carrier(establishment.carrierId()).isEmpty()) {
            problems.add(new FieldError("carrierId", "no carrier " + establishment.carrierId() + " is registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        requireWrite(actor, establishment.region(), establishment.managerId());
        Aggregate<Fund> fund = Commands.create(funds, id, FundRules.establish(id, establishment),
                eventContexts.of(actor), requestFingerprint);
        return new FundDetails(fund, positions.of(fund.id()));
    }

    public FundDetails get(Actor actor, String id) {
        Aggregate<Fund> fund = funds.require(id);
        requireRead(actor, fund.state());
        return new FundDetails(fund, positions.of(id));
    }

    /** A fund when it exists, without access checks (for the other features of this service). */
    public Optional<Fund> find(String id) {
        return funds.find(id).map(Aggregate::state);
    }

    public List<OutboxEntry> history(Actor actor, String id) {
        requireRead(actor, funds.require(id).state());
        return funds.history(id);
    }

    /**
     * Funds of a region subtree (default: the caller's); a fund manager's list holds its own funds of it only.
     *
     * @param open true: open funds only; false: closed only; null: both
     */
    public Page<FundDetails> list(Actor actor, String region, String kind, Boolean open, int page, int size) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        List<String> codes = regions.subtreeCodes(subtree);
        String manager = actor.has(Role.FUND_MANAGER) ? actor.investor() : null;
        Query query = FundListing.page(codes, manager, kind, open, page, size);
        List<Aggregate<Fund>> found = funds.find(query);
        Map<String, FundPosition> invested = positions.of(found.stream().map(Aggregate::id).toList());
        return new Page<>(found.stream().map(fund -> new FundDetails(fund,
                invested.getOrDefault(fund.id(), FundPosition.NOTHING))).toList(), page, size, funds.count(query));
    }

    public FundDetails resize(Actor actor, String id, Long expectedVersion, BigDecimal committedRmb,
            LocalDate effectiveDate) {
        Aggregate<Fund> fund = Commands.execute(funds, id, expectedVersion, writeAccess(actor),
                current -> FundRules.resize(current, positions.of(id), committedRmb, effectiveDate),
                eventContexts.of(actor));
        return new FundDetails(fund, positions.of(id));
    }

    public FundDetails close(Actor actor, String id, Long expectedVersion, LocalDate effectiveDate) {
        Aggregate<Fund> fund = Commands.execute(funds, id, expectedVersion, writeAccess(actor),
                current -> FundRules.close(current, effectiveDate), eventContexts.of(actor));
        return new FundDetails(fund, positions.of(id));
    }

    /** Open funds whose stages and ticket range admit the request, with their positions (ADR 11). */
    public List<FundDetails> candidates(String stage, BigDecimal amountRmb, int limit) {
        List<Aggregate<Fund>> found = funds.find(FundListing.candidates(stage, amountRmb, limit));
        Map<String, FundPosition> invested = positions.of(found.stream().map(Aggregate::id).toList());
        return found.stream().map(fund -> new FundDetails(fund, invested.getOrDefault(fund.id(),
                FundPosition.NOTHING))).toList();
    }

    Consumer<Fund> writeAccess(Actor actor) {
        return fund -> requireWrite(actor, fund.region(), fund.managerId());
    }

    /** Officers act inside their jurisdiction; a fund manager on its own institution's funds only. */
    void requireWrite(Actor actor, String region, String managerId) {
        if (actor.has(Role.FUND_MANAGER) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)
                && !actor.manages(managerId)) {
            throw new RegionAccessDeniedException(region, "a fund manager acts on its own institution's funds only");
        }
        scope.requireWrite(actor, region);
    }

    void requireRead(Actor actor, Fund fund) {
        if (actor.manages(fund.managerId())) {
            return;
        }
        if (actor.has(Role.FUND_MANAGER)) {
            throw new RegionAccessDeniedException(fund.region(), "a fund manager reads its own institution's funds "
                    + "only");
        }
        scope.requireRead(actor, fund.region());
    }
}
