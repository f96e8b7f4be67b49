package io.hatchery.registry.firm.domain;

/**
 * Filters of the firm list; null means "any".
 *
 * @param region  the firm's region or its current carrier's region lies in this subtree
 * @param carrier firms currently in this carrier
 * @param overdue only firms past their incubation limit today
 */
public record FirmQuery(String region, String carrier, FirmStatus status, Boolean overdue,
        Boolean eligibleForGraduation, String uscc, int page, int size) {
}
