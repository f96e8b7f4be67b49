package io.hatchery.evaluation.plan.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.contracts.evaluation.PlanTarget;
import io.hatchery.evaluation.plan.app.PlanService;
import io.hatchery.evaluation.plan.domain.Plan;
import io.hatchery.persistence.Aggregate;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Action plans. A plan is drafted, revised while a draft, and published; each publication is a new revision that
 * supersedes the previous one (PlanPublished). {@code POST /imports} takes the plan file format directly.
 */
@RestController
@RequestMapping("/api/evaluation/plans")
public class PlanController {

    private final PlanService plans;

    public PlanController(PlanService plans) {
        this.plans = plans;
    }

    /** A plan's content; {@code region} may be a deployment zone; targets as in the plan file format. */
    public record PlanBody(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String issuer,
            @NotBlank String region,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotNull List<@NotNull PlanTarget> targets) {

        Plan.Content content() {
            return new Plan.Content(title, issuer, region, periodFrom, periodTo, targets);
        }
    }

    public record NewPlan(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,80}",
            message = "lower-case letters, digits and dashes, e.g. yancheng-2023-2025") String id,
            @NotNull @Valid PlanBody plan) {
    }

    public record PlanView(String id, long version, int revision, boolean draft, String title, String issuer,
            String region, LocalDate periodFrom, LocalDate periodTo, List<PlanTarget> targets) {

        static PlanView of(Aggregate<Plan> aggregate) {
            Plan plan = aggregate.state();
            return new PlanView(aggregate.id(), aggregate.version(), plan.revision(), plan.draft(), plan.title(),
                    plan.issuer(), plan.region(), plan.periodFrom(), plan.periodTo(), plan.targets());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<PlanView> draft(Actor actor, @Valid @RequestBody NewPlan body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        plans.validate(body.plan().content(), "plan.");
        Aggregate<Plan> plan = plans.draft(actor, body.id(), body.plan().content(),
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/evaluation/plans/" + plan.id())).eTag(ETags.of(plan))
                .body(PlanView.of(plan));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<PlanView> revise(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody PlanBody body) {
        return ok(plans.revise(actor, id, expectedVersion, body.content()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<PlanView> publish(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion) {
        return ok(plans.publish(actor, id, expectedVersion));
    }

    @GetMapping("/{id}")
    public ResponseEntity<PlanView> get(Actor actor, @PathVariable String id) {
        return ok(plans.get(actor, id));
    }

    /** The plans of a region subtree (default: the caller's jurisdiction), by id. */
    @GetMapping
    public List<PlanView> list(Actor actor, @RequestParam(required = false) String region) {
        return plans.list(actor, region).stream().map(PlanView::of).toList();
    }

    /** Imports a plan file (YAML, as the body or as a multipart {@code file}); a result per plan. */
    @PostMapping(path = "/imports", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    @PreAuthorize(Roles.OFFICERS)
    public List<PlanService.ImportResult> importYaml(Actor actor, @RequestBody String yaml) {
        return plans.importFile(actor, yaml);
    }

    @PostMapping(path = "/imports", consumes = "multipart/form-data")
    @PreAuthorize(Roles.OFFICERS)
    public List<PlanService.ImportResult> importFile(Actor actor, @RequestParam MultipartFile file)
            throws IOException {
        return plans.importFile(actor, new String(file.getBytes(), StandardCharsets.UTF_8));
    }

    private static ResponseEntity<PlanView> ok(Aggregate<Plan> plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan)).body(PlanView.of(plan));
    }
}
