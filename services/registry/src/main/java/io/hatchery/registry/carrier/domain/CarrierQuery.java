package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import java.time.LocalDate;

/**
 * Filters of the carrier list; null means "any".
 *
 * @param region       a region code: the carrier's statistical region lies in its subtree
 * @param levelAtLeast certification level in force on {@code at} is this or higher
 * @param level        certification level in force on {@code at} is exactly this
 * @param at           date for the level filters (default today)
 */
public record CarrierQuery(
        String region,
        CarrierKind kind,
        CertificationLevel level,
        CertificationLevel levelAtLeast,
        LocalDate at,
        CarrierStatus status,
        Designation designation,
        String name,
        int page,
        int size) {
}
