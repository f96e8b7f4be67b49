package io.hatchery.fundmatching.request.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.funding.FinancingRequestClosed;
import io.hatchery.contracts.funding.FinancingRequested;
import io.hatchery.contracts.funding.InvestmentMade;
import io.hatchery.contracts.funding.MatchAccepted;
import io.hatchery.contracts.funding.MatchDeclined;
import io.hatchery.contracts.funding.MatchProposed;
import io.hatchery.contracts.funding.RequestOutcome;
import io.hatchery.fundmatching.matching.domain.Match;
import io.hatchery.kernel.domain.Decision;
import io.hatchery.kernel.domain.FieldProblem;
import io.hatchery.kernel.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Decisions about financing requests and their matches, as pure functions of the command and the state. */
public final class RequestRules {

    private static final BigDecimal MAX_RMB = BigDecimal.valueOf(InvestmentMade.MAX_AMOUNT_RMB);

    private RequestRules() {
    }

    public static List<FieldProblem> problems(BigDecimal amountRmb, LocalDate expiresOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (amountRmb.signum() <= 0) {
            problems.add(new FieldProblem("amountRmb", "must be more than 0"));
        } else if (amountRmb.compareTo(MAX_RMB) > 0) {
            problems.add(new FieldProblem("amountRmb", "must be at most " + MAX_RMB.toPlainString()));
        } else if (amountRmb.scale() > 2) {
            problems.add(new FieldProblem("amountRmb", "must have at most two decimals (fen)"));
        }
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            problems.add(new FieldProblem("expiresOn", "must be after today"));
        }
        return problems;
    }

    public static Decision<FinancingRequest> request(FinancingRequest request) {
        return new Decision<>(request, List.of(new FinancingRequested(request.id(), request.firmId(),
                request.region(), request.carrierId(), request.amountRmb(), request.instrument(), request.stage(),
                request.requestedOn())));
    }

    /**
     * Proposes the ranking's funds to an open request; a request that has proposals keeps them (and their scores)
     * and gets none again.
     */
    public static Decision<FinancingRequest> propose(FinancingRequest request, List<Match> ranking, boolean lenders,
            LocalDate today) {
        requireOpen(request);
        if (request.status() == RequestStatus.MATCHED) {
            return Decision.unchanged(request);
        }
        if (ranking.isEmpty()) {
            throw new RuleViolation("no-candidate", "no open " + (lenders ? "bank" : "fund")
                    + " admits this request's amount, stage and instrument");
        }
        List<ProposedMatch> matches = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            Match match = ranking.get(i);
            String matchId = ProposedMatch.idOf(request.id(), match.fundId());
            matches.add(new ProposedMatch(matchId, match.fundId(), lenders, match.score(), i + 1, match.reasons(),
                    MatchStatus.PROPOSED, null, null, null));
            events.add(new MatchProposed(request.id(), matchId, lenders ? null : match.fundId(),
                    lenders ? match.fundId() : null, match.score(), i + 1, request.region(), today));
        }
        return new Decision<>(request.with(RequestStatus.MATCHED, matches, null, null), events);
    }

    /** The fund (or bank) takes the proposal up; accepting an accepted match changes nothing. */
    public static Decision<FinancingRequest> accept(FinancingRequest request, String matchId, LocalDate today) {
        ProposedMatch match = proposed(request, matchId);
        if (match.status() == MatchStatus.ACCEPTED) {
            return Decision.unchanged(request);
        }
        if (match.status() == MatchStatus.DECLINED) {
            throw new RuleViolation("match-declined", "the match was declined on " + match.decidedOn());
        }
        return new Decision<>(replace(request, match.decided(MatchStatus.ACCEPTED, null, today)),
                List.of(new MatchAccepted(request.id(), matchId, request.region(), today)));
    }

    /** The fund (or bank) turns the proposal down, saying why. */
    public static Decision<FinancingRequest> decline(FinancingRequest request, String matchId, String reason,
            LocalDate today) {
        ProposedMatch match = proposed(request, matchId);
        if (match.status() == MatchStatus.DECLINED) {
            return Decision.unchanged(request);
        }
        if (match.status() == MatchStatus.ACCEPTED) {
            throw new RuleViolation("match-accepted", "the match was accepted on " + match.decidedOn());
        }
        return new Decision<>(replace(request, match.decided(MatchStatus.DECLINED, reason, today)),
                List.of(new MatchDeclined(request.id(), matchId, request.region(), reason, today)));
    }

    /**
     * An investment or loan by one of the request's funds funded it: the request closes as funded and the fund's
     * match (accepted or not) is linked to it, so conversions can be counted.
     *
     * @param loan whether {@code fundedBy} is a loan's id rather than an investment's
     */
    public static Decision<FinancingRequest> fund(FinancingRequest request, String fundId, String fundedBy,
            boolean loan, LocalDate on) {
        if (request.status() == RequestStatus.FUNDED && fundedBy.equals(request.fundedBy())) {
            return Decision.unchanged(request);
        }
        requireOpen(request);
        List<ProposedMatch> matches = request.matches().stream()
                .map(match -> match.fundId().equals(fundId) ? match.funding(fundedBy) : match).toList();
        FinancingRequest funded = request.with(RequestStatus.FUNDED, matches, fundedBy, on);
        String matchId = request.matches().stream().filter(match -> match.fundId().equals(fundId))
                .map(ProposedMatch::matchId).findFirst().orElse(null);
        return new Decision<>(funded, List.of(new FinancingRequestClosed(request.id(), request.region(),
                RequestOutcome.FUNDED, loan ? null : fundedBy, loan ? fundedBy : null, matchId, on)));
    }

    /** The firm no longer asks. */
    public static Decision<FinancingRequest> withdraw(FinancingRequest request, LocalDate today) {
        if (request.status() == RequestStatus.WITHDRAWN) {
            return Decision.unchanged(request);
        }
        requireOpen(request);
        return close(request, RequestStatus.WITHDRAWN, RequestOutcome.WITHDRAWN, today);
    }

    /** Closes an open request past its expiry date; anything else is left as it is. */
    public static Decision<FinancingRequest> expire(FinancingRequest request, LocalDate today) {
        if (request.status().isClosed() || request.expiresOn() == null || !today.isAfter(request.expiresOn())) {
            return Decision.unchanged(request);
        }
        return close(request, RequestStatus.EXPIRED, RequestOutcome.EXPIRED, today);
    }

    private static Decision<FinancingRequest> close(FinancingRequest request, RequestStatus status,
            RequestOutcome outcome, LocalDate today) {
        return new Decision<>(request.with(status, request.matches(), null, today),
                List.of(new FinancingRequestClosed(request.id(), request.region(), outcome, null, null, null,
                        today)));
    }

    private static void requireOpen(FinancingRequest request) {
        if (request.status().isClosed()) {
            throw new RuleViolation("request-closed", "the request is "
                    + request.status().name().toLowerCase(Locale.ROOT) + " since " + request.closedOn());
        }
    }

    private static ProposedMatch proposed(FinancingRequest request, String matchId) {
        requireOpen(request);
        return request.match(matchId).orElseThrow(() -> new RuleViolation("unknown-match",
                "the request has no match " + matchId));
    }

    private static FinancingRequest replace(FinancingRequest request, ProposedMatch changed) {
        List<ProposedMatch> matches = request.matches().stream()
                .map(match -> match.matchId().equals(changed.matchId()) ? changed : match).toList();
        return request.with(request.status(), matches, request.fundedBy(), request.closedOn());
    }
}
