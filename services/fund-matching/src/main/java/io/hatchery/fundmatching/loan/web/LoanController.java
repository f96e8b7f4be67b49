package io.hatchery.fundmatching.loan.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.fundmatching.loan.app.LoanService;
import io.hatchery.fundmatching.loan.domain.Loan;
import io.hatchery.persistence.Aggregate;
import io.hatchery.web.command.ETags;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policy loans from banks to firms. */
@RestController
@Validated
@RequestMapping("/api/fund-matching/loans")
public class LoanController {

    private final LoanService loans;

    public LoanController(LoanService loans) {
        this.loans = loans;
    }

    /** Body of {@code POST /loans}: the firm by {@code firmId} or {@code firmUscc}. */
    public record GrantLoan(@NotBlank String bankId, String firmId, String firmUscc, @NotNull BigDecimal amountRmb,
            @NotNull LocalDate grantedOn, @Size(max = 200) String riskPool, String poolRegion, String requestId) {
    }

    /** A loan as the API shows it. */
    public record LoanView(String id, long version, String bankId, String firmId, String firmUscc, String region,
            BigDecimal amountRmb, LocalDate grantedOn, String riskPool, String poolRegion, String requestId) {

        static LoanView of(Aggregate<Loan> aggregate) {
            Loan loan = aggregate.state();
            return new LoanView(loan.id(), aggregate.version(), loan.bankId(), loan.firmId(), loan.firmUscc(),
                    loan.region(), loan.amountRmb(), loan.grantedOn(), loan.riskPool(), loan.poolRegion(),
                    loan.requestId());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<LoanView> grant(Actor actor, @Valid @RequestBody GrantLoan body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Loan> loan = loans.grant(actor, new LoanService.LoanInput(body.bankId(), body.firmId(),
                body.firmUscc(), body.amountRmb(), body.grantedOn(), body.riskPool(), body.poolRegion(),
                body.requestId()), idempotencyKey, Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/fund-matching/loans/" + loan.id())).eTag(ETags.of(loan))
                .body(LoanView.of(loan));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.FUNDING_READERS)
    public ResponseEntity<LoanView> get(Actor actor, @PathVariable String id) {
        Aggregate<Loan> loan = loans.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(loan)).body(LoanView.of(loan));
    }

    @GetMapping
    @PreAuthorize(Roles.FUNDING_READERS)
    public Page<LoanView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return loans.list(actor, region, page, size).map(LoanView::of);
    }
}
