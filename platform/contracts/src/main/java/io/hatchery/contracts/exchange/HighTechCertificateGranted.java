package io.hatchery.contracts.exchange;

import java.time.LocalDate;

/**
 * The high-tech enterprise certification office granted the firm a certificate (valid three years unless
 * {@code validUntil} says otherwise).
 *
 * @param effectiveDate the certificate's date of issue
 */
public record HighTechCertificateGranted(
        String firmUscc,
        String certificateNumber,
        LocalDate validUntil,
        LocalDate effectiveDate) implements InboundFact {
}
