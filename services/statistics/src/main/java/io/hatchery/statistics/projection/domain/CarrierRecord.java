package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the events tell of a carrier beyond the register: its evaluations' ratings, the mentors it engaged (by
 * pseudonymous talent id) and how many firms it incubates, graduated and saw leave.
 */
public record CarrierRecord(String carrierId, String name, String kind, String region, List<Rating> ratings,
        List<MentorEngagement> mentors, long firmsIncubating, long firmsGraduated, long firmsExited) {

    public record Rating(String evaluationId, String rating, LocalDate date) {
    }

    /** A mentor engaged by the carrier; {@code until} null while engaged. */
    public record MentorEngagement(String talentId, LocalDate from, LocalDate until) {
    }
}
