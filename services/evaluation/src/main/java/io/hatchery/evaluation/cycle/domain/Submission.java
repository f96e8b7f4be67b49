package io.hatchery.evaluation.cycle.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A carrier's annual figures (Torch-style; money in RMB thousand), and what the city made of them.
 *
 * @param returnReason why the city returned them, while RETURNED
 */
public record Submission(Map<String, BigDecimal> figures, Status status, String returnReason,
        LocalDate submittedOn) {

    public enum Status {
        SUBMITTED,
        ACCEPTED,
        RETURNED
    }

    public Submission {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** Submitted or accepted: it counts at closing. A returned one does not until it comes back. */
    public boolean counts() {
        return status != Status.RETURNED;
    }
}
