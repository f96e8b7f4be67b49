package io.hatchery.evaluation.plan.domain;

import io.hatchery.contracts.evaluation.PlanDrafted;
import io.hatchery.contracts.evaluation.PlanPublished;
import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.contracts.evaluation.TargetMeasure;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.InvalidCommand;
import io.hatchery.kernel.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Plan drafting and publication. A plan's targets must name known indicators, regions and dates. */
public final class PlanRules {

    /** Indicators targets may name: those the platform computes now and those its services will add. */
    public static final Set<String> INDICATORS = Set.of("carriers.count", "carriers.certified", "carriers.area",
            "carriers.area.incubation", "carriers.area.added", "carriers.share_with_service", "firms.incubating",
            "firms.admitted", "firms.graduated", "firms.exited", "firms.tech_sme", "firms.high_tech",
            "firms.tech_sme_share", "funds.count", "funds.size", "funds.established", "investments.amount",
            "investments.count", "investors.count", "talents.count", "mentors.count", "operating_teams.contracted",
            "evaluations.count", "evaluations.good_rate");

    private PlanRules() {
    }

    /**
     * Every problem of a plan's content, each naming the field, e.g. {@code targets[3].values.330999}.
     *
     * @param within true when the first region code lies in (or is) the second
     * @param regions the region codes there are (national and deployment zones)
     */
    public static List<FieldProblem> problems(Plan.Content plan, BiPredicate<String, String> within,
            RegionCatalog regions) {
        List<FieldProblem> problems = new ArrayList<>();
        regions.unknownCode(plan.region()).ifPresent(problem -> problems.add(new FieldProblem("region", problem)));
        if (plan.periodTo().isBefore(plan.periodFrom())) {
            problems.add(new FieldProblem("periodTo", "is before periodFrom"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            PlanTarget target = plan.targets().get(i);
            String field = "targets[" + i + "]";
            if (target.targetId() == null || !ids.add(target.targetId())) {
                problems.add(new FieldProblem(field + ".targetId", "is missing or used twice"));
            }
            if (target.indicator() == null || !INDICATORS.contains(target.indicator())) {
                problems.add(new FieldProblem(field + ".indicator", "'" + target.indicator()
                        + "' is not an indicator the platform knows"));
            }
            if (target.measure() == null) {
                problems.add(new FieldProblem(field + ".measure", "is required (NEW, STOCK or RATIO)"));
            } else if (target.measure() == TargetMeasure.NEW) {
                if (target.windowFrom() == null || target.windowTo() == null) {
                    problems.add(new FieldProblem(field + ".window", "is required for a NEW target"));
                } else if (target.windowTo().isBefore(target.windowFrom())
                        || outside(target.windowFrom(), plan) || outside(target.windowTo(), plan)) {
                    problems.add(new FieldProblem(field + ".window", "must lie within the plan period "
                            + plan.periodFrom() + " – " + plan.periodTo()));
                }
            } else if (target.at() == null) {
                problems.add(new FieldProblem(field + ".at", "is required for a " + target.measure() + " target"));
            } else if (outside(target.at(), plan)) {
                problems.add(new FieldProblem(field + ".at", "must lie within the plan period " + plan.periodFrom()
                        + " – " + plan.periodTo()));
            }
            if (target.values().isEmpty()) {
                problems.add(new FieldProblem(field + ".values", "needs at least one region"));
            }
            target.values().forEach((region, value) -> {
                if (!regions.contains(region) || !within.test(region, plan.region())) {
                    problems.add(new FieldProblem(field + ".values." + region, "region " + region
                            + " is not within the plan's region " + plan.region()));
                }
                if (value.signum() < 0 || (target.measure() == TargetMeasure.RATIO && value.doubleValue() > 1)) {
                    problems.add(new FieldProblem(field + ".values." + region, target.measure() == TargetMeasure.RATIO
                            ? "a ratio is between 0 and 1" : "must not be negative"));
                }
            });
        }
        return problems;
    }

    private static boolean outside(LocalDate date, Plan.Content plan) {
        return date.isBefore(plan.periodFrom()) || date.isAfter(plan.periodTo());
    }

    public static Decision<Plan> draft(String id, Plan.Content content, LocalDate today) {
        Plan plan = new Plan(id, content.title(), content.issuer(), content.region(), content.periodFrom(),
                content.periodTo(), content.targets(), 0, true);
        return new Decision<>(plan, List.of(drafted(plan, today)));
    }

    /** Replaces the content; publishing it makes the next revision. The same content changes nothing. */
    public static Decision<Plan> revise(Plan plan, Plan.Content content, LocalDate today) {
        if (plan.content().equals(content)) {
            return Decision.unchanged(plan);
        }
        if (!plan.region().equals(content.region())) {
            throw new InvalidCommand("region", "a plan keeps its region (" + plan.region() + ")");
        }
        Plan revised = new Plan(plan.id(), content.title(), content.issuer(), content.region(), content.periodFrom(),
                content.periodTo(), content.targets(), plan.revision(), true);
        return new Decision<>(revised, List.of(drafted(revised, today)));
    }

    private static PlanDrafted drafted(Plan plan, LocalDate today) {
        return new PlanDrafted(plan.id(), plan.title(), plan.region(), plan.periodFrom(), plan.periodTo(),
                plan.targets().size(), today);
    }

    /** Publishes the current content as the next revision; a plan published unchanged publishes nothing. */
    public static Decision<Plan> publish(Plan plan, LocalDate today) {
        if (!plan.draft()) {
            if (plan.revision() == 0) {
                throw new RuleViolation("nothing-to-publish", "plan " + plan.id() + " has no content");
            }
            return Decision.unchanged(plan);
        }
        Plan published = new Plan(plan.id(), plan.title(), plan.issuer(), plan.region(), plan.periodFrom(),
                plan.periodTo(), plan.targets(), plan.revision() + 1, false);
        return new Decision<>(published, List.of(new PlanPublished(plan.id(), published.revision(), plan.title(),
                plan.issuer(), plan.region(), plan.periodFrom(), plan.periodTo(), plan.targets(), today)));
    }
}
