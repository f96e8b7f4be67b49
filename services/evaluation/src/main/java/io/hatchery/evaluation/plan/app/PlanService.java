package io.hatchery.evaluation.plan.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.command.Commands;
import io.hatchery.application.context.EventContexts;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.evaluation.plan.domain.Plan;
import io.hatchery.evaluation.plan.domain.PlanRules;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.messaging.outbox.AggregateStores;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateAlreadyExistsException;
import io.hatchery.persistence.AggregateStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Action plans: drafting, revising, publishing, and importing the plan file format. */
@Service
public class PlanService {

    private final AggregateStore<Plan> plans;
    private final RegionCatalog regions;
    private final RegionScope scope;
    private final EventContexts eventContexts;
    private final Clock clock;

    public PlanService(AggregateStores stores, RegionCatalog regions, RegionScope scope, EventContexts eventContexts,
            Clock clock) {
        this.plans = stores.create("plans", "plan", Plan.class, Plan::region);
        this.regions = regions;
        this.scope = scope;
        this.eventContexts = eventContexts;
        this.clock = clock;
    }

    /** @param requestFingerprint with an idempotency key, the request's; a retry then gets the first result */
    public Aggregate<Plan> draft(Actor actor, String id, Plan.Content content, String requestFingerprint) {
        validate(content, "");
        scope.requireWrite(actor, content.region());
        Decision<Plan> decision = PlanRules.draft(id, content, LocalDate.now(clock));
        return Commands.create(plans, id, decision, eventContexts.of(actor), requestFingerprint);
    }

    public Aggregate<Plan> revise(Actor actor, String id, Long expectedVersion, Plan.Content content) {
        validate(content, "");
        return Commands.execute(plans, id, expectedVersion, plan -> scope.requireWrite(actor, plan.region()),
                plan -> PlanRules.revise(plan, content, LocalDate.now(clock)), eventContexts.of(actor));
    }

    public Aggregate<Plan> publish(Actor actor, String id, Long expectedVersion) {
        return Commands.execute(plans, id, expectedVersion, plan -> scope.requireWrite(actor, plan.region()),
                plan -> PlanRules.publish(plan, LocalDate.now(clock)), eventContexts.of(actor));
    }

    public Aggregate<Plan> get(Actor actor, String id) {
        Aggregate<Plan> plan = plans.require(id);
        scope.requireRead(actor, plan.state().region());
        return plan;
    }

    /**
     * The plans of a region subtree (default: the caller's jurisdiction), by id; filtered and sorted by the
     * database.
     */
    public List<Aggregate<Plan>> list(Actor actor, String region) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        return plans.find(new Query(Criteria.where("state.region").in(regions.subtreeCodes(subtree)))
                .with(Sort.by("_id")));
    }

    /** What importing one plan of a file did. */
    public record ImportResult(String planId, String outcome, int revision, List<FieldError> problems) {
    }

    /**
     * Imports a plan file: each plan is drafted or revised and published. A plan whose content is already
     * published is left alone; an invalid plan is refused with its problems and the others still go in.
     */
    public List<ImportResult> importFile(Actor actor, String yaml) {
        List<ImportResult> results = new ArrayList<>();
        for (PlanYaml.Entry entry : PlanYaml.read(yaml)) {
            try {
                boolean exists = plans.find(entry.id()).isPresent();
                if (!exists) {
                    draft(actor, entry.id(), entry.content(), null);
                } else {
                    revise(actor, entry.id(), null, entry.content());
                }
                long before = plans.require(entry.id()).version();
                Aggregate<Plan> published = publish(actor, entry.id(), null);
                results.add(new ImportResult(entry.id(), published.version() == before ? "UNCHANGED" : "PUBLISHED",
                        published.state().revision(), List.of()));
            } catch (InvalidRequestException invalid) {
                results.add(new ImportResult(entry.id(), "REFUSED", 0, invalid.errors()));
            } catch (RegionAccessDeniedException outside) {
                results.add(new ImportResult(entry.id(), "REFUSED", 0, List.of(new FieldError("region",
                        outside.getMessage()))));
            } catch (AggregateAlreadyExistsException raced) {
                results.add(new ImportResult(entry.id(), "REFUSED", 0, List.of(new FieldError("id",
                        "was created by someone else meanwhile; import again"))));
            }
        }
        return results;
    }

    /** @param prefix where the content sits in the request, e.g. {@code plan.} */
    public void validate(Plan.Content content, String prefix) {
        List<FieldError> problems = PlanRules.problems(content, regions::isWithin, regions).stream()
                .map(problem -> new FieldError(prefix + problem.field(), problem.message())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
