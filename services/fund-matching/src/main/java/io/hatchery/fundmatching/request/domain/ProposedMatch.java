package io.hatchery.fundmatching.request.domain;

import io.hatchery.fundmatching.matching.domain.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund or bank proposed to a request, with the score and reasons it was proposed with (later weight changes do
 * not touch them).
 *
 * @param investmentId the investment (or loan) that followed it, or null
 */
public record ProposedMatch(String matchId, String fundId, boolean lender, BigDecimal score, int rank,
        List<Reason> reasons, MatchStatus status, String declineReason, LocalDate decidedOn, String investmentId) {

    public ProposedMatch {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static String idOf(String requestId, String fundId) {
        return "match-" + requestId + "-" + fundId;
    }

    ProposedMatch decided(MatchStatus decision, String reason, LocalDate on) {
        return new ProposedMatch(matchId, fundId, lender, score, rank, reasons, decision, reason, on, investmentId);
    }

    ProposedMatch funding(String investment) {
        return new ProposedMatch(matchId, fundId, lender, score, rank, reasons, status, declineReason, decidedOn,
                investment);
    }
}
