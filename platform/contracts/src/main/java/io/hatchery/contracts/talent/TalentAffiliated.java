package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * The person works at a firm or a carrier from a date (a founder of the firm or not); both null: no affiliation any more.
 */
public record TalentAffiliated(
        String talentId,
        String region,
        String firmId,
        String carrierId,
        boolean founder,
        LocalDate effectiveDate) implements DomainEvent {
}
