package io.hatchery.contracts.evaluation;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A plan was drafted or its draft changed; nothing is in force until it is published (PlanPublished).
 *
 * @param targets how many targets the draft has
 */
public record PlanDrafted(String planId, String title, String region, LocalDate periodFrom, LocalDate periodTo,
        int targets, LocalDate effectiveDate) implements DomainEvent {
}
