package io.hatchery.statistics.targets.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.region.RegionChecks;
import io.hatchery.contracts.region.RegionCatalog;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.statistics.projection.domain.PlanFacts;
import io.hatchery.statistics.query.web.TableExport;
import io.hatchery.statistics.targets.domain.Progress;
import io.hatchery.statistics.targets.domain.ProgressRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action plans as published, and their progress: actual against target per region. */
@RestController
@RequestMapping("/api/statistics/plans")
public class PlanProgressController {

    private final ProjectionEngine engine;
    private final RegionScope scope;
    private final RegionCatalog regions;
    private final Clock clock;

    public PlanProgressController(ProjectionEngine engine, RegionScope scope, RegionCatalog regions, Clock clock) {
        this.engine = engine;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    public record PlanSummary(String planId, int revision, String title, String issuer, String region,
            LocalDate periodFrom, LocalDate periodTo, int targets) {
    }

    public record ProgressView(PlanSummary plan, LocalDate asOf, List<ProgressRow> rows) {
    }

    /** The plans of a region subtree (default: the caller's jurisdiction). */
    @GetMapping
    public List<PlanSummary> plans(Actor actor, @RequestParam(required = false) String region) {
        String subtree = region != null ? region : actor.region();
        RegionChecks.requireKnown(regions, "region", subtree);
        scope.requireRead(actor, subtree);
        return engine.read(projection -> projection.plans().stream()
                .filter(plan -> plan.region() != null && regions.isWithin(plan.region(), subtree))
                .sorted(Comparator.comparing(PlanFacts::planId))
                .map(PlanProgressController::summary).toList());
    }

    @GetMapping("/{planId}/progress")
    public ResponseEntity<?> progress(Actor actor, @PathVariable String planId,
            @RequestParam(required = false) String format,
            @RequestHeader(name = "Accept", required = false) String accept) {
        LocalDate today = LocalDate.now(clock);
        ProgressView view = engine.read(projection -> {
            PlanFacts plan = projection.plan(planId);
            if (plan == null) {
                throw new AggregateNotFoundException("plan", planId);
            }
            if (plan.region() != null) {
                scope.requireRead(actor, plan.region());
            }
            return new ProgressView(summary(plan), today, Progress.of(plan, projection, today));
        });
        MediaType type = ProgressTable.requested(format, accept);
        return type == null ? ResponseEntity.ok(view) : ProgressTable.render(view, type);
    }

    private static PlanSummary summary(PlanFacts plan) {
        return new PlanSummary(plan.planId(), plan.revision(), plan.title(), plan.issuer(), plan.region(),
                plan.periodFrom(), plan.periodTo(), plan.targets().size());
    }

    /** The progress table as CSV or .xlsx, one row per target, region and window. */
    static final class ProgressTable {

        private ProgressTable() {
        }

        static MediaType requested(String format, String accept) {
            return TableExport.requested(format, accept);
        }

        static ResponseEntity<byte[]> render(ProgressView view, MediaType type) {
            List<List<Object>> rows = new ArrayList<>();
            for (ProgressRow row : view.rows()) {
                rows.add(Arrays.asList(row.targetId(), row.indicator(), row.filter().toString(),
                        row.measure().name(), row.region(), text(row.at()), text(row.from()), text(row.to()),
                        row.target(), row.stretch(), row.actual(), row.ratio(), row.status().name(),
                        row.note() == null ? "" : row.note()));
            }
            return TableExport.render(view.plan().planId() + "-progress",
                    List.of("target", "indicator", "filter", "measure", "region", "at", "from", "to", "target_value",
                            "stretch", "actual", "ratio", "status", "note"), rows, type);
        }

        private static String text(LocalDate date) {
            return date == null ? "" : date.toString();
        }
    }
}
