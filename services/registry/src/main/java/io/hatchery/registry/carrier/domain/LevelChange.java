package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.registry.CertificationLevel;
import java.time.LocalDate;

/**
 * One entry of a carrier's certification history.
 *
 * @param level             the level from {@code effectiveDate} on; null after a delisting or a downgrade to none
 * @param certificateNumber for certifications, else null
 * @param reason            for downgrades and delistings, else null
 */
public record LevelChange(
        Kind kind,
        CertificationLevel level,
        String authority,
        String certificateNumber,
        String reason,
        LocalDate effectiveDate) {

    public enum Kind {
        CERTIFIED,
        DOWNGRADED,
        DELISTED
    }
}
