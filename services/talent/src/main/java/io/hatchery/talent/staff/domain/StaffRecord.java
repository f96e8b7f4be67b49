package io.hatchery.talent.staff.domain;

import io.hatchery.contracts.talent.StaffReported;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A carrier's service staff (专业孵化服务人员) over time: each report gives the headcount by kind from a date on, and
 * how many hold a training certificate.
 */
public record StaffRecord(String carrierId, String region, List<Report> reports) {

    /** Headcounts from {@code asOf} on. */
    public record Report(LocalDate asOf, int fullTime, int partTime, int trained) {
    }

    public StaffRecord {
        reports = reports == null ? List.of() : reports.stream().sorted(Comparator.comparing(Report::asOf)).toList();
    }

    public static String idOf(String carrierId) {
        return "staff-" + carrierId;
    }

    /** The report in force on a date. */
    public Optional<Report> on(LocalDate date) {
        return reports.stream().filter(report -> !report.asOf().isAfter(date)).reduce((a, b) -> b);
    }

    public static List<FieldProblem> problems(int fullTime, int partTime, int trained, LocalDate asOf,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fullTime < 0 || fullTime > 100_000) {
            problems.add(new FieldProblem("fullTime", "must be 0 to 100000"));
        }
        if (partTime < 0 || partTime > 100_000) {
            problems.add(new FieldProblem("partTime", "must be 0 to 100000"));
        }
        if (trained < 0 || trained > fullTime + partTime) {
            problems.add(new FieldProblem("trained", "must be 0 to the headcount (" + (fullTime + partTime) + ")"));
        }
        if (asOf.isAfter(today)) {
            problems.add(new FieldProblem("asOf", "is in the future"));
        }
        return problems;
    }

    /** A report for a date; one for the same date replaces it; the same report again changes nothing. */
    public static Decision<StaffRecord> report(StaffRecord record, Report report) {
        if (record.reports().contains(report)) {
            return Decision.unchanged(record);
        }
        List<Report> reports = new ArrayList<>(record.reports().stream()
                .filter(existing -> !existing.asOf().equals(report.asOf())).toList());
        reports.add(report);
        return new Decision<>(new StaffRecord(record.carrierId(), record.region(), reports), List.of(
                new StaffReported(record.carrierId(), record.region(), report.fullTime(), report.partTime(),
                        report.trained(), report.asOf())));
    }
}
