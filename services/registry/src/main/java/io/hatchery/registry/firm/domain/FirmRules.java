package io.hatchery.registry.firm.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.identity.Uscc;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.ExitReason;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmInvestmentRecorded;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.FirmRevenueRecorded;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.registry.Qualification;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decisions about firms: admission, graduation, exit, qualifications, investments. Pure functions. */
public final class FirmRules {

    /** Revenue above which a fiscal year counts toward the revenue graduation condition (RMB yuan). */
    public static final BigDecimal REVENUE_GRADUATION_THRESHOLD = new BigDecimal("10000000");

    /** Cumulative angel/VC investment above which a firm meets a graduation condition (RMB yuan). */
    public static final BigDecimal INVESTMENT_GRADUATION_THRESHOLD = new BigDecimal("5000000");

    private FirmRules() {
    }

    public static List<FieldProblem> registrationProblems(String uscc, LocalDate foundedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.problem(uscc).ifPresent(problem -> problems.add(new FieldProblem("uscc", problem)));
        if (foundedOn.isAfter(today)) {
            problems.add(new FieldProblem("foundedOn", "must not be in the future"));
        }
        return problems;
    }

    public static Decision<Firm> register(String uscc, String name, LocalDate foundedOn, String industry,
            String region) {
        String id = FirmIds.of(uscc);
        Firm firm = new Firm(id, uscc, name, foundedOn, industry, region, List.of(), List.of(), BigDecimal.ZERO,
                Set.of(), false, Map.of());
        return new Decision<>(firm, List.of(new FirmRegistered(id, uscc, name, foundedOn, industry, region,
                foundedOn)));
    }

    /**
     * Admits the firm to a carrier. The admission age limit is the incubators' rule: accelerators and parks are where
     * grown firms go on to, the graduates of the region's incubators among them (the plans' incubation chain).
     *
     * @param rules the rules of the carrier's region
     */
    public static Decision<Firm> admit(Firm firm, String carrierId, CarrierKind carrierKind, String carrierRegion,
            LocalDate admittedOn, FirmRuleSet rules) {
        boolean alreadyRecorded = firm.incubations().stream().anyMatch(incubation ->
                incubation.carrierId().equals(carrierId) && incubation.admittedOn().equals(admittedOn));
        if (alreadyRecorded) {
            return Decision.unchanged(firm);
        }
        Incubation current = firm.current();
        if (current != null) {
            throw new RuleViolation("one-carrier-at-a-time", "firm " + firm.id() + " is incubated in carrier "
                    + current.carrierId() + " since " + current.admittedOn() + "; it must graduate or exit first");
        }
        if (admittedOn.isBefore(firm.foundedOn())) {
            throw new InvalidCommand("admittedOn", "is before the firm was founded (" + firm.foundedOn() + ")");
        }
        Incubation last = firm.incubations().isEmpty() ? null : firm.incubations().get(firm.incubations().size() - 1);
        if (last != null && admittedOn.isBefore(last.endedOn())) {
            throw new InvalidCommand("admittedOn", "is before the firm left its previous carrier (" + last.endedOn()
                    + ")");
        }
        long ageMonths = ChronoUnit.MONTHS.between(firm.foundedOn(), admittedOn);
        boolean takesGrownFirms = carrierKind == CarrierKind.ACCELERATOR || carrierKind == CarrierKind.SCIENCE_PARK;
        if (!takesGrownFirms && firm.foundedOn().plusMonths(rules.admissionAgeLimitMonths()).isBefore(admittedOn)) {
            throw new RuleViolation("admission-age-limit", "firm " + firm.id() + " was founded on " + firm.foundedOn()
                    + ", " + ageMonths + " months before admission; carriers in " + carrierRegion
                    + " admit firms at most " + rules.admissionAgeLimitMonths() + " months old");
        }
        List<Incubation> incubations = new ArrayList<>(firm.incubations());
        incubations.add(new Incubation(carrierId, carrierRegion, admittedOn, rules.incubationLimitFor(firm.industry()),
                null, null, List.of(), null, null));
        return new Decision<>(withIncubations(firm, incubations),
                List.of(new FirmAdmitted(firm.id(), carrierId, carrierRegion, admittedOn)));
    }

    /** Graduates the firm from its carrier on the stated basis. */
    public static Decision<Firm> graduate(Firm firm, List<GraduationBasis> basis, String evidence,
            LocalDate graduatedOn, FirmRuleSet rules) {
        Incubation current = requireIncubating(firm, graduatedOn, "graduatedOn");
        Set<GraduationBasis> distinct = new LinkedHashSet<>(basis);
        if (distinct.size() < rules.graduationConditionsRequired()) {
            throw new RuleViolation("graduation-conditions", "carriers in " + current.carrierRegion() + " require "
                    + rules.graduationConditionsRequired() + " graduation condition(s); " + distinct.size()
                    + " given");
        }
        if (distinct.contains(GraduationBasis.HIGH_TECH) && !firm.holds(Qualification.HIGH_TECH, graduatedOn)) {
            throw new RuleViolation("high-tech-not-held", "firm " + firm.id()
                    + " holds no high-tech enterprise certificate on " + graduatedOn + "; record it first");
        }
        Incubation ended = new Incubation(current.carrierId(), current.carrierRegion(), current.admittedOn(),
                current.limitMonths(), graduatedOn, FirmStatus.GRADUATED, List.copyOf(distinct), evidence, null);
        return new Decision<>(replaceCurrent(firm, ended), List.of(new FirmGraduated(firm.id(), current.carrierId(),
                List.copyOf(distinct), evidence, graduatedOn)));
    }

    /** The firm leaves its carrier without graduating. */
    public static Decision<Firm> exit(Firm firm, ExitReason reason, String note, LocalDate exitedOn) {
        Incubation current = requireIncubating(firm, exitedOn, "exitedOn");
        Incubation ended = new Incubation(current.carrierId(), current.carrierRegion(), current.admittedOn(),
                current.limitMonths(), exitedOn, FirmStatus.EXITED, List.of(), note, reason);
        return new Decision<>(replaceCurrent(firm, ended), List.of(new FirmExited(firm.id(), current.carrierId(),
                reason, note, exitedOn)));
    }

    /**
     * Records a qualification. A tech-SME registration is valid for its year; a high-tech certificate for three
     * years from its date unless {@code validUntil} says otherwise. The same number again changes nothing.
     */
    public static Decision<Firm> qualify(Firm firm, Qualification type, Integer year, String number,
            LocalDate issuedOn, LocalDate validUntil) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type == Qualification.TECH_SME && year == null) {
            problems.add(new FieldProblem("year", "is required for a tech-SME registration"));
        }
        if (number == null || number.isBlank()) {
            problems.add(new FieldProblem("number", "is required (registration or certificate number)"));
        }
        if (type == Qualification.HIGH_TECH && issuedOn == null) {
            problems.add(new FieldProblem("issuedOn", "is required for a high-tech certificate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        boolean known = firm.qualifications().stream()
                .anyMatch(record -> record.type() == type && record.number().equals(number));
        if (known) {
            return Decision.unchanged(firm);
        }
        LocalDate from = issuedOn != null ? issuedOn : LocalDate.of(year, 1, 1);
        LocalDate until = validUntil != null ? validUntil
                : type == Qualification.TECH_SME ? LocalDate.of(year, 12, 31) : from.plusYears(3).minusDays(1);
        if (until.isBefore(from)) {
            throw new InvalidCommand("validUntil", "is before the qualification starts (" + from + ")");
        }
        List<QualificationRecord> qualifications = new ArrayList<>(firm.qualifications());
        qualifications.add(new QualificationRecord(type, year, number, from, until, null));
        return new Decision<>(withQualifications(firm, qualifications),
                List.of(new FirmQualified(firm.id(), type, year, number, until, from)));
    }

    /**
     * Another department reports that the firm left (struck off, or moved away). A firm in no carrier is left as
     * it is; a date before its admission ends the stay on the day it began.
     */
    public static Decision<Firm> reportedExit(Firm firm, ExitReason reason, String note, LocalDate exitedOn) {
        Incubation current = firm.current();
        if (current == null) {
            return Decision.unchanged(firm);
        }
        return exit(firm, reason, note, exitedOn.isBefore(current.admittedOn()) ? current.admittedOn() : exitedOn);
    }

    /** Another department reports a revocation; one the registry never recorded changes nothing. */
    public static Decision<Firm> reportedLapse(Firm firm, Qualification type, String number, LocalDate lapsedOn) {
        boolean held = firm.qualifications().stream().anyMatch(record -> record.type() == type
                && record.lapsedOn() == null && record.number().equals(number));
        return held ? lapse(firm, type, number, lapsedOn) : Decision.unchanged(firm);
    }

    /** A qualification ends before its time (revoked, or not renewed). */
    public static Decision<Firm> lapse(Firm firm, Qualification type, String number, LocalDate lapsedOn) {
        QualificationRecord held = firm.qualifications().stream()
                .filter(record -> record.type() == type && record.lapsedOn() == null
                        && (number == null || record.number().equals(number)))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new RuleViolation("qualification-not-held", "firm " + firm.id() + " holds no "
                        + type + (number == null ? "" : " " + number)));
        List<QualificationRecord> qualifications = firm.qualifications().stream()
                .map(record -> record == held ? new QualificationRecord(record.type(), record.year(), record.number(),
                        record.issuedOn(), record.validUntil(), lapsedOn) : record)
                .toList();
        return new Decision<>(withQualifications(firm, qualifications),
                List.of(new FirmQualificationLapsed(firm.id(), type, held.number(), lapsedOn)));
    }

    /**
     * Adds an investment seen on the platform; once the sum passes RMB 5 m the firm is flagged eligible to
     * graduate. Each investment counts once however often it is delivered.
     */
    public static Decision<Firm> recordInvestment(Firm firm, String investmentId, BigDecimal amount,
            LocalDate investedOn) {
        if (firm.countedInvestments().contains(investmentId)) {
            return Decision.unchanged(firm);
        }
        BigDecimal cumulative = firm.cumulativeInvestment().add(amount);
        Set<String> counted = new HashSet<>(firm.countedInvestments());
        counted.add(investmentId);
        boolean eligible = firm.eligibleForGraduation()
                || cumulative.compareTo(INVESTMENT_GRADUATION_THRESHOLD) > 0;
        Firm updated = new Firm(firm.id(), firm.uscc(), firm.name(), firm.foundedOn(), firm.industry(), firm.region(),
                firm.incubations(), firm.qualifications(), cumulative, counted, eligible, firm.revenues());
        List<DomainEvent> events = new ArrayList<>();
        events.add(new FirmInvestmentRecorded(firm.id(), investmentId, amount, cumulative, investedOn));
        if (eligible && !firm.eligibleForGraduation()) {
            Incubation current = firm.current();
            events.add(new FirmGraduationEligible(firm.id(), current == null ? null : current.carrierId(),
                    GraduationBasis.INVESTMENT_OVER_5M, investedOn));
        }
        return new Decision<>(updated, events);
    }

    /**
     * Records the firm's revenue for a fiscal year (a later figure for the year replaces the earlier). When two
     * consecutive years are over RMB 10 m for the first time, the firm is flagged eligible to graduate.
     */
    public static Decision<Firm> recordRevenue(Firm firm, int year, BigDecimal revenue, LocalDate reportedOn) {
        BigDecimal known = firm.revenues().get(year);
        if (known != null && known.compareTo(revenue) == 0) {
            return Decision.unchanged(firm);
        }
        Map<Integer, BigDecimal> revenues = new HashMap<>(firm.revenues());
        revenues.put(year, revenue);
        boolean metBefore = revenueConditionMet(firm.revenues());
        boolean met = revenueConditionMet(revenues);
        Firm updated = new Firm(firm.id(), firm.uscc(), firm.name(), firm.foundedOn(), firm.industry(), firm.region(),
                firm.incubations(), firm.qualifications(), firm.cumulativeInvestment(), firm.countedInvestments(),
                firm.eligibleForGraduation() || met, revenues);
        List<DomainEvent> events = new ArrayList<>();
        events.add(new FirmRevenueRecorded(firm.id(), year, revenue, reportedOn));
        if (met && !metBefore) {
            Incubation current = firm.current();
            events.add(new FirmGraduationEligible(firm.id(), current == null ? null : current.carrierId(),
                    GraduationBasis.REVENUE_OVER_10M_2Y, reportedOn));
        }
        return new Decision<>(updated, events);
    }

    /** Revenue over RMB 10 m in two consecutive fiscal years. */
    static boolean revenueConditionMet(Map<Integer, BigDecimal> revenues) {
        return revenues.entrySet().stream()
                .anyMatch(year -> year.getValue().compareTo(REVENUE_GRADUATION_THRESHOLD) > 0
                        && revenues.getOrDefault(year.getKey() + 1, BigDecimal.ZERO)
                                .compareTo(REVENUE_GRADUATION_THRESHOLD) > 0);
    }

    private static Incubation requireIncubating(Firm firm, LocalDate date, String field) {
        Incubation current = firm.current();
        if (current == null) {
            throw new RuleViolation("not-incubating", "firm " + firm.id() + " is in no carrier");
        }
        if (date.isBefore(current.admittedOn())) {
            throw new InvalidCommand(field, "is before the firm's admission (" + current.admittedOn() + ")");
        }
        return current;
    }

    private static Firm replaceCurrent(Firm firm, Incubation ended) {
        List<Incubation> incubations = new ArrayList<>(firm.incubations());
        incubations.set(incubations.size() - 1, ended);
        return withIncubations(firm, incubations);
    }

    private static Firm withIncubations(Firm firm, List<Incubation> incubations) {
        return new Firm(firm.id(), firm.uscc(), firm.name(), firm.foundedOn(), firm.industry(), firm.region(),
                incubations, firm.qualifications(), firm.cumulativeInvestment(), firm.countedInvestments(),
                firm.eligibleForGraduation(), firm.revenues());
    }

    private static Firm withQualifications(Firm firm, List<QualificationRecord> qualifications) {
        return new Firm(firm.id(), firm.uscc(), firm.name(), firm.foundedOn(), firm.industry(), firm.region(),
                firm.incubations(), qualifications, firm.cumulativeInvestment(), firm.countedInvestments(),
                firm.eligibleForGraduation(), firm.revenues());
    }
}
