package io.hatchery.statistics.projection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the firm profile shows beyond the figures' facts: the registry's facts of the firm, its history, the
 * graduation conditions it met, its financing and its mentors (by pseudonymous talent id only).
 *
 * @param region where the firm is registered; null until its registration has been seen
 */
public record FirmRecord(String id, String uscc, String name, LocalDate foundedOn, String industry, String region,
        LocalDate registeredOn, List<Milestone> history, List<Eligibility> eligibility, List<Financing> financing,
        List<Mentoring> mentoring) {

    /** Something that happened to the firm in the register: {@code kind} an event name, {@code detail} its gist. */
    public record Milestone(LocalDate date, String kind, String carrierId, String detail) {
    }

    /** A graduation condition met (e.g. INVESTMENT_OVER_5M) while incubated in {@code carrierId}. */
    public record Eligibility(String basis, String carrierId, LocalDate date) {
    }

    /** An investment ({@code INVESTMENT}) or a policy loan ({@code LOAN}), in RMB yuan. */
    public record Financing(String id, String kind, LocalDate date, long amount, String from, String round,
            String riskPool) {
    }

    /** A mentor (pseudonymous talent id) coaching the firm for a carrier; {@code until} null while it lasts. */
    public record Mentoring(String talentId, String carrierId, LocalDate from, LocalDate until) {
    }

    public FirmRecord {
        history = history == null ? List.of() : List.copyOf(history);
        eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
        financing = financing == null ? List.of() : List.copyOf(financing);
        mentoring = mentoring == null ? List.of() : List.copyOf(mentoring);
    }

    static FirmRecord unknown(String id) {
        return new FirmRecord(id, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    FirmRecord registered(String uscc, String name, LocalDate foundedOn, String industry, String region,
            LocalDate on) {
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, on, history, eligibility, financing,
                mentoring).with(new Milestone(on, "REGISTERED", null, region));
    }

    FirmRecord with(Milestone milestone) {
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn,
                append(history, milestone), eligibility, financing, mentoring);
    }

    FirmRecord eligible(Eligibility condition) {
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn, history,
                append(eligibility, condition), financing, mentoring);
    }

    /** Records a financing; one with the same id (re-published with corrections) replaces the earlier one. */
    FirmRecord financed(Financing entry) {
        List<Financing> changed = new ArrayList<>(financing);
        changed.removeIf(known -> known.id().equals(entry.id()));
        changed.add(entry);
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn, history, eligibility,
                changed, mentoring);
    }

    FirmRecord withoutFinancing(String financingId) {
        List<Financing> changed = new ArrayList<>(financing);
        changed.removeIf(known -> known.id().equals(financingId));
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn, history, eligibility,
                changed, mentoring);
    }

    FirmRecord mentored(Mentoring entry) {
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn, history, eligibility,
                financing, append(mentoring, entry));
    }

    /** Ends the running mentoring by this talent; one that is not running stays as it is. */
    FirmRecord mentoringEnded(String talentId, LocalDate on) {
        List<Mentoring> changed = new ArrayList<>(mentoring);
        for (int i = changed.size() - 1; i >= 0; i--) {
            Mentoring entry = changed.get(i);
            if (entry.talentId().equals(talentId) && entry.until() == null) {
                changed.set(i, new Mentoring(talentId, entry.carrierId(), entry.from(), on));
                break;
            }
        }
        return new FirmRecord(id, uscc, name, foundedOn, industry, region, registeredOn, history, eligibility,
                financing, changed);
    }

    private static <T> List<T> append(List<T> list, T entry) {
        List<T> copy = new ArrayList<>(list);
        copy.add(entry);
        return copy;
    }
}
