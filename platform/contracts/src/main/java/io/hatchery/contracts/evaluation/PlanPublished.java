package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;
import java.util.List;

/**
 * An action plan was published, or republished as a new revision that supersedes the earlier one.
 *
 * @param region     the issuing region; targets may name it and regions below it
 * @param periodFrom first day of the plan period
 * @param periodTo   last day of the plan period
 */
public record PlanPublished(
        String planId,
        int revision,
        String title,
        String issuer,
        String region,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<PlanTarget> targets,
        LocalDate effectiveDate) implements DomainEvent {

    public PlanPublished {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
