package io.hatchery.fundmatching.loan.app;

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
import io.hatchery.directory.FirmEntry;
import io.hatchery.directory.RegistryDirectory;
import io.hatchery.fundmatching.investor.app.InvestorService;
import io.hatchery.fundmatching.investor.domain.Investor;
import io.hatchery.fundmatching.loan.domain.Loan;
import io.hatchery.fundmatching.loan.domain.LoanRules;
import io.hatchery.fundmatching.loan.store.LoanListing;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
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
 * Policy loans from banks to registered firms (e.g. 苏科贷), backed by risk-compensation pools. Financing, but not
 * angel or venture investment: they do not count towards the graduation rule.
 */
@Service
public class LoanService {

    private final AggregateStore<Loan> loans;
    private final InvestorService investors;
    private final RegistryDirectory directory;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public LoanService(AggregateStores stores, InvestorService investors, RegistryDirectory directory, RegionCatalog regions,
            RegionScope scope, EventContexts eventContexts, Clock clock) {
        this.loans = stores.create("loans", "loan", Loan.class, Loan::region, LoanListing.LISTING);
        this.investors = investors;
        this.directory = directory;
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** What a loan states: the bank, the firm by id or USCC, and the pool backing it. */
    public record LoanInput(String bankId, String firmId, String firmUscc, BigDecimal amountRmb, LocalDate grantedOn,
            String riskPool, String poolRegion, String requestId) {
    }

    /** Records a loan; with an Idempotency-Key a retry returns the first one. */
    public Aggregate<Loan> grant(Actor actor, LoanInput input, String idempotencyKey, String requestFingerprint) {
        List<FieldError> problems = new ArrayList<>();
        Optional<Investor> bank = investors.find(input.bankId());
        if (bank.isEmpty()) {
            problems.add(new FieldError("bankId", "no investor " + input.bankId() + " is registered"));
        } else if (!bank.get().isBank()) {
            problems.add(new FieldError("bankId", input.bankId() + " is not a bank"));
        }
        Optional<FirmEntry> firm = input.firmId() != null ? directory.firm(input.firmId())
                : input.firmUscc() != null ? directory.firmByUscc(input.firmUscc()) : Optional.empty();
        if (firm.isEmpty()) {
            problems.add(input.firmId() != null
                    ? new FieldError("firmId", "no firm " + input.firmId() + " is registered")
                    : new FieldError("firmUscc", input.firmUscc() == null ? "firmId or firmUscc is required"
                            : "no firm with USCC " + input.firmUscc() + " is registered"));
        }
        if (input.poolRegion() != null) {
            RegionChecks.checkKnown(regions, "poolRegion", input.poolRegion(), problems);
        }
        String id = Idempotency.aggregateId("loan", actor.subject(), idempotencyKey);
        Loan loan = new Loan(id, input.bankId(), firm.map(FirmEntry::id).orElse(null),
                firm.map(FirmEntry::uscc).orElse(null), firm.map(FirmEntry::region).orElse(null), input.amountRmb(),
                input.grantedOn(), input.riskPool(), input.poolRegion(), input.requestId());
        LoanRules.problems(loan, LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        requireWrite(actor, loan);
        return Commands.create(loans, id, LoanRules.grant(loan), eventContexts.of(actor), requestFingerprint);
    }

    public Aggregate<Loan> get(Actor actor, String id) {
        Aggregate<Loan> loan = loans.require(id);
        if (!actor.manages(loan.state().bankId())) {
            if (actor.has(Role.FUND_MANAGER)) {
                throw new RegionAccessDeniedException(loan.state().region(),
                        "a bank's manager reads its own loans only");
            }
            scope.requireRead(actor, loan.state().region());
        }
        return loan;
    }

    /** Loans to firms of a region subtree (default: the caller's); a bank's manager sees its own bank's. */
    public Page<Aggregate<Loan>> list(Actor actor, String region, int page, int size) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        List<String> codes = regions.subtreeCodes(subtree);
        Query query = LoanListing.page(codes, actor.has(Role.FUND_MANAGER) ? actor.investor() : null, page, size);
        return new Page<>(loans.find(query), page, size, loans.count(query));
    }

    /** Officers record loans to firms inside their jurisdiction; a bank's manager its own bank's loans. */
    private void requireWrite(Actor actor, Loan loan) {
        if (actor.has(Role.FUND_MANAGER) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
            if (!actor.manages(loan.bankId())) {
                throw new RegionAccessDeniedException(loan.region(), "a bank's manager records its own loans only");
            }
            return;
        }
        scope.requireWrite(actor, loan.region());
    }
}
