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
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.fundmatching.fund.domain.Fund;
import io.hatchery.fundmatching.fund.domain.Investment;
import io.hatchery.fundmatching.fund.domain.InvestmentRules;
import io.hatchery.fundmatching.fund.store.FundPositions;
import io.hatchery.fundmatching.fund.store.InvestmentListing;
import io.hatchery.fundmatching.investor.app.InvestorService;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.persistence.AggregateStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Investments of funds into registered firms. Each publishes {@code InvestmentMade}, which the registry sums for
 * graduation eligibility and the statistics count.
 */
@Service
public class InvestmentService {

    private final AggregateStore<Investment> investments;
    private final FundService funds;
    private final FundPositions positions;
    private final InvestorService investors;
    private final RegistryDirectory directory;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public InvestmentService(AggregateStores stores, FundService funds, FundPositions positions,
            InvestorService investors, RegistryDirectory directory, RegionCatalog regions, RegionScope scope,
            EventContexts eventContexts, Clock clock) {
        this.investments = stores.create("investments", "investment", Investment.class, Investment::firmRegion,
                InvestmentListing.LISTING);
        this.funds = funds;
        this.positions = positions;
        this.investors = investors;
        this.directory = directory;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /**
     * What an investment states: the firm by its registry id or its USCC.
     *
     * @param requestId the financing request it answers, or null
     * @param matchId   the accepted match it follows, or null
     */
    public record InvestmentInput(String firmId, String firmUscc, BigDecimal amountRmb, FundingStage round,
            Instrument instrument, LocalDate investedOn, String requestId, String matchId) {
    }

    /** Records an investment of the fund; with an Idempotency-Key a retry returns the first one. */
    public Aggregate<Investment> record(Actor actor, String fundId, InvestmentInput input, String idempotencyKey,
            String requestFingerprint) {
        return recordAs(actor, fundId, input, Idempotency.aggregateId("investment", actor.subject(),
                idempotencyKey), requestFingerprint);
    }

    /** Records an investment from an imported row; importing the row again, by anyone, finds it. */
    public Aggregate<Investment> recordImported(Actor actor, String fundId, InvestmentInput input, String rowKey) {
        return recordAs(actor, fundId, input, importedId(rowKey), rowKey);
    }

    /** Whether a row was imported before. */
    public boolean isImported(String rowKey) {
        return investments.find(importedId(rowKey)).isPresent();
    }

    private static String importedId(String rowKey) {
        return Idempotency.aggregateId("investment", FundService.IMPORTS, rowKey);
    }

    private Aggregate<Investment> recordAs(Actor actor, String fundId, InvestmentInput input, String id,
            String requestFingerprint) {
        Fund fund = funds.find(fundId).orElseThrow(() -> new AggregateNotFoundException("fund", fundId));
        funds.requireWrite(actor, fund.region(), fund.managerId());
        List<FieldError> problems = new ArrayList<>();
        InvestmentRules.problems(input.amountRmb(), input.instrument(), input.investedOn(), LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        Optional<FirmEntry> firm = firm(input);
        if (firm.isEmpty()) {
            problems.add(input.firmId() != null
                    ? new FieldError("firmId", "no firm " + input.firmId() + " is registered")
                    : new FieldError("firmUscc", input.firmUscc() == null ? "firmId or firmUscc is required"
                            : "no firm with USCC " + input.firmUscc() + " is registered"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        FirmEntry invested = firm.get();
        Investment investment = new Investment(id, fund.id(), fund.managerId(), invested.id(), invested.uscc(),
                invested.region(), invested.industry(), regions.isWithin(invested.region(), fund.region()),
                input.amountRmb(), input.round(), input.instrument() == null ? Instrument.EQUITY : input.instrument(),
                input.investedOn(), input.requestId(), input.matchId());
        String investorName = investors.find(fund.managerId()).map(manager -> manager.name()).orElse(fund.name());
        return Commands.create(investments, id, () -> InvestmentRules.record(investment, investorName,
                fund.isOpen(), fund.establishedOn(), positions.of(fund.id()).remainingRmb(fund)),
                eventContexts.of(actor), requestFingerprint);
    }

    private Optional<FirmEntry> firm(InvestmentInput input) {
        if (input.firmId() != null) {
            return directory.firm(input.firmId());
        }
        return input.firmUscc() == null ? Optional.empty() : directory.firmByUscc(input.firmUscc());
    }

    /** An investment, for who may read its fund and for officers of the firm's region. */
    public Aggregate<Investment> get(Actor actor, String id) {
        Aggregate<Investment> investment = investments.require(id);
        if (!actor.manages(investment.state().managerId())) {
            if (actor.has(Role.FUND_MANAGER)) {
                throw new RegionAccessDeniedException(investment.state().firmRegion(),
                        "a fund manager reads its own institution's investments only");
            }
            scope.requireRead(actor, investment.state().firmRegion());
        }
        return investment;
    }

    /** A fund's investments, newest first, for who may read the fund. */
    public Page<Aggregate<Investment>> ofFund(Actor actor, String fundId, int page, int size) {
        funds.get(actor, fundId);
        Query query = InvestmentListing.page(fundId, null, null, page, size);
        return new Page<>(investments.find(query), page, size, investments.count(query));
    }

    /** Investments into firms of a region subtree (default: the caller's), of one firm if given, newest first. */
    public Page<Aggregate<Investment>> list(Actor actor, String region, String firmId, int page, int size) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        Query query = InvestmentListing.page(null, regions.subtreeCodes(subtree), firmId, page, size);
        return new Page<>(investments.find(query), page, size, investments.count(query));
    }
}
