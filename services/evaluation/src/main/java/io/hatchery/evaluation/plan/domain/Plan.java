package io.hatchery.evaluation.plan.domain;

import io.hatchery.contracts.evaluation.PlanTarget;
import java.time.LocalDate;
import java.util.List;

/**
 * An action plan: its period, region and targets.
 *
 * @param revision the revision last published (0 while never published); the next publication is revision + 1
 * @param draft    true when the content changed since the last publication
 */
public record Plan(
        String id,
        String title,
        String issuer,
        String region,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<PlanTarget> targets,
        int revision,
        boolean draft) {

    public Plan {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** The plan's content (what a revision changes), without its publication bookkeeping. */
    public record Content(String title, String issuer, String region, LocalDate periodFrom, LocalDate periodTo,
            List<PlanTarget> targets) {
    }

    public Content content() {
        return new Content(title, issuer, region, periodFrom, periodTo, targets);
    }
}
