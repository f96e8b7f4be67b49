package io.hatchery.registry.firm.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Page;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.exchange.FirmDeregistered;
import io.hatchery.contracts.exchange.FirmMovedOut;
import io.hatchery.contracts.exchange.FirmRevenueReported;
import io.hatchery.contracts.exchange.HighTechCertificateGranted;
import io.hatchery.contracts.exchange.HighTechCertificateRevoked;
import io.hatchery.contracts.exchange.InboundFact;
import io.hatchery.contracts.exchange.TechSmeRegistered;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import io.hatchery.persistence.EventContext;
import io.hatchery.persistence.OutboxEntry;
import io.hatchery.registry.carrier.app.CarrierService;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.firm.domain.Firm;
import io.hatchery.registry.firm.domain.FirmQuery;
import io.hatchery.registry.firm.domain.FirmRuleSet;
import io.hatchery.registry.firm.domain.FirmRules;
import io.hatchery.registry.firm.domain.Incubation;
import io.hatchery.registry.firm.store.FirmListing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Firm commands and queries. Officers act inside their jurisdiction; a carrier's operator acts only on the firms
 * of its own carrier (and admits firms only into it).
 */
@Service
public class FirmService {

    private static final Logger log = LoggerFactory.getLogger(FirmService.class);

    private final AggregateStore<Firm> firms;
    private final CarrierService carriers;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final FirmRulesProperties rules;
    private final EventContexts eventContexts;
    private final Clock clock;

    public FirmService(AggregateStores stores, CarrierService carriers, RegionCatalog regions, RegionScope scope,
            FirmRulesProperties rules, EventContexts eventContexts, Clock clock) {
        this.firms = stores.create("firms", "firm", Firm.class, Firm::region, FirmListing.LISTING);
        this.carriers = carriers;
        this.regions = regions;
        this.scope = scope;
        this.rules = rules;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** The result of a registration: the firm, and whether this call created it. */
    public record Registered(Aggregate<Firm> firm, boolean created) {
    }

    /**
     * Registers a firm. Its id follows from the USCC: registering the same firm again with the same facts returns
     * it (created = false); with different facts it is a 409 naming the existing firm. Never a twin.
     */
    public Registered register(Actor actor, String uscc, String name, LocalDate foundedOn, String industry,
            String region, EventContext context) {
        validateRegistration(uscc, foundedOn, region);
        scope.requireWrite(actor, region);
        Decision<Firm> decision = FirmRules.register(uscc, name, foundedOn, industry, region);
        String fingerprint = fingerprint(uscc, name, foundedOn, industry, region);
        try {
            return new Registered(firms.create(decision.state().id(), decision.state(), decision.events(), context,
                    fingerprint), true);
        } catch (AggregateAlreadyExistsException exists) {
            Aggregate<Firm> existing = firms.require(decision.state().id());
            if (fingerprint.equals(existing.requestFingerprint())) {
                return new Registered(existing, false);
            }
            throw new FirmAlreadyRegisteredException(existing.id(), uscc);
        }
    }

    /** What importing one spreadsheet row of a firm did. */
    public enum ImportOutcome {
        CREATED,
        ADMITTED,
        UNCHANGED
    }

    /**
     * Imports a firm, admitted to a carrier when one is given: a new firm is registered and admitted in one write;
     * a known one is only admitted, if it is not yet. A refused admission stores nothing of the row.
     */
    public ImportOutcome importFirm(Actor actor, String uscc, String name, LocalDate foundedOn, String industry,
            String region, String carrierId, LocalDate admittedOn) {
        validateRegistration(uscc, foundedOn, region);
        scope.requireWrite(actor, region);
        Optional<Aggregate<Firm>> existing = firms.find(FirmIds.of(uscc));
        if (existing.isPresent()) {
            if (carrierId == null) {
                return ImportOutcome.UNCHANGED;
            }
            long before = existing.get().version();
            Aggregate<Firm> after = admit(actor, existing.get().id(), null, carrierId, admittedOn);
            return after.version() == before ? ImportOutcome.UNCHANGED : ImportOutcome.ADMITTED;
        }
        Decision<Firm> registered = FirmRules.register(uscc, name, foundedOn, industry, region);
        Decision<Firm> decision = registered;
        if (carrierId != null) {
            Carrier carrier = admissibleCarrier(actor, carrierId, admittedOn);
            FirmRuleSet ruleSet = rules.forRegion(carrier.region(), regions);
            Decision<Firm> admitted = Commands.decide(() -> FirmRules.admit(registered.state(), carrier.id(),
                    carrier.kind(), carrier.region(), admittedOn, ruleSet));
            List<DomainEvent> events = new ArrayList<>(registered.events());
            events.addAll(admitted.events());
            decision = new Decision<>(admitted.state(), events);
        }
        try {
            firms.create(decision.state().id(), decision.state(), decision.events(), eventContexts.of(actor),
                    fingerprint(uscc, name, foundedOn, industry, region));
            return ImportOutcome.CREATED;
        } catch (AggregateAlreadyExistsException concurrentImport) {
            return ImportOutcome.UNCHANGED;
        }
    }

    private void validateRegistration(String uscc, LocalDate foundedOn, String region) {
        List<FieldError> problems = new ArrayList<>();
        RegionChecks.checkStatisticalLeaf(regions, "region", region, problems);
        FirmRules.registrationProblems(uscc, foundedOn, LocalDate.now(clock))
                .forEach(problem -> problems.add(new FieldError(problem.field(), problem.message())));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static String fingerprint(String uscc, String name, LocalDate foundedOn, String industry,
            String region) {
        return String.join("|", uscc, name, foundedOn.toString(), Objects.toString(industry, ""), region);
    }

    public Registered register(Actor actor, String uscc, String name, LocalDate foundedOn, String industry,
            String region) {
        return register(actor, uscc, name, foundedOn, industry, region, eventContexts.of(actor));
    }

    public Aggregate<Firm> get(Actor actor, String id) {
        Aggregate<Firm> firm = firms.require(id);
        requireRead(actor, firm.state());
        return firm;
    }

    public Optional<Aggregate<Firm>> findByUscc(String uscc) {
        return firms.find(FirmIds.of(uscc));
    }

    /** Officers and auditors of the region read a firm's history; an operator that of its carrier's firms. */
    public List<OutboxEntry> history(Actor actor, String id) {
        Firm firm = firms.require(id).state();
        if (!incubatedBy(actor, firm)) {
            if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.AUDITOR)) {
                throw new RegionAccessDeniedException(firm.region(), "you may read the history of your own "
                        + "carrier's firms only");
            }
            requireInRegion(actor, firm);
        }
        return firms.history(id);
    }

    public Aggregate<Firm> admit(Actor actor, String id, Long expectedVersion, String carrierId,
            LocalDate admittedOn) {
        return admit(actor, id, expectedVersion, carrierId, admittedOn, eventContexts.of(actor));
    }

    public Aggregate<Firm> admit(Actor actor, String id, Long expectedVersion, String carrierId,
            LocalDate admittedOn, EventContext context) {
        Carrier carrier = admissibleCarrier(actor, carrierId, admittedOn);
        FirmRuleSet ruleSet = rules.forRegion(carrier.region(), regions);
        // An operator admits into its own carrier (checked above) any firm that is free to join one.
        Consumer<Firm> access = actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)
                ? firm -> requireMayManage(actor, firm) : firm -> { };
        return Commands.execute(firms, id, expectedVersion, access,
                firm -> FirmRules.admit(firm, carrier.id(), carrier.kind(), carrier.region(), admittedOn, ruleSet),
                context);
    }

    /** The carrier a firm is to be admitted to, once it is known to exist, admit, and be the caller's to fill. */
    private Carrier admissibleCarrier(Actor actor, String carrierId, LocalDate admittedOn) {
        requireNotFuture("admittedOn", admittedOn);
        Carrier carrier = carriers.find(carrierId).map(Aggregate::state).orElseThrow(() ->
                InvalidRequestException.of("carrierId", "no carrier " + carrierId));
        requireActsFor(actor, carrier.id(), carrier.region());
        if (carrier.isDelisted()) {
            throw new BusinessRuleViolation("carrier-delisted", "carrier " + carrierId
                    + " is delisted and admits no firms");
        }
        if (admittedOn.isBefore(carrier.establishedOn())) {
            throw InvalidRequestException.of("admittedOn", "is before the carrier was established ("
                    + carrier.establishedOn() + ")");
        }
        return carrier;
    }

    public Aggregate<Firm> graduate(Actor actor, String id, Long expectedVersion, List<GraduationBasis> basis,
            String evidence, LocalDate graduatedOn) {
        requireNotFuture("graduatedOn", graduatedOn);
        return command(actor, id, expectedVersion, firm -> FirmRules.graduate(firm, basis, evidence, graduatedOn,
                rules.forRegion(firm.current() != null ? firm.current().carrierRegion() : firm.region(), regions)));
    }

    public Aggregate<Firm> exit(Actor actor, String id, Long expectedVersion, ExitReason reason, String note,
            LocalDate exitedOn) {
        requireNotFuture("exitedOn", exitedOn);
        return command(actor, id, expectedVersion, firm -> FirmRules.exit(firm, reason, note, exitedOn));
    }

    public Aggregate<Firm> qualify(Actor actor, String id, Long expectedVersion, Qualification type, Integer year,
            String number, LocalDate issuedOn, LocalDate validUntil) {
        requireNotFuture("issuedOn", issuedOn);
        return command(actor, id, expectedVersion,
                firm -> FirmRules.qualify(firm, type, year, number, issuedOn, validUntil));
    }

    public Aggregate<Firm> lapse(Actor actor, String id, Long expectedVersion, Qualification type, String number,
            LocalDate lapsedOn) {
        requireNotFuture("lapsedOn", lapsedOn);
        return command(actor, id, expectedVersion, firm -> FirmRules.lapse(firm, type, number, lapsedOn));
    }

    /** Sums an investment seen on the fund-matching service's stream into its firm, once. */
    public void recordInvestment(InvestmentMade investment, EventContext context) {
        String id = FirmIds.of(investment.firmId(), investment.firmUscc());
        if (firms.find(id).isEmpty()) {
            log.warn("Investment {} goes to firm {} ({}), which is not registered; not counted",
                    investment.investmentId(), id, investment.firmUscc());
            return;
        }
        Commands.execute(firms, id, null, firm -> { }, firm -> FirmRules.recordInvestment(firm,
                investment.investmentId(), investment.amountRmb(), investment.effectiveDate()), context);
    }

    /**
     * Applies a fact another department reported through the exchange: deregistration and moves end the firm's
     * incubation, revenue may make it eligible to graduate, certificates and registrations are qualifications.
     * Each is idempotent, so a redelivered fact changes nothing.
     */
    public void applyReportedFact(InboundFact fact, EventContext context) {
        String id = FirmIds.of(fact.firmUscc());
        if (firms.find(id).isEmpty()) {
            log.warn("{} reports on firm {}, which is not registered; nothing to do", fact.getClass().getSimpleName(),
                    fact.firmUscc());
            return;
        }
        Commands.execute(firms, id, null, firm -> { }, firm -> decide(firm, fact), context);
    }

    private static Decision<Firm> decide(Firm firm, InboundFact fact) {
        if (fact instanceof FirmDeregistered deregistered) {
            return FirmRules.reportedExit(firm, ExitReason.CLOSED, "deregistered by " + deregistered.authority(),
                    deregistered.effectiveDate());
        }
        if (fact instanceof FirmMovedOut moved) {
            return FirmRules.reportedExit(firm, ExitReason.MOVED,
                    moved.toRegion() == null ? "moved out" : "moved to " + moved.toRegion(), moved.effectiveDate());
        }
        if (fact instanceof FirmRevenueReported revenue) {
            return FirmRules.recordRevenue(firm, revenue.year(), revenue.revenueRmb(), revenue.effectiveDate());
        }
        if (fact instanceof HighTechCertificateGranted granted) {
            return FirmRules.qualify(firm, Qualification.HIGH_TECH, null, granted.certificateNumber(),
                    granted.effectiveDate(), granted.validUntil());
        }
        if (fact instanceof HighTechCertificateRevoked revoked) {
            return FirmRules.reportedLapse(firm, Qualification.HIGH_TECH, revoked.certificateNumber(),
                    revoked.effectiveDate());
        }
        if (fact instanceof TechSmeRegistered registered) {
            return FirmRules.qualify(firm, Qualification.TECH_SME, registered.year(), registered.registrationNumber(),
                    null, null);
        }
        throw new IllegalArgumentException("no rule for the reported fact " + fact.getClass().getName());
    }

    public Page<Aggregate<Firm>> list(Actor actor, FirmQuery query) {
        boolean onlyOperator = actor.has(Role.CARRIER_OPERATOR) && !actor.hasAny(Role.PROVINCE_ADMIN,
                Role.CITY_OFFICER, Role.FUND_MANAGER, Role.TALENT_OFFICER, Role.AUDITOR);
        String region = query.region() != null ? query.region() : onlyOperator ? null : actor.region();
        if (region != null) {
            RegionChecks.requireKnown(regions, "region", region);
        }
        if (region != null && !scope.covers(actor, region)) {
            throw new RegionAccessDeniedException(region, "region " + region + " is outside your jurisdiction");
        }
        String carrier = query.carrier();
        if (onlyOperator) {
            if (carrier != null && !carrier.equals(actor.carrier())) {
                throw new RegionAccessDeniedException(carrier, "you manage the firms of carrier " + actor.carrier()
                        + " only");
            }
            carrier = actor.carrier();
        }
        List<String> codes = region == null ? null : regions.subtreeCodes(region);
        Query page = FirmListing.page(codes, carrier, query.uscc() == null ? null : FirmIds.of(query.uscc()), query,
                LocalDate.now(clock));
        return new Page<>(firms.find(page), query.page(), query.size(), firms.count(page));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Aggregate<Firm> command(Actor actor, String id, Long expectedVersion,
            Function<Firm, Decision<Firm>> command) {
        return Commands.execute(firms, id, expectedVersion, firm -> requireMayManage(actor, firm), command,
                eventContexts.of(actor));
    }

    /** Officers: the firm or its current carrier lies in their jurisdiction. Operators: it is in their carrier. */
    private void requireMayManage(Actor actor, Firm firm) {
        Incubation current = firm.current();
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
            if (scope.covers(actor, firm.region()) || (current != null && scope.covers(actor,
                    current.carrierRegion()))) {
                return;
            }
            throw new RegionAccessDeniedException(firm.region(), "firm " + firm.id()
                    + " is outside your jurisdiction");
        }
        if (actor.has(Role.CARRIER_OPERATOR) && actor.carrier() != null) {
            if (current != null && current.carrierId().equals(actor.carrier())) {
                return;
            }
            throw new RegionAccessDeniedException(firm.region(), "firm " + firm.id() + " is not in your carrier "
                    + actor.carrier());
        }
        throw new RegionAccessDeniedException(firm.region(), "your roles may not change firms");
    }

    private void requireActsFor(Actor actor, String carrierId, String carrierRegion) {
        if (actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER)) {
            scope.requireWrite(actor, carrierRegion);
            return;
        }
        if (!(actor.has(Role.CARRIER_OPERATOR) && carrierId.equals(actor.carrier()))) {
            throw new RegionAccessDeniedException(carrierRegion, "you may admit firms only into your own carrier "
                    + actor.carrier());
        }
    }

    /**
     * An operator reads the firms incubated (now or before) in its carrier; the other readers of the register the
     * firms of their region, by the firm's own region or that of a carrier it was incubated in.
     */
    private void requireRead(Actor actor, Firm firm) {
        if (incubatedBy(actor, firm)) {
            return;
        }
        if (!actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.FUND_MANAGER, Role.TALENT_OFFICER,
                Role.AUDITOR)) {
            throw new RegionAccessDeniedException(firm.region(), "firm " + firm.id() + " is not in your carrier "
                    + actor.carrier());
        }
        requireInRegion(actor, firm);
    }

    private static boolean incubatedBy(Actor actor, Firm firm) {
        return firm.incubations().stream().anyMatch(incubation -> actor.operates(incubation.carrierId()));
    }

    private void requireInRegion(Actor actor, Firm firm) {
        if (scope.covers(actor, firm.region()) || firm.incubations().stream()
                .anyMatch(incubation -> scope.covers(actor, incubation.carrierRegion()))) {
            return;
        }
        throw new RegionAccessDeniedException(firm.region(), "firm " + firm.id() + " is outside your jurisdiction");
    }

    private void requireNotFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.of(field, "must not be in the future");
        }
    }
}
