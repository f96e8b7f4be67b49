package io.hatchery.fundmatching.fund.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.funding.CarrierLink;
import io.hatchery.contracts.funding.FundKind;
import io.hatchery.contracts.funding.FundingStage;
import io.hatchery.fundmatching.fund.app.FundService;
import io.hatchery.fundmatching.fund.app.FundService.FundDetails;
import io.hatchery.fundmatching.fund.domain.FundEstablishment;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Funds: angel, seed, venture, government guidance, industry, M&amp;A funds and funds of funds. Amounts in RMB
 * yuan. Commands answer with the fund as it is afterwards and its version as ETag, for {@code If-Match}.
 */
@RestController
@Validated
@RequestMapping("/api/fund-matching/funds")
public class FundController {

    private final FundService funds;

    public FundController(FundService funds) {
        this.funds = funds;
    }

    /** Body of {@code POST /funds}. {@code carrierId} and {@code carrierLink} go together. */
    public record EstablishFund(@NotBlank @Size(max = 200) String name, @NotNull FundKind kind,
            @NotBlank String managerId, @NotNull BigDecimal committedRmb, @NotNull LocalDate establishedOn,
            @NotBlank String region, String carrierId, CarrierLink carrierLink,
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> industries,
            List<@NotNull FundingStage> stages, BigDecimal ticketMinRmb, BigDecimal ticketMaxRmb,
            BigDecimal localReinvestmentShare, BigDecimal stateCapitalShare) {

        FundEstablishment toEstablishment() {
            return new FundEstablishment(name, kind, managerId, committedRmb, establishedOn, region, carrierId,
                    carrierLink, industries, stages, ticketMinRmb, ticketMaxRmb, localReinvestmentShare,
                    stateCapitalShare);
        }
    }

    /** Body of {@code PUT /funds/{id}/size}. */
    public record Resize(@NotNull BigDecimal committedRmb, @NotNull LocalDate effectiveDate) {
    }

    /** Body of {@code POST /funds/{id}/closing}. */
    public record Close(@NotNull LocalDate effectiveDate) {
    }

    @PostMapping
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<FundView> establish(Actor actor, @Valid @RequestBody EstablishFund body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        FundDetails fund = funds.establish(actor, body.toEstablishment(), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/fund-matching/funds/" + fund.fund().id()))
                .eTag(ETags.of(fund.fund())).body(FundView.of(fund));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.FUNDING_READERS)
    public ResponseEntity<FundView> get(Actor actor, @PathVariable String id) {
        return ok(funds.get(actor, id));
    }

    /** Funds of a region subtree (default: the caller's); a fund manager sees its own institution's. */
    @GetMapping
    @PreAuthorize(Roles.FUNDING_READERS)
    public Page<FundView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) FundKind kind, @RequestParam(required = false) Boolean open,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return funds.list(actor, region, kind == null ? null : kind.name(), open, page, size).map(FundView::of);
    }

    /** Every event of the fund, oldest first. */
    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.FUNDING_READERS)
    public List<EventView> history(Actor actor, @PathVariable String id) {
        return funds.history(actor, id).stream().map(EventView::of).toList();
    }

    @PutMapping("/{id}/size")
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<FundView> resize(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Resize body) {
        return ok(funds.resize(actor, id, expectedVersion, body.committedRmb(), body.effectiveDate()));
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize(Roles.FUNDERS)
    public ResponseEntity<FundView> close(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Close body) {
        return ok(funds.close(actor, id, expectedVersion, body.effectiveDate()));
    }

    private static ResponseEntity<FundView> ok(FundDetails fund) {
        return ResponseEntity.ok().eTag(ETags.of(fund.fund())).body(FundView.of(fund));
    }
}
