package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.EffectiveDates;
import io.hatchery.contracts.evaluation.CarrierService;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.funding.FinancingRequestClosed;
import io.hatchery.contracts.funding.FinancingRequested;
import io.hatchery.contracts.funding.FundClosed;
import io.hatchery.contracts.funding.FundEstablished;
import io.hatchery.contracts.funding.FundResized;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.InvestorRegistered;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.funding.MatchAccepted;
import io.hatchery.contracts.funding.MatchProposed;
import io.hatchery.contracts.funding.RequestOutcome;
import io.hatchery.contracts.talent.ActivityHeld;
import io.hatchery.contracts.talent.MentorEngaged;
import io.hatchery.contracts.talent.MentorReleased;
import io.hatchery.contracts.talent.OperatingTeamContractEnded;
import io.hatchery.contracts.talent.OperatingTeamContracted;
import io.hatchery.contracts.talent.PlatformClosed;
import io.hatchery.contracts.talent.PlatformEstablished;
import io.hatchery.contracts.talent.RecognitionEnded;
import io.hatchery.contracts.talent.TalentRecognized;
import io.hatchery.contracts.talent.TalentRegistered;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.registry.CarrierCertified;
import io.hatchery.contracts.registry.CarrierDelisted;
import io.hatchery.contracts.registry.CarrierDesignated;
import io.hatchery.contracts.registry.CarrierDowngraded;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.CarrierUndesignated;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.statistics.FigureChange;
import io.hatchery.contracts.statistics.FiguresChanged;
import io.hatchery.kernel.domain.AppliedVersions;
import io.hatchery.statistics.projection.domain.CarrierFacts.AreaEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.DesignationEntry;
import io.hatchery.statistics.projection.domain.CarrierFacts.LevelEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The statistics projection's write side: facts per entity and the cube of flows they contribute. Applying an
 * event is idempotent (each aggregate's versions apply once, in order). Its read side is {@link #figures()}. Not
 * thread-safe: the caller serialises writes and guards reads.
 */
public final class Projection {

    private final Function<String, List<String>> selfAndAncestors;
    private final Cube cube;
    private final Map<String, CarrierFacts> carriers = new HashMap<>();
    private final Map<String, FirmFacts> firms = new HashMap<>();
    private final Map<String, InvestmentFacts> investments = new HashMap<>();
    private final Map<String, List<InvestmentFacts>> investmentsByFirm = new HashMap<>();
    private final Map<String, LoanFacts> loans = new HashMap<>();
    private final Map<String, List<LoanFacts>> loansByFirm = new HashMap<>();
    private final Map<String, InvestorFacts> investors = new HashMap<>();
    private final Map<String, FundFacts> funds = new HashMap<>();
    private final Map<String, RequestFacts> requests = new HashMap<>();
    private final Map<String, TalentFacts> talents = new HashMap<>();
    private final Map<String, CarrierRecordFacts> carrierRecords = new HashMap<>();
    private final Map<String, Set<String>> firmsByCarrier = new HashMap<>();
    /** The records, funds and mentors ("record:…", "fund:…", "talent:…") by which a carrier offers services. */
    private final Map<String, Set<String>> serviceSourcesByCarrier = new HashMap<>();
    private final Map<String, List<Delta>> contributions = new HashMap<>();
    private final AppliedVersions versions;
    private final Map<String, PlanFacts> plans = new HashMap<>();
    private final Map<String, EvaluationFacts> evaluations = new HashMap<>();
    private final Map<String, Set<String>> evaluationsByCarrier = new HashMap<>();
    private final FirmRecords records;
    private final Figures figures;
    private long sequence;

    /** @param selfAndAncestors a statistical region and every region above it, up to the province */
    public Projection(Function<String, List<String>> selfAndAncestors) {
        this(selfAndAncestors, new AppliedVersions());
    }

    private Projection(Function<String, List<String>> selfAndAncestors, AppliedVersions versions) {
        this.versions = versions;
        Map<String, List<String>> chains = new HashMap<>();
        this.selfAndAncestors = region -> chains.computeIfAbsent(region, selfAndAncestors);
        this.cube = new Cube(this.selfAndAncestors);
        this.records = new FirmRecords(this.selfAndAncestors);
        this.figures = new Figures(cube, plans, new FirmReadModel(new FirmReadModel.Sources(records, firms, carriers,
                evaluations, evaluationsByCarrier, firmsByCarrier, talents, serviceSourcesByCarrier),
                this.selfAndAncestors));
    }

    /**
     * Applies one event of an aggregate.
     *
     * @param stream  the topic, so that ids of different streams never collide
     * @param version the aggregate's version after the event
     * @return false when this version (or a later one) was applied before: nothing changed
     * @throws IllegalArgumentException when the event holds a value outside its contract's bounds; the event is
     *                                  then neither applied nor recorded as applied
     */
    public boolean apply(String stream, String subject, long version, DomainEvent event) {
        String key = stream + "/" + subject;
        if (!versions.isNewer(key, version)) {
            return false;
        }
        // a date out of range would have the cube allocate months up to it: refused before anything changes
        EffectiveDates.check(event);
        dispatch(event, version);
        records.apply(event);
        versions.record(key, version);
        return true;
    }

    /** Changes the facts an event is about; throws before changing anything when a value is out of bounds. */
    private void dispatch(DomainEvent event, long version) {
        if (event instanceof CarrierRegistered e) {
            carrier(e.carrierId(), facts -> facts.registered(e.kind(), e.region(),
                e.effectiveDate(), area(e.profile(), e.effectiveDate(), version)));
        } else if (event instanceof CarrierProfileChanged e) {
            carrier(e.carrierId(),
                facts -> facts.withArea(area(e.profile(), e.effectiveDate(), version)));
        } else if (event instanceof CarrierCertified e) {
            carrier(e.carrierId(), facts -> facts.withLevel(
                new LevelEntry(e.effectiveDate(), version, e.level().rank(), true)));
        } else if (event instanceof CarrierDowngraded e) {
            carrier(e.carrierId(), facts -> facts.withLevel(
                new LevelEntry(e.effectiveDate(), version, e.toLevel() == null ? 0 : e.toLevel().rank(), false)));
        } else if (event instanceof CarrierDelisted e) {
            carrier(e.carrierId(), facts -> facts.delisted(e.effectiveDate()));
        } else if (event instanceof CarrierDesignated e) {
            carrier(e.carrierId(), facts -> facts.withDesignation(
                new DesignationEntry(e.effectiveDate(), version, e.designation().name(), true)));
        } else if (event instanceof CarrierUndesignated e) {
            carrier(e.carrierId(), facts -> facts.withDesignation(
                new DesignationEntry(e.effectiveDate(), version, e.designation().name(), false)));
        } else if (event instanceof FirmRegistered e) {
            firm(e.firmId(), facts -> facts.registered(e.region()));
        } else if (event instanceof FirmAdmitted e) {
            firmsByCarrier.computeIfAbsent(e.carrierId(), c -> new HashSet<>()).add(e.firmId());
            firm(e.firmId(), facts -> facts.admitted(e.carrierId(), e.carrierRegion(), e.effectiveDate()));
        } else if (event instanceof FirmGraduated e) {
            firm(e.firmId(), facts -> facts.left(e.carrierId(), e.effectiveDate(), true));
        } else if (event instanceof FirmExited e) {
            firm(e.firmId(), facts -> facts.left(e.carrierId(), e.effectiveDate(), false));
        } else if (event instanceof FirmQualified e) {
            firm(e.firmId(), facts -> facts.qualified(e.qualification(),
                e.certificateNumber(), e.effectiveDate(), e.validUntil() == null ? null
                        : e.validUntil().plusDays(1)));
        } else if (event instanceof FirmQualificationLapsed e) {
            firm(e.firmId(), facts -> facts.lapsed(e.qualification(),
                e.certificateNumber(), e.effectiveDate()));
        } else if (event instanceof EvaluationCompleted e) {
            evaluation(new EvaluationFacts(e.evaluationId(), e.carrierId(), e.rating().name(), e.effectiveDate()));
        } else if (event instanceof InvestmentMade e) {
            investment(e);
        } else if (event instanceof LoanGranted e) {
            loan(e);
        } else if (event instanceof InvestorRegistered e) {
            InvestorFacts investor = new InvestorFacts(e.investorId(), e.region(), e.kind().name(),
                    e.effectiveDate());
            investors.put(investor.id(), investor);
            recontribute("investor:" + investor.id(), Contributions.ofInvestor(investor));
        } else if (event instanceof FundEstablished e) {
            FundFacts.SizeEntry size = new FundFacts.SizeEntry(e.establishedOn(), version, rmb(e.committedRmb()));
            fund(e.fundId(), facts -> facts.established(e.region(), e.kind().name(),
                    e.carrierLink() == null || e.carrierId() == null ? null : e.carrierLink().name(),
                    e.carrierLink() == null ? null : e.carrierId(), e.establishedOn(), size));
        } else if (event instanceof FundResized e) {
            FundFacts.SizeEntry size = new FundFacts.SizeEntry(e.effectiveDate(), version, rmb(e.committedRmb()));
            fund(e.fundId(), facts -> facts.resized(size));
        } else if (event instanceof FundClosed e) {
            fund(e.fundId(), facts -> facts.closed(e.effectiveDate()));
        } else if (event instanceof FinancingRequested e) {
            request(e.requestId(), facts -> facts.requested(e.region(), e.effectiveDate()));
        } else if (event instanceof MatchProposed e) {
            request(e.requestId(), facts -> facts.proposed(e.matchId(), e.region(), e.effectiveDate()));
        } else if (event instanceof MatchAccepted e) {
            request(e.requestId(), facts -> facts.accepted(e.matchId(), e.effectiveDate()));
        } else if (event instanceof FinancingRequestClosed e) {
            request(e.requestId(), facts -> facts.closed(e.effectiveDate(),
                    e.outcome() == RequestOutcome.FUNDED ? e.matchId() : null));
        } else if (event instanceof PlanPublished e) {
            plan(new PlanFacts(e.planId(), e.revision(), e.title(), e.issuer(), e.region(),
                e.periodFrom(), e.periodTo(), e.targets()));
        } else {
            talentEvent(event);
        }
    }

    /** The talent service's events: people, programmes, mentoring; carriers' contracts, platforms, activities. */
    private void talentEvent(DomainEvent event) {
        if (event instanceof TalentRegistered e) {
            talent(e.talentId(), facts -> facts.registered(e.region(), e.effectiveDate()));
        } else if (event instanceof TalentRecognized e) {
            talent(e.talentId(), facts -> facts.recognised(e.programme(), e.effectiveDate()));
        } else if (event instanceof RecognitionEnded e) {
            talent(e.talentId(), facts -> facts.recognitionEnded(e.programme(), e.effectiveDate()));
        } else if (event instanceof MentorEngaged e) {
            talent(e.talentId(), facts -> facts.engaged(e.carrierId(), e.region(), e.effectiveDate()));
        } else if (event instanceof MentorReleased e) {
            talent(e.talentId(), facts -> facts.released(e.carrierId(), e.effectiveDate()));
        } else if (event instanceof OperatingTeamContracted e) {
            carrierRecord(new CarrierRecordFacts(e.contractId(), Series.OPERATING_TEAMS_CONTRACTED, e.carrierId(),
                    e.region(), null, e.effectiveDate(), null));
        } else if (event instanceof OperatingTeamContractEnded e) {
            closeCarrierRecord(e.contractId(), e.effectiveDate());
        } else if (event instanceof PlatformEstablished e) {
            carrierRecord(new CarrierRecordFacts(e.platformId(), Series.PLATFORMS, e.carrierId(), e.region(),
                    e.kind().name(), e.effectiveDate(), null));
        } else if (event instanceof PlatformClosed e) {
            closeCarrierRecord(e.platformId(), e.effectiveDate());
        } else if (event instanceof ActivityHeld e) {
            carrierRecord(new CarrierRecordFacts(e.activityId(), Series.ACTIVITIES, e.carrierId(), e.region(),
                    e.kind().name(), e.effectiveDate(), null));
        }
    }

    private void closeCarrierRecord(String id, LocalDate on) {
        CarrierRecordFacts record = carrierRecords.get(id);
        if (record != null) {
            carrierRecord(record.closed(on));
        }
    }

    private static AreaEntry area(CarrierProfile profile, LocalDate date, long version) {
        return new AreaEntry(date, version, squareMetres(profile.totalArea()), squareMetres(profile.incubationArea()));
    }

    /** An area within its contract's bounds, so that the cube's sums cannot overflow. */
    private static long squareMetres(BigDecimal area) {
        if (area == null) {
            return 0;
        }
        if (area.signum() < 0 || area.compareTo(BigDecimal.valueOf(CarrierProfile.MAX_AREA)) > 0) {
            throw new IllegalArgumentException("area " + area.toPlainString() + " m² is outside 0.."
                    + CarrierProfile.MAX_AREA);
        }
        return area.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private void carrier(String id, Function<CarrierFacts, CarrierFacts> change) {
        CarrierFacts before = carriers.getOrDefault(id, CarrierFacts.unknown(id));
        CarrierFacts after = change.apply(before);
        carriers.put(id, after);
        recontribute("carrier:" + id, Contributions.ofCarrier(after));
        recontributeServices(id);
        if (before.kind() != after.kind() || !Objects.equals(before.region(), after.region())) {
            firmsByCarrier.getOrDefault(id, Set.of()).forEach(this::recontributeFirm);
            evaluationsByCarrier.getOrDefault(id, Set.of()).forEach(this::recontributeEvaluation);
        }
    }

    private void evaluation(EvaluationFacts evaluation) {
        EvaluationFacts previous = evaluations.put(evaluation.id(), evaluation);
        if (previous != null && !previous.carrierId().equals(evaluation.carrierId())) {
            evaluationsByCarrier.getOrDefault(previous.carrierId(), new HashSet<>()).remove(previous.id());
        }
        evaluationsByCarrier.computeIfAbsent(evaluation.carrierId(), c -> new HashSet<>()).add(evaluation.id());
        recontributeEvaluation(evaluation.id());
    }

    private void recontributeEvaluation(String id) {
        EvaluationFacts evaluation = evaluations.get(id);
        recontribute("evaluation:" + id, Contributions.ofEvaluation(evaluation, carriers.get(evaluation.carrierId())));
    }

    private void firm(String id, Function<FirmFacts, FirmFacts> change) {
        firms.put(id, change.apply(firms.getOrDefault(id, FirmFacts.unknown(id))));
        recontributeFirm(id);
    }

    /** An amount within the contracts' bounds, in whole RMB yuan, so that the cube's sums cannot overflow. */
    static long rmb(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB)) > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " RMB is outside 0.."
                    + InvestmentMade.MAX_AMOUNT_RMB);
        }
        return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private void talent(String id, Function<TalentFacts, TalentFacts> change) {
        TalentFacts before = talents.get(id);
        TalentFacts talent = change.apply(before == null ? TalentFacts.unknown(id) : before);
        talents.put(id, talent);
        recontribute("talent:" + id, Contributions.ofTalent(talent));
        servicesChanged("talent:" + id, before == null ? Set.of() : mentoredCarriers(before),
                mentoredCarriers(talent));
    }

    private void carrierRecord(CarrierRecordFacts record) {
        CarrierRecordFacts before = carrierRecords.put(record.id(), record);
        recontribute("record:" + record.id(), Contributions.ofCarrierRecord(record));
        servicesChanged("record:" + record.id(), before == null ? Set.of() : offeredBy(before.service(),
                before.carrierId()), offeredBy(record.service(), record.carrierId()));
    }

    private void fund(String id, Function<FundFacts, FundFacts> change) {
        FundFacts before = funds.get(id);
        FundFacts fund = change.apply(before == null ? FundFacts.unknown(id) : before);
        funds.put(id, fund);
        recontribute("fund:" + id, Contributions.ofFund(fund));
        servicesChanged("fund:" + id, before == null ? Set.of() : offeredBy(before.service(), before.carrierId()),
                offeredBy(fund.service(), fund.carrierId()));
    }

    private static Set<String> mentoredCarriers(TalentFacts talent) {
        Set<String> carrierIds = new HashSet<>();
        talent.engagements().forEach(engagement -> carrierIds.add(engagement.key()));
        return carrierIds;
    }

    private static Set<String> offeredBy(ServiceSpan span, String carrierId) {
        return span == null ? Set.of() : Set.of(carrierId);
    }

    /** A source of services changed: the carriers it served before and serves now are counted again. */
    private void servicesChanged(String source, Set<String> before, Set<String> now) {
        for (String carrierId : before) {
            if (!now.contains(carrierId)) {
                Set<String> sources = serviceSourcesByCarrier.get(carrierId);
                if (sources != null) {
                    sources.remove(source);
                }
            }
        }
        for (String carrierId : now) {
            serviceSourcesByCarrier.computeIfAbsent(carrierId, c -> new HashSet<>()).add(source);
        }
        Set<String> touched = new HashSet<>(before);
        touched.addAll(now);
        touched.forEach(this::recontributeServices);
    }

    /** The services a carrier offers, from its contracts and trainings, its funds and its mentors. */
    private void recontributeServices(String carrierId) {
        Set<String> sources = serviceSourcesByCarrier.getOrDefault(carrierId, Set.of());
        CarrierFacts carrier = carriers.get(carrierId);
        if (sources.isEmpty() || carrier == null) {
            recontribute("services:" + carrierId, List.of());
            return;
        }
        List<ServiceSpan> spans = new ArrayList<>();
        for (String source : sources) {
            String id = source.substring(source.indexOf(':') + 1);
            if (source.startsWith("talent:")) {
                for (TalentFacts.Period engagement : talents.get(id).engagements()) {
                    if (engagement.key().equals(carrierId)) {
                        spans.add(new ServiceSpan(CarrierService.MENTORING, engagement.from(), engagement.until()));
                    }
                }
            } else {
                ServiceSpan span = source.startsWith("fund:") ? funds.get(id).service()
                        : carrierRecords.get(id).service();
                if (span != null) {
                    spans.add(span);
                }
            }
        }
        recontribute("services:" + carrierId, Contributions.ofCarrierServices(carrier, spans));
    }

    private void request(String id, Function<RequestFacts, RequestFacts> change) {
        RequestFacts request = change.apply(requests.getOrDefault(id, RequestFacts.unknown(id)));
        requests.put(id, request);
        recontribute("request:" + id, Contributions.ofRequest(request));
    }

    private void loan(LoanGranted granted) {
        String firmId = FirmIds.of(granted.firmId(), granted.firmUscc());
        LoanFacts loan = new LoanFacts(granted.loanId(), firmId, granted.effectiveDate(), rmb(granted.amountRmb()));
        LoanFacts previous = loans.put(loan.id(), loan);
        if (previous != null) {
            loansByFirm.getOrDefault(previous.firmId(), new ArrayList<>()).remove(previous);
            recontributeFirm(previous.firmId());
        }
        loansByFirm.computeIfAbsent(firmId, f -> new ArrayList<>()).add(loan);
        recontributeFirm(firmId);
    }

    private void investment(InvestmentMade made) {
        String firmId = FirmIds.of(made.firmId(), made.firmUscc());
        InvestmentFacts investment = new InvestmentFacts(made.investmentId(), firmId, made.effectiveDate(),
                rmb(made.amountRmb()));
        InvestmentFacts previous = investments.put(investment.id(), investment);
        List<InvestmentFacts> ofFirm = investmentsByFirm.computeIfAbsent(firmId, f -> new ArrayList<>());
        if (previous != null) {
            investmentsByFirm.getOrDefault(previous.firmId(), new ArrayList<>()).remove(previous);
            recontributeFirm(previous.firmId());
        }
        ofFirm.add(investment);
        recontributeFirm(firmId);
    }

    private void plan(PlanFacts plan) {
        PlanFacts known = plans.get(plan.planId());
        if (known == null || plan.revision() >= known.revision()) {
            plans.put(plan.planId(), plan);
        }
    }

    private void recontributeFirm(String id) {
        FirmFacts firm = firms.getOrDefault(id, FirmFacts.unknown(id));
        recontribute("firm:" + id, Contributions.ofFirm(firm, investmentsByFirm.getOrDefault(id, List.of()),
                loansByFirm.getOrDefault(id, List.of()), this::kindOf));
    }

    private CarrierKind kindOf(String carrierId) {
        CarrierFacts carrier = carriers.get(carrierId);
        return carrier == null ? null : carrier.kind();
    }

    /** Replaces an entity's contribution, touching the cube only where old and new differ. */
    private void recontribute(String entity, List<Delta> now) {
        List<Delta> before = contributions.getOrDefault(entity, List.of());
        if (before.equals(now)) {
            return;
        }
        if (before.isEmpty()) {
            // An entity's first contribution, the common case in a replay: nothing to net out.
            now.forEach(delta -> cube.apply(delta, 1));
            contributions.put(entity, now);
            return;
        }
        Map<Delta, Integer> difference = new HashMap<>();
        for (Delta delta : before) {
            difference.merge(delta, -1, Integer::sum);
        }
        for (Delta delta : now) {
            difference.merge(delta, 1, Integer::sum);
        }
        difference.forEach((delta, times) -> {
            if (times != 0) {
                cube.apply(delta, times);
            }
        });
        if (now.isEmpty()) {
            contributions.remove(entity);
        } else {
            contributions.put(entity, now);
        }
    }

    /**
     * The live feed's figures that changed since the last call, with the next sequence number; empty when none
     * did. Forgets the changes it reports.
     */
    public Optional<FiguresChanged> takeChanges(LocalDate today) {
        List<FigureChange> changes = FigureChanges.of(cube.drainTouched(), figures, today);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FiguresChanged(++sequence, changes, today));
    }

    /** Forgets what changed, for a projection that feeds nobody yet (a rebuild catching up). */
    public void discardChanges() {
        cube.drainTouched();
    }

    /** The figures this projection has computed so far: its read side, live (read it under the same guard). */
    public Figures figures() {
        return figures;
    }

    public Snapshot snapshot() {
        return new Snapshot(List.copyOf(carriers.values()), List.copyOf(firms.values()),
                List.copyOf(investments.values()), List.copyOf(plans.values()), List.copyOf(evaluations.values()),
                versions.snapshot(), sequence, List.copyOf(loans.values()), List.copyOf(investors.values()),
                List.copyOf(funds.values()), List.copyOf(requests.values()), List.copyOf(talents.values()),
                List.copyOf(carrierRecords.values()), List.copyOf(records.all()), Map.copyOf(records.carrierNames()));
    }

    /** A projection holding exactly what a snapshot holds; its cube is rebuilt from the facts. */
    public static Projection restore(Snapshot snapshot, Function<String, List<String>> selfAndAncestors) {
        Projection projection = new Projection(selfAndAncestors, new AppliedVersions(snapshot.versions()));
        projection.sequence = snapshot.sequence();
        snapshot.plans().forEach(plan -> projection.plans.put(plan.planId(), plan));
        snapshot.carriers().forEach(carrier -> projection.carriers.put(carrier.id(), carrier));
        for (InvestmentFacts investment : snapshot.investments()) {
            projection.investments.put(investment.id(), investment);
            projection.investmentsByFirm.computeIfAbsent(investment.firmId(), f -> new ArrayList<>()).add(investment);
        }
        for (LoanFacts loan : snapshot.loans()) {
            projection.loans.put(loan.id(), loan);
            projection.loansByFirm.computeIfAbsent(loan.firmId(), f -> new ArrayList<>()).add(loan);
        }
        for (InvestorFacts investor : snapshot.investors()) {
            projection.investors.put(investor.id(), investor);
            projection.recontribute("investor:" + investor.id(), Contributions.ofInvestor(investor));
        }
        for (FundFacts fund : snapshot.funds()) {
            projection.funds.put(fund.id(), fund);
            projection.recontribute("fund:" + fund.id(), Contributions.ofFund(fund));
        }
        for (RequestFacts request : snapshot.requests()) {
            projection.requests.put(request.id(), request);
            projection.recontribute("request:" + request.id(), Contributions.ofRequest(request));
        }
        for (TalentFacts talent : snapshot.talents()) {
            projection.talents.put(talent.id(), talent);
            projection.recontribute("talent:" + talent.id(), Contributions.ofTalent(talent));
        }
        for (CarrierRecordFacts record : snapshot.carrierRecords()) {
            projection.carrierRecord(record);
        }
        projection.records.restore(snapshot.firmRecords(), snapshot.carrierNames());
        for (FirmFacts firm : snapshot.firms()) {
            projection.firms.put(firm.id(), firm);
            for (FirmFacts.Incubation incubation : firm.incubations()) {
                projection.firmsByCarrier.computeIfAbsent(incubation.carrierId(), c -> new HashSet<>()).add(firm.id());
                projection.records.indexStay(firm.id(), incubation.carrierRegion());
            }
        }
        projection.carriers.values().forEach(carrier -> projection.recontribute("carrier:" + carrier.id(),
                Contributions.ofCarrier(carrier)));
        for (EvaluationFacts evaluation : snapshot.evaluations()) {
            projection.evaluation(evaluation);
        }
        projection.talents.values().forEach(talent -> projection.servicesChanged("talent:" + talent.id(), Set.of(),
                mentoredCarriers(talent)));
        projection.funds.values().forEach(fund -> projection.servicesChanged("fund:" + fund.id(), Set.of(),
                offeredBy(fund.service(), fund.carrierId())));
        Set<String> firmIds = new HashSet<>(projection.firms.keySet());
        firmIds.addAll(projection.investmentsByFirm.keySet());
        firmIds.addAll(projection.loansByFirm.keySet());
        firmIds.forEach(projection::recontributeFirm);
        projection.cube.drainTouched();
        return projection;
    }
}
