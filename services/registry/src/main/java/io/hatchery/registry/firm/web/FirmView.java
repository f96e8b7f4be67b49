package io.hatchery.registry.firm.web;

import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.firm.domain.Firm;
import io.hatchery.registry.firm.domain.FirmStatus;
import io.hatchery.registry.firm.domain.Incubation;
import io.hatchery.registry.firm.domain.QualificationRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A firm as the API shows it.
 *
 * @param current          the open incubation, with its deadline; null when the firm is in no carrier
 * @param overdue          true when the firm is still incubated past its limit
 * @param cumulativeInvestmentRmb investments the platform has seen, RMB yuan
 * @param revenueRmb       operating revenue by fiscal year, RMB yuan, as the tax bureau reported it
 */
public record FirmView(
        String id,
        long version,
        String uscc,
        String name,
        LocalDate foundedOn,
        String industry,
        String region,
        FirmStatus status,
        Incubation current,
        LocalDate incubationDeadline,
        boolean overdue,
        boolean eligibleForGraduation,
        BigDecimal cumulativeInvestmentRmb,
        SortedMap<Integer, BigDecimal> revenueRmb,
        List<Incubation> incubations,
        List<QualificationRecord> qualifications,
        Instant createdAt,
        Instant updatedAt) {

    static FirmView of(Aggregate<Firm> aggregate, LocalDate today) {
        Firm firm = aggregate.state();
        Incubation current = firm.current();
        return new FirmView(aggregate.id(), aggregate.version(), firm.uscc(), firm.name(), firm.foundedOn(),
                firm.industry(), firm.region(), firm.status(), current, current == null ? null : current.deadline(),
                firm.isOverdueOn(today), firm.eligibleForGraduation(), firm.cumulativeInvestment(),
                new TreeMap<>(firm.revenues()), firm.incubations(),
                firm.qualifications(), aggregate.createdAt(), aggregate.updatedAt());
    }
}
