package io.hatchery.contracts.talent;

import io.hatchery.contracts.DomainEvent;
import java.time.LocalDate;

/**
 * A person entered the talent register. Carries a pseudonymous id and non-personal attributes only: no name, identity number, phone or email ever travels in an event.
 *
 * @param talentId pseudonymous, unrelated to the identity number
 * @param returnee studied or worked abroad (海归)
 * @param field field of expertise
 * @param foreign identified by a passport
 */
public record TalentRegistered(
        String talentId,
        String region,
        Education education,
        boolean returnee,
        String field,
        boolean foreign,
        LocalDate effectiveDate) implements DomainEvent {
}
