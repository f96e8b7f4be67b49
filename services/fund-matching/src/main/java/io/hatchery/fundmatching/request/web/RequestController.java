package io.hatchery.fundmatching.request.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.fundmatching.matching.domain.Match;
import io.hatchery.fundmatching.matching.domain.Reason;
import io.hatchery.fundmatching.request.app.RequestService;
import io.hatchery.fundmatching.request.domain.FinancingRequest;
import io.hatchery.fundmatching.request.domain.ProposedMatch;
import io.hatchery.fundmatching.request.domain.RequestStatus;
import io.hatchery.persistence.Aggregate;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Financing requests, their ranked funds with the reasons for each, the proposals and the answers, and a fund's
 * deal flow.
 */
@RestController
@Validated
public class RequestController {

    private static final String REQUESTS = "/api/fund-matching/requests";

    private final RequestService requests;

    public RequestController(RequestService requests) {
        this.requests = requests;
    }

    /** Body of {@code POST /requests}. */
    public record MakeRequest(@NotBlank String firmId, @NotNull BigDecimal amountRmb, @NotNull Instrument instrument,
            @NotNull FundingStage stage, @Size(max = 1000) String purpose, LocalDate expiresOn) {
    }

    /** Body of {@code POST /requests/{id}/matches/{matchId}/decline}. */
    public record Decline(@NotBlank @Size(max = 500) String reason) {
    }

    /** A scored fund (or bank) and every reason of its score. */
    public record MatchView(String fundId, BigDecimal score, List<Reason> reasons) {

        static MatchView of(Match match) {
            return new MatchView(match.fundId(), match.score(), match.reasons());
        }
    }

    /** A request as the API shows it; {@code version} is also the ETag. */
    public record RequestView(String id, long version, String firmId, String firmUscc, String region,
            String carrierId, BigDecimal amountRmb, Instrument instrument, FundingStage stage, String purpose,
            RequestStatus status, LocalDate requestedOn, LocalDate expiresOn, List<ProposedMatch> matches,
            String fundedBy, LocalDate closedOn) {

        static RequestView of(Aggregate<FinancingRequest> aggregate) {
            FinancingRequest request = aggregate.state();
            return new RequestView(request.id(), aggregate.version(), request.firmId(), request.firmUscc(),
                    request.region(), request.carrierId(), request.amountRmb(), request.instrument(),
                    request.stage(), request.purpose(), request.status(), request.requestedOn(), request.expiresOn(),
                    request.matches(), request.fundedBy(), request.closedOn());
        }
    }

    /** A request in a fund's deal flow, with the fund's score for it. */
    public record DealView(String requestId, String firmId, String region, BigDecimal amountRmb,
            Instrument instrument, FundingStage stage, RequestStatus status, MatchView match) {

        static DealView of(RequestService.DealFlowEntry entry) {
            FinancingRequest request = entry.request();
            return new DealView(request.id(), request.firmId(), request.region(), request.amountRmb(),
                    request.instrument(), request.stage(), request.status(), MatchView.of(entry.match()));
        }
    }

    @PostMapping(REQUESTS)
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<RequestView> request(Actor actor, @Valid @RequestBody MakeRequest body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<FinancingRequest> request = requests.request(actor, new RequestService.RequestInput(body.firmId(),
                body.amountRmb(), body.instrument(), body.stage(), body.purpose(), body.expiresOn()), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create(REQUESTS + "/" + request.id())).eTag(ETags.of(request))
                .body(RequestView.of(request));
    }

    @GetMapping(REQUESTS + "/{id}")
    @PreAuthorize(Roles.FINANCING_PARTIES + " or hasRole('AUDITOR')")
    public ResponseEntity<RequestView> get(Actor actor, @PathVariable String id) {
        return ok(requests.get(actor, id));
    }

    /** Requests of a region subtree (default: the caller's); an operator sees its own carrier's firms'. */
    @GetMapping(REQUESTS)
    @PreAuthorize(Roles.SUPERVISORS)
    public Page<RequestView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return requests.list(actor, region, status, page, size).map(RequestView::of);
    }

    /** The funds (or banks) that would be proposed now, best first, each with its reasons; nothing is stored. */
    @GetMapping(REQUESTS + "/{id}/ranking")
    @PreAuthorize(Roles.SUPERVISORS)
    public List<MatchView> ranking(Actor actor, @PathVariable String id) {
        return requests.ranking(actor, id).stream().map(MatchView::of).toList();
    }

    /** Proposes the best funds (or banks) to the request, once. */
    @PostMapping(REQUESTS + "/{id}/proposals")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<RequestView> propose(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        return ok(requests.propose(actor, id, expectedVersion));
    }

    @PostMapping(REQUESTS + "/{id}/matches/{matchId}/acceptance")
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<RequestView> accept(Actor actor, @PathVariable String id, @PathVariable String matchId,
            @IfMatch Long expectedVersion) {
        return ok(requests.accept(actor, id, matchId, expectedVersion));
    }

    @PostMapping(REQUESTS + "/{id}/matches/{matchId}/decline")
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<RequestView> decline(Actor actor, @PathVariable String id, @PathVariable String matchId,
            @IfMatch Long expectedVersion, @Valid @RequestBody Decline body) {
        return ok(requests.decline(actor, id, matchId, body.reason(), expectedVersion));
    }

    @PostMapping(REQUESTS + "/{id}/withdrawal")
    @PreAuthorize(Roles.OFFICERS_AND_OPERATORS)
    public ResponseEntity<RequestView> withdraw(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        return ok(requests.withdraw(actor, id, expectedVersion));
    }

    /** The undecided requests of the fund's region that it may be proposed to, best first. */
    @GetMapping("/api/fund-matching/funds/{fundId}/deal-flow")
    @PreAuthorize(Roles.FUNDING_READERS)
    public List<DealView> dealFlow(Actor actor, @PathVariable String fundId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return requests.dealFlow(actor, fundId, limit).stream().map(DealView::of).toList();
    }

    private static ResponseEntity<RequestView> ok(Aggregate<FinancingRequest> request) {
        return ResponseEntity.ok().eTag(ETags.of(request)).body(RequestView.of(request));
    }
}
