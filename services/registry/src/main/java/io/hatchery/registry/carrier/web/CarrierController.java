package io.hatchery.registry.carrier.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Commands;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.CertificationLevel;
import io.hatchery.contracts.registry.Designation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.carrier.app.CarrierService;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierQuery;
import io.hatchery.registry.carrier.domain.CarrierStatus;
import io.hatchery.registry.common.web.EventView;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * Carriers: the places that incubate firms. Commands answer with the carrier as it is afterwards and its version
 * as ETag; sending that back as {@code If-Match} makes a command fail with 409 if someone changed it meanwhile.
 */
@RestController
@Validated
@RequestMapping("/api/registry/carriers")
public class CarrierController {

    private final CarrierService carriers;

    public CarrierController(CarrierService carriers) {
        this.carriers = carriers;
    }

    /** Registers a carrier in the caller's jurisdiction; 201 with its location. */
    @PostMapping
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> register(Actor actor, @Valid @RequestBody RegisterCarrierRequest request,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Carrier> carrier = carriers.register(actor, request.toRegistration(), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, request));
        return ResponseEntity.created(URI.create("/api/registry/carriers/" + carrier.id()))
                .eTag(ETags.of(carrier)).body(CarrierView.of(carrier));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.REGISTER_READERS)
    public ResponseEntity<CarrierView> get(Actor actor, @PathVariable String id) {
        return ok(carriers.get(actor, id));
    }

    /** Carriers in a region subtree (default: the caller's jurisdiction), filtered, a page at a time. */
    @GetMapping
    @PreAuthorize(Roles.REGISTER_READERS)
    public Page<CarrierView> list(Actor actor,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) CarrierKind kind,
            @RequestParam(required = false) CertificationLevel level,
            @RequestParam(required = false) CertificationLevel levelAtLeast,
            @RequestParam(required = false) LocalDate at,
            @RequestParam(required = false) CarrierStatus status,
            @RequestParam(required = false) Designation designation,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return carriers.list(actor, new CarrierQuery(region, kind, level, levelAtLeast, at, status, designation,
                name, page, size)).map(CarrierView::of);
    }

    /** Every event of the carrier, oldest first, with who recorded it and when. */
    @GetMapping("/{id}/history")
    @PreAuthorize(Roles.SUPERVISORS)
    public List<EventView> history(Actor actor, @PathVariable String id) {
        return carriers.history(actor, id).stream().map(EventView::of).toList();
    }

    @PutMapping("/{id}/profile")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> changeProfile(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.ChangeProfile body) {
        CarrierProfile profile = new CarrierProfile(body.name(), new Operator(body.operator().name(),
                body.operator().uscc()), body.address(), body.totalArea(), body.incubationArea(), body.industries(),
                body.ownershipModel(), body.services());
        return ok(carriers.changeProfile(actor, id, expectedVersion, profile, body.effectiveDate()));
    }

    @PostMapping("/{id}/certifications")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> certify(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.Certify body) {
        return ok(carriers.certify(actor, id, expectedVersion, body.level(), body.authority(),
                body.certificateNumber(), body.effectiveDate()));
    }

    @PostMapping("/{id}/downgrade")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> downgrade(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.Downgrade body) {
        return ok(carriers.downgrade(actor, id, expectedVersion, body.toLevel(), body.reason(),
                body.effectiveDate()));
    }

    @PostMapping("/{id}/delisting")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> delist(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.Delist body) {
        return ok(carriers.delist(actor, id, expectedVersion, body.reason(), body.effectiveDate()));
    }

    @PostMapping("/{id}/designations")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> designate(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.Designate body) {
        return ok(carriers.designate(actor, id, expectedVersion, body.designation(),
                body.authority(), body.effectiveDate()));
    }

    @PostMapping("/{id}/designations/{designation}/withdrawal")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> undesignate(Actor actor, @PathVariable String id,
            @PathVariable Designation designation,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.Undesignate body) {
        return ok(carriers.undesignate(actor, id, expectedVersion, designation, body.reason(),
                body.effectiveDate()));
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize(Roles.OFFICERS)
    public ResponseEntity<CarrierView> orderRectification(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion,
            @Valid @RequestBody CarrierCommands.OrderRectification body) {
        return ok(carriers.orderRectification(actor, id, expectedVersion, body.reason(),
                body.deadline(), body.effectiveDate()));
    }

    private static ResponseEntity<CarrierView> ok(Aggregate<Carrier> carrier) {
        return ResponseEntity.ok().eTag(ETags.of(carrier)).body(CarrierView.of(carrier));
    }
}
