package io.hatchery.contracts.exchange;

import java.time.LocalDate;

/**
 * A high-tech enterprise certificate was revoked (or cancelled) before its time.
 *
 * @param effectiveDate the day of revocation
 */
public record HighTechCertificateRevoked(
        String firmUscc,
        String certificateNumber,
        String reason,
        LocalDate effectiveDate) implements InboundFact {
}
