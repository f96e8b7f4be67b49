package io.hatchery.contracts.exchange;

import java.time.LocalDate;

/**
 * The national tech-SME evaluation registered the firm for a year (科技型中小企业入库登记编号).
 *
 * @param year               the year the registration is valid for
 * @param registrationNumber the registration number
 * @param effectiveDate      the day of registration
 */
public record TechSmeRegistered(
        String firmUscc,
        int year,
        String registrationNumber,
        LocalDate effectiveDate) implements InboundFact {
}
