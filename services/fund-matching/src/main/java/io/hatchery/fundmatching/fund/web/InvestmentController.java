package io.hatchery.fundmatching.fund.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.contracts.funding.Instrument;
import io.hatchery.fundmatching.fund.app.InvestmentService;
import io.hatchery.fundmatching.fund.domain.Investment;
import io.hatchery.persistence.Aggregate;
import io.hatchery.web.command.ETags;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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

/** Investments of funds into registered firms. */
@RestController
@Validated
public class InvestmentController {

    private final InvestmentService investments;

    public InvestmentController(InvestmentService investments) {
        this.investments = investments;
    }

    /** Body of {@code POST /funds/{id}/investments}: the firm by {@code firmId} or {@code firmUscc}. */
    public record RecordInvestment(String firmId, String firmUscc, @NotNull BigDecimal amountRmb,
            FundingStage round, Instrument instrument, @NotNull LocalDate investedOn, String requestId,
            String matchId) {
    }

    /** An investment as the API shows it. */
    public record InvestmentView(String id, long version, String fundId, String managerId, String firmId,
            String firmUscc, String firmRegion, boolean inFundRegion, BigDecimal amountRmb, FundingStage round,
            Instrument instrument, LocalDate investedOn, String requestId, String matchId) {

        static InvestmentView of(Aggregate<Investment> aggregate) {
            Investment investment = aggregate.state();
            return new InvestmentView(investment.id(), aggregate.version(), investment.fundId(),
                    investment.managerId(), investment.firmId(), investment.firmUscc(), investment.firmRegion(),
                    investment.inFundRegion(), investment.amountRmb(), investment.round(), investment.instrument(),
                    investment.investedOn(), investment.requestId(), investment.matchId());
        }
    }

    @PostMapping("/api/fund-matching/funds/{fundId}/investments")
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<InvestmentView> record(Actor actor, @PathVariable String fundId,
            @Valid @RequestBody RecordInvestment body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Investment> investment = investments.record(actor, fundId, new InvestmentService.InvestmentInput(
                body.firmId(), body.firmUscc(), body.amountRmb(), body.round(), body.instrument(), body.investedOn(),
                body.requestId(), body.matchId()), idempotencyKey, Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/fund-matching/investments/" + investment.id()))
                .eTag(ETags.of(investment)).body(InvestmentView.of(investment));
    }

    @GetMapping("/api/fund-matching/funds/{fundId}/investments")
    @PreAuthorize(Roles.FUNDING_READERS)
    public Page<InvestmentView> ofFund(Actor actor, @PathVariable String fundId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return investments.ofFund(actor, fundId, page, size).map(InvestmentView::of);
    }

    @GetMapping("/api/fund-matching/investments/{id}")
    @PreAuthorize(Roles.FUNDING_READERS)
    public ResponseEntity<InvestmentView> get(Actor actor, @PathVariable String id) {
        Aggregate<Investment> investment = investments.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(investment)).body(InvestmentView.of(investment));
    }

    /** Investments into firms of a region subtree (default: the caller's), newest first. */
    @GetMapping("/api/fund-matching/investments")
    @PreAuthorize(Roles.OFFICERS + " or hasRole('AUDITOR')")
    public Page<InvestmentView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) String firmId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return investments.list(actor, region, firmId, page, size).map(InvestmentView::of);
    }
}
