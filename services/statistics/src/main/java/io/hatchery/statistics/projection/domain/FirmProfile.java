package io.hatchery.statistics.projection.domain;

import io.hatchery.statistics.projection.domain.FirmRecord.Eligibility;
import io.hatchery.statistics.projection.domain.FirmRecord.Financing;
import io.hatchery.statistics.projection.domain.FirmRecord.Mentoring;
import io.hatchery.statistics.projection.domain.FirmRecord.Milestone;
import java.time.LocalDate;
import java.util.List;

/**
 * One view of a firm from every service's events (Yancheng's 数字企业画像): the registry's facts and history, the
 * carriers it passed through (its chain), its qualifications, financing, mentors, its carriers' ratings and the
 * graduation conditions it met.
 */
public record FirmProfile(String id, String uscc, String name, LocalDate foundedOn, String industry, String region,
        LocalDate registeredOn, List<Stay> chain, List<QualificationHeld> qualifications, List<Financing> financing,
        long investedRmb, long borrowedRmb, List<Mentoring> mentoring, List<CarrierRating> carrierRatings,
        List<Eligibility> eligibility, List<Milestone> history) {

    /** A stay in a carrier; {@code outcome} GRADUATED, EXITED or INCUBATING. */
    public record Stay(String carrierId, String carrierName, String kind, ChainStage stage, String carrierRegion,
            LocalDate admitted, LocalDate ended, String outcome) {
    }

    /** A qualification held from {@code from} up to, not including, {@code until} (null: open). */
    public record QualificationHeld(String type, String number, LocalDate from, LocalDate until) {
    }

    /** A completed evaluation of a carrier the firm stayed in. */
    public record CarrierRating(String carrierId, String carrierName, String rating, LocalDate date) {
    }
}
