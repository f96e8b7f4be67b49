package io.hatchery.fundmatching.investor.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.funding.InvestorKind;
import io.hatchery.fundmatching.investor.app.InvestorService;
import io.hatchery.fundmatching.investor.domain.Investor;
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
import java.net.URI;
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

/** Investors: VC and PE firms, angel organisations, government fund managers, banks, guarantors, insurers. */
@RestController
@Validated
@RequestMapping("/api/fund-matching/investors")
public class InvestorController {

    private final InvestorService investors;

    public InvestorController(InvestorService investors) {
        this.investors = investors;
    }

    /** Body of {@code POST /investors}. The contact is the institution's, never a person's. */
    public record RegisterInvestor(@NotBlank String uscc, @NotBlank @Size(max = 200) String name,
            @NotNull InvestorKind kind, @NotBlank String region, String carrierId, @Size(max = 40) String contactPhone,
            @Size(max = 254) String contactEmail) {
    }

    /** An investor as the API shows it; {@code version} is also the ETag. */
    public record InvestorView(String id, long version, String uscc, String name, InvestorKind kind, String region,
            String carrierId, String contactPhone, String contactEmail) {

        static InvestorView of(Aggregate<Investor> aggregate) {
            Investor investor = aggregate.state();
            return new InvestorView(investor.id(), aggregate.version(), investor.uscc(), investor.name(),
                    investor.kind(), investor.region(), investor.carrierId(), investor.contactPhone(),
                    investor.contactEmail());
        }
    }

    /** Registers an investor; its id is {@code investor-<USCC>}, so registering it again returns it. */
    @PostMapping
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<InvestorView> register(Actor actor, @Valid @RequestBody RegisterInvestor body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Investor> investor = investors.register(actor, new Investor(null, body.uscc(), body.name(),
                body.kind(), body.region(), body.carrierId(), body.contactPhone(), body.contactEmail()),
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/fund-matching/investors/" + investor.id()))
                .eTag(ETags.of(investor)).body(InvestorView.of(investor));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.FUNDING_READERS)
    public ResponseEntity<InvestorView> get(Actor actor, @PathVariable String id) {
        Aggregate<Investor> investor = investors.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(investor)).body(InvestorView.of(investor));
    }

    /** Investors of a region subtree (default: the caller's), a page in name order. */
    @GetMapping
    @PreAuthorize(Roles.OFFICERS + " or hasRole('AUDITOR')")
    public Page<InvestorView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) InvestorKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return investors.list(actor, region, kind == null ? null : kind.name(), page, size).map(InvestorView::of);
    }
}
