package io.hatchery.exchange.partner.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.DataClass;
import io.hatchery.exchange.partner.app.PartnerService;
import io.hatchery.exchange.partner.domain.Entitlements;
import io.hatchery.exchange.partner.domain.Partner;
import io.hatchery.exchange.partner.domain.PartnerKind;
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
import java.net.URI;
import java.util.Set;
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

/** Partners: the departments and platforms that exchange data with the platform, and what they are entitled to. */
@RestController
@Validated
@RequestMapping("/api/exchange/partners")
public class PartnerController {

    private final PartnerService partners;

    public PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    /**
     * What a partner may receive and send.
     *
     * @param eventTypes  outbound event types it may subscribe to
     * @param dataClasses data classes of fields it may receive besides PUBLIC (INTERNAL, RESTRICTED)
     * @param inboundTypes fact types it may send in
     */
    public record EntitlementsBody(@NotNull @Size(max = 200) Set<@NotBlank String> eventTypes,
            @Size(max = 3) Set<DataClass> dataClasses, @Size(max = 50) Set<@NotBlank String> inboundTypes) {

        Entitlements toDomain() {
            return new Entitlements(eventTypes, dataClasses, inboundTypes);
        }
    }

    /**
     * Body of {@code POST /partners}.
     *
     * @param code         the partner's id, and the {@code partner} claim of its client's tokens
     * @param jurisdiction the region subtree its data is confined to
     * @param clientId     the OAuth2 client of its machine credentials (defaults to the code)
     */
    public record RegisterPartner(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String name,
            @NotNull PartnerKind kind, @NotBlank String jurisdiction, @NotNull @Valid EntitlementsBody entitlements,
            @Size(max = 200) String clientId) {
    }

    /** A partner as the API shows it; {@code version} is also the ETag. */
    public record PartnerView(String id, long version, String name, PartnerKind kind, String jurisdiction,
            Entitlements entitlements, String clientId) {

        static PartnerView of(Aggregate<Partner> aggregate) {
            Partner partner = aggregate.state();
            return new PartnerView(partner.id(), aggregate.version(), partner.name(), partner.kind(),
                    partner.jurisdiction(), partner.entitlements(), partner.clientId());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.EXCHANGE_ADMINISTRATORS)
    public ResponseEntity<PartnerView> register(Actor actor, @Valid @RequestBody RegisterPartner body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Partner partner = new Partner(body.code(), body.name(), body.kind(), body.jurisdiction(),
                body.entitlements().toDomain(), body.clientId() == null ? body.code() : body.clientId());
        Aggregate<Partner> registered = partners.register(actor, partner, Idempotency.fingerprint(
                idempotencyKey == null ? "partner" : idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/exchange/partners/" + registered.id()))
                .eTag(ETags.of(registered)).body(PartnerView.of(registered));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public ResponseEntity<PartnerView> get(Actor actor, @PathVariable String id) {
        Aggregate<Partner> partner = partners.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(partner)).body(PartnerView.of(partner));
    }

    /** Partners whose jurisdiction lies in the caller's region; a partner's client sees its own. */
    @GetMapping
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public Page<PartnerView> list(Actor actor, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return partners.list(actor, page, size).map(PartnerView::of);
    }

    /** Replaces what the partner is entitled to; {@code If-Match} guards against a concurrent change. */
    @PutMapping("/{id}/entitlements")
    @PreAuthorize(Roles.EXCHANGE_ADMINISTRATORS)
    public ResponseEntity<PartnerView> entitle(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody EntitlementsBody body) {
        Aggregate<Partner> partner = partners.entitle(actor, id, expectedVersion, body.toDomain());
        return ResponseEntity.ok().eTag(ETags.of(partner)).body(PartnerView.of(partner));
    }
}
