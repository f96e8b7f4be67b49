package io.hatchery.evaluation.cycle.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.evaluation.cycle.app.CycleService;
import io.hatchery.evaluation.cycle.domain.Cycle;
import io.hatchery.evaluation.cycle.domain.Result;
import io.hatchery.evaluation.cycle.domain.Submission;
import io.hatchery.persistence.Aggregate;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation cycles ({@code /api/evaluation/cycles}). Results are explainable: {@code GET
 * /{id}/results/{carrierId}} lists per indicator its value, source, points and weight.
 */
@RestController
@RequestMapping("/api/evaluation/cycles")
public class CycleController {

    private final CycleService cycles;

    public CycleController(CycleService cycles) {
        this.cycles = cycles;
    }

    /** {@code carriers} optional: by default every carrier of the region the scheme applies to. */
    public record OpenCycle(@Min(2000) @Max(2100) int year, @NotBlank String schemeId, @NotBlank String region,
            List<@NotBlank String> carriers) {
    }

    public record Figures(@NotNull Map<@NotBlank String, @NotNull BigDecimal> figures) {
    }

    public record Review(boolean accept, String reason) {
    }

    public record Points(@NotNull Map<@NotBlank String, @NotNull BigDecimal> points) {
    }

    public record Veto(@NotBlank String veto) {
    }

    public record CycleView(String id, long version, int year, String schemeId, String region, List<String> carriers,
            boolean closed, Map<String, Submission> submissions, Map<String, List<String>> vetoes,
            Map<String, Result> results) {

        static CycleView of(Aggregate<Cycle> aggregate) {
            Cycle cycle = aggregate.state();
            return new CycleView(aggregate.id(), aggregate.version(), cycle.year(), cycle.schemeId(), cycle.region(),
                    cycle.carriers(), cycle.closed(), cycle.submissions(), cycle.vetoes(), cycle.results());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CycleView> open(Actor actor, @Valid @RequestBody OpenCycle body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Cycle> cycle = cycles.open(actor, body.year(), body.schemeId(), body.region(), body.carriers(),
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/evaluation/cycles/" + cycle.id())).body(CycleView.of(cycle));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.SUPERVISORS)
    public ResponseEntity<CycleView> get(Actor actor, @PathVariable String id) {
        return ok(cycles.get(actor, id));
    }

    @PutMapping("/{id}/submissions/{carrierId}")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<CycleView> submit(Actor actor, @PathVariable String id, @PathVariable String carrierId,
            @IfMatch Long expectedVersion, @Valid @RequestBody Figures body) {
        return ok(cycles.submit(actor, id, expectedVersion, carrierId, body.figures()));
    }

    @PostMapping("/{id}/submissions/{carrierId}/review")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CycleView> review(Actor actor, @PathVariable String id, @PathVariable String carrierId,
            @IfMatch Long expectedVersion, @RequestBody Review body) {
        return ok(cycles.review(actor, id, expectedVersion, carrierId, body.accept(), body.reason()));
    }

    @PutMapping("/{id}/scores/{carrierId}")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CycleView> score(Actor actor, @PathVariable String id, @PathVariable String carrierId,
            @IfMatch Long expectedVersion, @Valid @RequestBody Points body) {
        return ok(cycles.score(actor, id, expectedVersion, carrierId, body.points()));
    }

    @PostMapping("/{id}/vetoes/{carrierId}")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CycleView> veto(Actor actor, @PathVariable String id, @PathVariable String carrierId,
            @IfMatch Long expectedVersion, @Valid @RequestBody Veto body) {
        return ok(cycles.veto(actor, id, expectedVersion, carrierId, body.veto()));
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CycleView> close(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        return ok(cycles.close(actor, id, expectedVersion));
    }

    @GetMapping("/{id}/results/{carrierId}")
    @PreAuthorize(Roles.SUPERVISORS)
    public Result result(Actor actor, @PathVariable String id, @PathVariable String carrierId) {
        Result result = cycles.get(actor, id).state().results().get(carrierId);
        if (result == null) {
            throw new AggregateNotFoundException("result", id + "/" + carrierId);
        }
        return result;
    }

    /** The cycle with its version as ETag, for a later command's {@code If-Match}. */
    private static ResponseEntity<CycleView> ok(Aggregate<Cycle> cycle) {
        return ResponseEntity.ok().eTag(ETags.of(cycle)).body(CycleView.of(cycle));
    }
}
