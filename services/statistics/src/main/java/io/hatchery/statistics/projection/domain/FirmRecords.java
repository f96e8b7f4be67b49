package io.hatchery.statistics.projection.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.LoanGranted;
import io.hatchery.contracts.identity.FirmIds;
import io.hatchery.contracts.registry.CarrierProfileChanged;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.contracts.registry.FirmAdmitted;
import io.hatchery.contracts.registry.FirmExited;
import io.hatchery.contracts.registry.FirmGraduated;
import io.hatchery.contracts.registry.FirmGraduationEligible;
import io.hatchery.contracts.registry.FirmQualificationLapsed;
import io.hatchery.contracts.registry.FirmQualified;
import io.hatchery.contracts.registry.FirmRegistered;
import io.hatchery.contracts.registry.GraduationBasis;
import io.hatchery.contracts.talent.MentoringEnded;
import io.hatchery.contracts.talent.MentoringStarted;
import io.hatchery.statistics.projection.domain.FirmRecord.Eligibility;
import io.hatchery.statistics.projection.domain.FirmRecord.Financing;
import io.hatchery.statistics.projection.domain.FirmRecord.Mentoring;
import io.hatchery.statistics.projection.domain.FirmRecord.Milestone;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The write side of the firm profiles: a {@link FirmRecord} per firm, the carriers' names, and which firms stayed in
 * carriers of each region (a region and every region above it), so that a region's chain visits only its firms.
 * Events reach it once each, after the projection's version check.
 */
final class FirmRecords {

    private final Function<String, List<String>> selfAndAncestors;
    private final Map<String, FirmRecord> records = new HashMap<>();
    private final Map<String, String> carrierNames = new HashMap<>();
    private final Map<String, String> firmOfFinancing = new HashMap<>();
    private final Map<String, Set<String>> firmsByStayRegion = new HashMap<>();

    FirmRecords(Function<String, List<String>> selfAndAncestors) {
        this.selfAndAncestors = selfAndAncestors;
    }

    void apply(DomainEvent event) {
        if (event instanceof CarrierRegistered e) {
            carrierNames.put(e.carrierId(), e.profile().name());
        } else if (event instanceof CarrierProfileChanged e) {
            carrierNames.put(e.carrierId(), e.profile().name());
        } else if (event instanceof FirmRegistered e) {
            change(e.firmId(), record -> record.registered(e.uscc(), e.name(), e.foundedOn(), e.industry(),
                    e.region(), e.effectiveDate()));
        } else if (event instanceof FirmAdmitted e) {
            indexStay(e.firmId(), e.carrierRegion());
            change(e.firmId(), record -> record.with(new Milestone(e.effectiveDate(), "ADMITTED", e.carrierId(),
                    null)));
        } else if (event instanceof FirmGraduated e) {
            change(e.firmId(), record -> record.with(new Milestone(e.effectiveDate(), "GRADUATED", e.carrierId(),
                    e.basis().stream().map(GraduationBasis::name).collect(Collectors.joining(",")))));
        } else if (event instanceof FirmExited e) {
            change(e.firmId(), record -> record.with(new Milestone(e.effectiveDate(), "EXITED", e.carrierId(),
                    e.reason() == null ? null : e.reason().name())));
        } else if (event instanceof FirmQualified e) {
            change(e.firmId(), record -> record.with(new Milestone(e.effectiveDate(), "QUALIFIED", null,
                    e.qualification().name())));
        } else if (event instanceof FirmQualificationLapsed e) {
            change(e.firmId(), record -> record.with(new Milestone(e.effectiveDate(), "QUALIFICATION_LAPSED", null,
                    e.qualification().name())));
        } else if (event instanceof FirmGraduationEligible e) {
            change(e.firmId(), record -> record.eligible(new Eligibility(e.basis().name(), e.carrierId(),
                    e.effectiveDate())));
        } else if (event instanceof InvestmentMade e) {
            String investor = e.fundId() != null ? e.fundId() : e.investorName();
            financed(FirmIds.of(e.firmId(), e.firmUscc()), new Financing(e.investmentId(), "INVESTMENT",
                    e.effectiveDate(), Projection.rmb(e.amountRmb()), investor, e.round(), null));
        } else if (event instanceof LoanGranted e) {
            financed(FirmIds.of(e.firmId(), e.firmUscc()), new Financing(e.loanId(), "LOAN", e.effectiveDate(),
                    Projection.rmb(e.amountRmb()), e.bankId(), null, e.riskPool()));
        } else if (event instanceof MentoringStarted e) {
            change(e.firmId(), record -> record.mentored(new Mentoring(e.talentId(), e.carrierId(),
                    e.effectiveDate(), null)));
        } else if (event instanceof MentoringEnded e) {
            change(e.firmId(), record -> record.mentoringEnded(e.talentId(), e.effectiveDate()));
        }
    }

    /** A financing re-published for another firm (a corrected USCC) leaves the firm it named before. */
    private void financed(String firmId, Financing financing) {
        String before = firmOfFinancing.put(financing.id(), firmId);
        if (before != null && !before.equals(firmId)) {
            change(before, record -> record.withoutFinancing(financing.id()));
        }
        change(firmId, record -> record.financed(financing));
    }

    private void change(String firmId, Function<FirmRecord, FirmRecord> change) {
        records.put(firmId, change.apply(records.getOrDefault(firmId, FirmRecord.unknown(firmId))));
    }

    /** The firm stayed in a carrier of this region: it belongs to the chains of the region and those above. */
    void indexStay(String firmId, String carrierRegion) {
        if (carrierRegion == null) {
            return;
        }
        for (String region : selfAndAncestors.apply(carrierRegion)) {
            firmsByStayRegion.computeIfAbsent(region, r -> new HashSet<>()).add(firmId);
        }
    }

    FirmRecord get(String firmId) {
        return records.get(firmId);
    }

    String carrierName(String carrierId) {
        return carrierNames.get(carrierId);
    }

    Set<String> firmsWithStaysIn(String region) {
        return firmsByStayRegion.getOrDefault(region, Set.of());
    }

    Collection<FirmRecord> all() {
        return records.values();
    }

    Map<String, String> carrierNames() {
        return carrierNames;
    }

    void restore(List<FirmRecord> stored, Map<String, String> names) {
        names.forEach(carrierNames::put);
        for (FirmRecord record : stored) {
            records.put(record.id(), record);
            record.financing().forEach(financing -> firmOfFinancing.put(financing.id(), record.id()));
        }
    }
}
