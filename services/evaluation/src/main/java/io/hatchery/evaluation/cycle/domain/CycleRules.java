package io.hatchery.evaluation.cycle.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.evaluation.CycleChange;
import io.hatchery.contracts.evaluation.EvaluationCompleted;
import io.hatchery.contracts.evaluation.EvaluationCycleChanged;
import io.hatchery.contracts.evaluation.EvaluationOutcome;
import io.hatchery.contracts.evaluation.Rating;
import io.hatchery.evaluation.scheme.domain.Scheme;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The yearly evaluation: submissions, review, scores, and the closing that ranks, bands and decides. */
public final class CycleRules {

    /** The annual figures a carrier submits (Torch-style; money in RMB thousand). */
    public static final Set<String> FIGURES = Set.of("income_total", "income_services", "income_rent",
            "staff_total", "staff_service", "mentors", "incubation_fund", "fund_uses", "firms_count",
            "firms_revenue", "firms_financing", "firms_financed", "firms_employees", "firms_with_patents", "ip_valid",
            "jobs", "events", "public_platforms", "workstations", "operating_team", "leading_industry_share",
            "seed_funds");

    private CycleRules() {
    }

    public static Decision<Cycle> open(String id, int year, Scheme scheme, String region, List<String> carriers,
            LocalDate today) {
        if (carriers.isEmpty()) {
            throw new InvalidCommand("carriers", "a cycle needs at least one carrier in scope");
        }
        Cycle cycle = new Cycle(id, year, scheme.id(), region, carriers, false, Map.of(), Map.of(), Map.of(),
                Map.of());
        return new Decision<>(cycle, List.of(change(cycle, CycleChange.OPENED, null, scheme.id(), today)));
    }

    /** Checks of a submission's figures: known names, no negatives, and figures that must agree. */
    public static List<FieldProblem> figureProblems(Map<String, BigDecimal> figures) {
        List<FieldProblem> problems = new ArrayList<>();
        figures.forEach((name, value) -> {
            if (!FIGURES.contains(name)) {
                problems.add(new FieldProblem("figures." + name, "is not a figure of the annual submission"));
            } else if (value == null || value.signum() < 0) {
                problems.add(new FieldProblem("figures." + name, "must be a number, zero or more"));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        BigDecimal parts = get(figures, "income_services").add(get(figures, "income_rent"));
        if (figures.containsKey("income_total") && parts.compareTo(figures.get("income_total")) > 0) {
            problems.add(new FieldProblem("figures.income_total", "is less than services and rent income together"));
        }
        if (figures.containsKey("staff_total") && get(figures, "staff_service").compareTo(figures.get("staff_total"))
                > 0) {
            problems.add(new FieldProblem("figures.staff_service", "exceeds staff_total"));
        }
        if (figures.containsKey("firms_employees") && figures.containsKey("firms_count")
                && figures.get("firms_employees").compareTo(figures.get("firms_count")) < 0) {
            problems.add(new FieldProblem("figures.firms_employees",
                    "is less than the number of firms: every incubated firm employs someone"));
        }
        if (figures.containsKey("firms_financed") && figures.containsKey("firms_count")
                && figures.get("firms_financed").compareTo(figures.get("firms_count")) > 0) {
            problems.add(new FieldProblem("figures.firms_financed", "exceeds firms_count"));
        }
        return problems;
    }

    public static Decision<Cycle> submit(Cycle cycle, String carrierId, Map<String, BigDecimal> figures,
            LocalDate today) {
        requireOpen(cycle);
        requireInScope(cycle, carrierId);
        List<FieldProblem> problems = figureProblems(figures);
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        Map<String, Submission> submissions = new HashMap<>(cycle.submissions());
        submissions.put(carrierId, new Submission(figures, Submission.Status.SUBMITTED, null, today));
        Cycle updated = with(cycle, submissions, cycle.scores(), cycle.vetoes());
        return new Decision<>(updated, List.of(change(cycle, CycleChange.SUBMITTED, carrierId, null, today)));
    }

    /** The city accepts a submission, or returns it with a reason for the carrier to correct. */
    public static Decision<Cycle> review(Cycle cycle, String carrierId, boolean accept, String reason,
            LocalDate today) {
        requireOpen(cycle);
        Submission submission = cycle.submissions().get(carrierId);
        if (submission == null || submission.status() != Submission.Status.SUBMITTED) {
            throw new RuleViolation("nothing-to-review", "carrier " + carrierId
                    + " has no submission awaiting review");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidCommand("reason", "is required to return a submission");
        }
        Map<String, Submission> submissions = new HashMap<>(cycle.submissions());
        submissions.put(carrierId, new Submission(submission.figures(), accept ? Submission.Status.ACCEPTED
                : Submission.Status.RETURNED, accept ? null : reason, submission.submittedOn()));
        return new Decision<>(with(cycle, submissions, cycle.scores(), cycle.vetoes()), List.of(change(cycle,
                accept ? CycleChange.ACCEPTED : CycleChange.RETURNED, carrierId, reason, today)));
    }

    /** Expert or local-management points for a carrier's EXPERT and LOCAL indicators. */
    public static Decision<Cycle> score(Cycle cycle, Scheme scheme, String carrierId, Map<String, BigDecimal> points,
            String by, LocalDate today) {
        requireOpen(cycle);
        requireInScope(cycle, carrierId);
        List<FieldProblem> problems = new ArrayList<>();
        points.forEach((indicator, value) -> {
            Scheme.ScoredIndicator scored = indicator(scheme, indicator);
            if (scored == null || (scored.source() != Scheme.Source.EXPERT && scored.source() != Scheme.Source.LOCAL)) {
                problems.add(new FieldProblem("points." + indicator, "is not an expert or local indicator of "
                        + scheme.id()));
            } else if (value.signum() < 0 || value.compareTo(scored.weight()) > 0) {
                problems.add(new FieldProblem("points." + indicator, "must be between 0 and " + scored.weight()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidCommand(problems);
        }
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>(cycle.scores());
        Map<String, BigDecimal> ofCarrier = new HashMap<>(scores.getOrDefault(carrierId, Map.of()));
        ofCarrier.putAll(points);
        scores.put(carrierId, ofCarrier);
        return new Decision<>(with(cycle, cycle.submissions(), scores, cycle.vetoes()),
                List.of(change(cycle, CycleChange.SCORED, carrierId, by, today)));
    }

    public static Decision<Cycle> veto(Cycle cycle, Scheme scheme, String carrierId, String veto, LocalDate today) {
        requireOpen(cycle);
        requireInScope(cycle, carrierId);
        if (!scheme.vetoes().contains(veto)) {
            throw new InvalidCommand("veto", "'" + veto + "' is not a veto of " + scheme.id() + " " + scheme.vetoes());
        }
        Map<String, List<String>> vetoes = new HashMap<>(cycle.vetoes());
        List<String> ofCarrier = new ArrayList<>(vetoes.getOrDefault(carrierId, List.of()));
        if (ofCarrier.contains(veto)) {
            return Decision.unchanged(cycle);
        }
        ofCarrier.add(veto);
        vetoes.put(carrierId, ofCarrier);
        return new Decision<>(with(cycle, cycle.submissions(), cycle.scores(), vetoes),
                List.of(change(cycle, CycleChange.VETOED, carrierId, veto, today)));
    }

    /**
     * Closes the cycle: scores every carrier that submitted, ranks them, bands them (score thresholds and top
     * percentiles), applies vetoes and non-submission (FAIL), decides outcomes from the consequence rules and the
     * previous year's rating, and emits one EvaluationCompleted per carrier.
     *
     * @param computed  per carrier, the platform's own metrics for the year
     * @param previous  per carrier, last year's rating where there was one
     */
    public static Decision<Cycle> close(Cycle cycle, Scheme scheme, Map<String, Map<String, BigDecimal>> computed,
            Map<String, Rating> previous, LocalDate today) {
        requireOpen(cycle);
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, List<Result.Line>> lines = new HashMap<>();
        for (String carrier : cycle.carriers()) {
            Submission submission = cycle.submissions().get(carrier);
            if (submission == null || !submission.counts() || cycle.vetoes().containsKey(carrier)) {
                continue;
            }
            List<Result.Line> explained = explain(scheme, submission.figures(),
                    computed.getOrDefault(carrier, Map.of()), cycle.scores().getOrDefault(carrier, Map.of()));
            lines.put(carrier, explained);
            totals.put(carrier, explained.stream().map(Result.Line::points).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        List<String> ranked = totals.keySet().stream()
                .sorted(Comparator.comparing((String carrier) -> totals.get(carrier)).reversed()
                        .thenComparing(carrier -> carrier)).toList();
        Map<String, Result> results = new HashMap<>();
        List<DomainEvent> events = new ArrayList<>();
        for (String carrier : cycle.carriers()) {
            Rating prior = previous.get(carrier);
            Result result;
            if (totals.containsKey(carrier)) {
                int rank = ranked.indexOf(carrier) + 1;
                Rating rating = band(scheme, totals.get(carrier), rank, ranked.size());
                result = new Result(totals.get(carrier), rating, rank, outcome(scheme, rating, prior), prior, null,
                        lines.get(carrier));
            } else if (cycle.vetoes().containsKey(carrier)) {
                result = new Result(BigDecimal.ZERO, Rating.FAIL, null, outcome(scheme, Rating.FAIL, prior), prior,
                        "veto: " + String.join(", ", cycle.vetoes().get(carrier)), List.of());
            } else {
                Submission submission = cycle.submissions().get(carrier);
                result = new Result(BigDecimal.ZERO, Rating.FAIL, null, outcome(scheme, Rating.FAIL, prior), prior,
                        submission == null ? "no submission" : "submission returned and not corrected: "
                                + submission.returnReason(), List.of());
            }
            results.put(carrier, result);
            String reason = result.reason() != null ? result.reason()
                    : prior != null && result.outcome() != EvaluationOutcome.NONE
                            ? result.rating() + " after " + prior + " in " + (cycle.year() - 1) : null;
            events.add(new EvaluationCompleted(cycle.id() + ":" + carrier, cycle.id(), cycle.region(), carrier,
                    cycle.year(), scheme.id(), result.score(), result.rating(), result.rank(), result.outcome(), reason,
                    result.outcome() == EvaluationOutcome.RECTIFY ? today.plusMonths(6) : null, today));
        }
        Cycle closed = new Cycle(cycle.id(), cycle.year(), cycle.schemeId(), cycle.region(), cycle.carriers(), true,
                cycle.submissions(), cycle.scores(), cycle.vetoes(), results);
        events.add(change(cycle, CycleChange.CLOSED, null, ranked.size() + " scored of " + cycle.carriers().size(),
                today));
        return new Decision<>(closed, events);
    }

    /** Per indicator: its value, where it came from, the points it earned of its weight. */
    static List<Result.Line> explain(Scheme scheme, Map<String, BigDecimal> figures,
            Map<String, BigDecimal> computed, Map<String, BigDecimal> entered) {
        List<Result.Line> lines = new ArrayList<>();
        for (Scheme.Dimension dimension : scheme.dimensions()) {
            for (Scheme.ScoredIndicator indicator : dimension.indicators()) {
                BigDecimal value;
                BigDecimal points;
                if (indicator.source() == Scheme.Source.EXPERT || indicator.source() == Scheme.Source.LOCAL) {
                    value = entered.get(indicator.id());
                    points = value == null ? BigDecimal.ZERO : value.min(indicator.weight());
                } else {
                    Map<String, BigDecimal> source = indicator.source() == Scheme.Source.COMPUTED ? computed : figures;
                    value = value(indicator, source, figures, computed);
                    points = value == null ? BigDecimal.ZERO : indicator.weight().multiply(
                            value.divide(indicator.full(), 6, RoundingMode.HALF_UP).min(BigDecimal.ONE)
                                    .max(BigDecimal.ZERO));
                }
                lines.add(new Result.Line(dimension.id(), indicator.id(), indicator.name(), indicator.source().name(),
                        value, points.setScale(2, RoundingMode.HALF_UP), indicator.weight()));
            }
        }
        return lines;
    }

    private static BigDecimal value(Scheme.ScoredIndicator indicator, Map<String, BigDecimal> source,
            Map<String, BigDecimal> figures, Map<String, BigDecimal> computed) {
        BigDecimal value = source.get(indicator.field());
        if (value == null || indicator.per() == null) {
            return value;
        }
        BigDecimal per = computed.containsKey(indicator.per()) ? computed.get(indicator.per())
                : figures.get(indicator.per());
        if (per == null || per.signum() == 0) {
            return null;
        }
        BigDecimal scale = indicator.scale() == null ? BigDecimal.ONE : indicator.scale();
        return value.multiply(scale).divide(per, 4, RoundingMode.HALF_UP);
    }

    /** The first band whose score threshold and top-percentile condition the carrier meets; FAIL if none. */
    static Rating band(Scheme scheme, BigDecimal score, int rank, int scored) {
        for (Scheme.Band band : scheme.bands()) {
            boolean scoreMet = score.compareTo(band.minScore()) >= 0;
            boolean topMet = band.topPercent() == null
                    || rank <= Math.max(1, (int) Math.ceil(scored * band.topPercent() / 100.0));
            if (scoreMet && topMet) {
                return band.rating();
            }
        }
        return Rating.FAIL;
    }

    static EvaluationOutcome outcome(Scheme scheme, Rating rating, Rating previous) {
        for (Scheme.Consequence consequence : scheme.consequences()) {
            if (consequence.rating() == rating && (consequence.previous() == null
                    || consequence.previous() == previous)) {
                return consequence.outcome();
            }
        }
        return EvaluationOutcome.NONE;
    }

    private static Scheme.ScoredIndicator indicator(Scheme scheme, String id) {
        return scheme.dimensions().stream().flatMap(dimension -> dimension.indicators().stream())
                .filter(indicator -> indicator.id().equals(id)).findFirst().orElse(null);
    }

    private static void requireOpen(Cycle cycle) {
        if (cycle.closed()) {
            throw new RuleViolation("cycle-closed", "cycle " + cycle.id() + " is closed");
        }
    }

    private static void requireInScope(Cycle cycle, String carrierId) {
        if (!cycle.carriers().contains(carrierId)) {
            throw new RuleViolation("carrier-not-in-cycle", "carrier " + carrierId + " is not evaluated in cycle "
                    + cycle.id());
        }
    }

    private static BigDecimal get(Map<String, BigDecimal> figures, String name) {
        return figures.getOrDefault(name, BigDecimal.ZERO);
    }

    private static Cycle with(Cycle cycle, Map<String, Submission> submissions,
            Map<String, Map<String, BigDecimal>> scores, Map<String, List<String>> vetoes) {
        return new Cycle(cycle.id(), cycle.year(), cycle.schemeId(), cycle.region(), cycle.carriers(), cycle.closed(),
                submissions, scores, vetoes, cycle.results());
    }

    private static EvaluationCycleChanged change(Cycle cycle, CycleChange change, String carrierId, String note,
            LocalDate today) {
        return new EvaluationCycleChanged(cycle.id(), cycle.year(), change, carrierId, note, today);
    }
}
