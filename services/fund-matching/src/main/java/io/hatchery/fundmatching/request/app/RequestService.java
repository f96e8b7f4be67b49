package io.hatchery.fundmatching.request.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.contracts.region.Region;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.fundmatching.fund.app.FundService.FundDetails;
import io.hatchery.fundmatching.fund.app.FundService;
import io.hatchery.fundmatching.fund.domain.Fund;
import io.hatchery.fundmatching.investor.app.InvestorService;
import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.fundmatching.matching.app.MatchingProperties;
import io.hatchery.fundmatching.matching.domain.FinancingAsk;
import io.hatchery.fundmatching.matching.domain.FirmProfile;
import io.hatchery.fundmatching.matching.domain.FundProfile;
import io.hatchery.fundmatching.matching.domain.Match;
import io.hatchery.fundmatching.matching.domain.Matcher;
import io.hatchery.fundmatching.request.domain.FinancingRequest;
import io.hatchery.fundmatching.request.domain.ProposedMatch;
import io.hatchery.fundmatching.request.domain.RequestRules;
import io.hatchery.fundmatching.request.domain.RequestStatus;
import io.hatchery.fundmatching.request.store.RequestListing;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Financing requests of firms, the funds (or banks) ranked for them with reasons, the proposals and what the funds
 * made of them (ADR 11). A firm's request is made by an officer of its region or its carrier's operator; a fund
 * manager sees the deal flow of its funds and answers the proposals made to them.
 */
@Service
public class RequestService {

    /** How long a request stays open when it names no expiry date. */
    static final int DEFAULT_OPEN_DAYS = 180;
    /** How many undecided requests a deal flow ranks at most: the newest of the fund's region. */
    static final int DEAL_FLOW_CANDIDATES = 2_000;

    private final AggregateStore<FinancingRequest> requests;
    private final FundService funds;
    private final InvestorService investors;
    private final RegistryDirectory directory;
    private final MatchingProperties matching;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public RequestService(AggregateStores stores, FundService funds, InvestorService investors, RegistryDirectory directory,
            MatchingProperties matching, RegionCatalog regions, RegionScope scope, EventContexts eventContexts,
            Clock clock) {
        this.requests = stores.create("financing_requests", "financing request", FinancingRequest.class,
                FinancingRequest::region, RequestListing.LISTING);
        this.funds = funds;
        this.investors = investors;
        this.directory = directory;
        this.matching = matching;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** What a firm asks for. */
    public record RequestInput(String firmId, BigDecimal amountRmb, Instrument instrument, FundingStage stage,
            String purpose, LocalDate expiresOn) {
    }

    /** A request for the firm; with an Idempotency-Key a retry returns the first one. */
    public Aggregate<FinancingRequest> request(Actor actor, RequestInput input, String idempotencyKey,
            String requestFingerprint) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> problems = new ArrayList<>();
        RequestRules.problems(input.amountRmb(), input.expiresOn(), today)
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        FirmEntry firm = directory.firm(input.firmId()).orElse(null);
        if (firm == null) {
            problems.add(new FieldError("firmId", "no firm " + input.firmId() + " is registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        requireForFirm(actor, firm.region(), firm.carrierId());
        String id = Idempotency.aggregateId("financing-request", actor.subject(), idempotencyKey);
        FinancingRequest request = new FinancingRequest(id, firm.id(), firm.uscc(), firm.region(), firm.carrierId(),
                input.amountRmb(), input.instrument(), input.stage(), input.purpose(), RequestStatus.OPEN, today,
                input.expiresOn() != null ? input.expiresOn() : today.plusDays(DEFAULT_OPEN_DAYS), List.of(), null,
                null);
        return Commands.create(requests, id, RequestRules.request(request), eventContexts.of(actor),
                requestFingerprint);
    }

    public Aggregate<FinancingRequest> get(Actor actor, String id) {
        Aggregate<FinancingRequest> request = requests.require(id);
        requireRead(actor, request.state());
        return request;
    }

    /** Requests of a region subtree (default: the caller's), an operator's of its own carrier, newest first. */
    public Page<Aggregate<FinancingRequest>> list(Actor actor, String region, RequestStatus status, int page,
            int size) {
        String statusName = status == null ? null : status.name();
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        boolean operator = actor.has(Role.CARRIER_OPERATOR) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER);
        Query query = RequestListing.page(regions.subtreeCodes(subtree), operator ? actor.carrier() : null,
                statusName, page, size);
        return new Page<>(requests.find(query), page, size, requests.count(query));
    }

    /** The funds (or banks) that would be proposed now, best first, with every reason; nothing is stored. */
    public List<Match> ranking(Actor actor, String id) {
        FinancingRequest request = get(actor, id).state();
        return rank(request, matching.proposalsPerRequest());
    }

    /** Proposes the best funds (or banks) to the request, once; publishes a MatchProposed for each. */
    public Aggregate<FinancingRequest> propose(Actor actor, String id, Long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        return Commands.execute(requests, id, expectedVersion, forFirm(actor),
                request -> RequestRules.propose(request, rank(request, matching.proposalsPerRequest()),
                        request.instrument() == Instrument.LOAN, today), eventContexts.of(actor));
    }

    /** The fund's (or bank's) manager, or an officer, takes a proposal up. */
    public Aggregate<FinancingRequest> accept(Actor actor, String id, String matchId, Long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        return Commands.execute(requests, id, expectedVersion, request -> requireAnswer(actor, request, matchId),
                request -> RequestRules.accept(request, matchId, today), eventContexts.of(actor));
    }

    /** The fund's (or bank's) manager, or an officer, turns a proposal down, saying why. */
    public Aggregate<FinancingRequest> decline(Actor actor, String id, String matchId, String reason,
            Long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        return Commands.execute(requests, id, expectedVersion, request -> requireAnswer(actor, request, matchId),
                request -> RequestRules.decline(request, matchId, reason, today), eventContexts.of(actor));
    }

    /** The firm no longer asks: its carrier's operator or an officer withdraws the request. */
    public Aggregate<FinancingRequest> withdraw(Actor actor, String id, Long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        return Commands.execute(requests, id, expectedVersion, forFirm(actor),
                request -> RequestRules.withdraw(request, today), eventContexts.of(actor));
    }

    /**
     * A fund's deal flow: the undecided requests of its region subtree that it may be proposed to, best first, for
     * the fund's manager or an officer who may read the fund.
     */
    public List<DealFlowEntry> dealFlow(Actor actor, String fundId, int limit) {
        FundDetails details = funds.get(actor, fundId);
        Fund fund = details.fund().state();
        FundProfile profile = profile(details);
        List<DealFlowEntry> flow = new ArrayList<>();
        for (Aggregate<FinancingRequest> candidate : requests.find(RequestListing.undecided(
                regions.subtreeCodes(fund.region()), DEAL_FLOW_CANDIDATES))) {
            FinancingRequest request = candidate.state();
            FinancingAsk ask = ask(request);
            if (!Matcher.admits(profile, ask)) {
                continue;
            }
            directory.firm(request.firmId()).ifPresent(firm -> flow.add(new DealFlowEntry(request,
                    Matcher.score(profile, firmProfile(firm), ask, matching.matchWeights()))));
        }
        flow.sort(Comparator.comparing((DealFlowEntry entry) -> entry.match().score()).reversed()
                .thenComparing(entry -> entry.request().id()));
        return flow.subList(0, Math.min(limit, flow.size()));
    }

    /** A request in a fund's deal flow, with the fund's score for it. */
    public record DealFlowEntry(FinancingRequest request, Match match) {
    }

    /**
     * An investment or loan into a firm by a fund (or bank) proposed to one of its requests funds that request.
     * Applied from this service's own events, so a redelivery finds the request funded already and changes nothing.
     */
    public void funded(String firmId, String fundId, String fundedBy, boolean loan, LocalDate on,
            EventContext context) {
        for (Aggregate<FinancingRequest> request : requests.find(RequestListing.awaiting(firmId, fundId))) {
            try {
                Commands.execute(requests, request.id(), null, ignored -> { },
                        current -> RequestRules.fund(current, fundId, fundedBy, loan, on), context);
            } catch (BusinessRuleViolation closedMeanwhile) {
                // withdrawn or expired between the query and the write: nothing to fund
            }
        }
    }

    private List<Match> rank(FinancingRequest request, int limit) {
        FirmEntry firm = directory.firm(request.firmId())
                .orElseThrow(() -> new AggregateNotFoundException("firm", request.firmId()));
        FinancingAsk ask = ask(request);
        List<FundProfile> candidates;
        if (request.instrument() == Instrument.LOAN) {
            List<String> path = regions.selfAndAncestors(firm.region()).stream().map(Region::code).toList();
            candidates = investors.banksIn(path, matching.candidatesPerRanking()).stream()
                    .map(RequestService::bankProfile).toList();
        } else {
            candidates = funds.candidates(request.stage().name(), request.amountRmb(), matching.candidatesPerRanking())
                    .stream().map(RequestService::profile).toList();
        }
        return Matcher.rank(candidates, firmProfile(firm), ask, matching.matchWeights(), limit);
    }

    private static FinancingAsk ask(FinancingRequest request) {
        return new FinancingAsk(request.amountRmb(), request.instrument(), request.stage());
    }

    private FirmProfile firmProfile(FirmEntry firm) {
        List<String> path = regions.selfAndAncestors(firm.region()).stream().map(Region::code).toList();
        return new FirmProfile(firm.id(), firm.industry(), path, firm.carrierId(), firm.highTech(), firm.techSme(),
                firm.graduationEligible());
    }

    private static FundProfile profile(FundDetails details) {
        Fund fund = details.fund().state();
        return new FundProfile(fund.id(), fund.kind(), false, fund.region(), fund.carrierId(), fund.carrierLink(),
                Set.copyOf(fund.industries()), Set.copyOf(fund.stages()), fund.ticketMinRmb(),
                fund.ticketMaxRmb(), details.position().remainingRmb(fund), details.position().reinvestmentBehind(fund),
                details.position().investmentsByIndustry(), fund.isOpen());
    }

    private static FundProfile bankProfile(Investor bank) {
        return new FundProfile(bank.id(), null, true, bank.region(), null, null, Set.of(),
                Set.of(), null, null, null, BigDecimal.ZERO, Map.of(), true);
    }

    private Consumer<FinancingRequest> forFirm(Actor actor) {
        return request -> requireForFirm(actor, request.region(), request.carrierId());
    }

    /** Officers of the firm's region, and the operator of the carrier incubating it. */
    private void requireForFirm(Actor actor, String region, String carrierId) {
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
            scope.requireWrite(actor, region);
            return;
        }
        if (carrierId == null || !actor.operates(carrierId)) {
            throw new RegionAccessDeniedException(region, "an operator acts for the firms of its own carrier only");
        }
        scope.requireWrite(actor, region);
    }

    /** Who answers a proposal: the manager of the proposed fund's (or bank's) institution, or an officer. */
    private void requireAnswer(Actor actor, FinancingRequest request, String matchId) {
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
            scope.requireWrite(actor, request.region());
            return;
        }
        ProposedMatch match = request.match(matchId).orElseThrow(() -> new AggregateNotFoundException("match",
                matchId));
        String institution = match.lender() ? match.fundId()
                : funds.find(match.fundId()).map(Fund::managerId).orElse(null);
        if (institution == null || !actor.manages(institution)) {
            throw new RegionAccessDeniedException(request.region(), "a fund manager answers the proposals made to "
                    + "its own institution's funds only");
        }
    }

    private void requireRead(Actor actor, FinancingRequest request) {
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.AUDITOR)) {
            scope.requireRead(actor, request.region());
            return;
        }
        if (actor.has(Role.CARRIER_OPERATOR) && request.carrierId() != null && actor.operates(request.carrierId())) {
            return;
        }
        if (actor.has(Role.FUND_MANAGER) && request.matches().stream().anyMatch(match -> actor.manages(
                match.lender() ? match.fundId() : funds.find(match.fundId()).map(Fund::managerId).orElse("")))) {
            return;
        }
        throw new RegionAccessDeniedException(request.region(), "you may read requests of your own carrier's firms, "
                + "or those proposed to your own funds, only");
    }
}
