package io.hatchery.fundmatching.request.domain;

import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A firm's request for financing and the matches proposed for it.
 *
 * @param region    the firm's region
 * @param carrierId the carrier incubating the firm when it asked, or null
 * @param purpose   what the money is for, in the firm's words
 * @param fundedBy  the investment or loan that funded it, or null
 */
public record FinancingRequest(String id, String firmId, String firmUscc, String region, String carrierId,
        BigDecimal amountRmb, Instrument instrument, FundingStage stage, String purpose, RequestStatus status,
        LocalDate requestedOn, LocalDate expiresOn, List<ProposedMatch> matches, String fundedBy,
        LocalDate closedOn) {

    public FinancingRequest {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    public Optional<ProposedMatch> match(String matchId) {
        return matches.stream().filter(match -> match.matchId().equals(matchId)).findFirst();
    }

    public Optional<ProposedMatch> matchOf(String fundId) {
        return matches.stream().filter(match -> match.fundId().equals(fundId)).findFirst();
    }

    FinancingRequest with(RequestStatus newStatus, List<ProposedMatch> newMatches, String funded, LocalDate closed) {
        return new FinancingRequest(id, firmId, firmUscc, region, carrierId, amountRmb, instrument, stage, purpose,
                newStatus, requestedOn, expiresOn, newMatches, funded, closed);
    }
}
