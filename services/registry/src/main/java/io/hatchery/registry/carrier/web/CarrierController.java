package io.hatchery.registry.carrier.web;

import io.hatchery.contracts.registry.CarrierProfile;
import io.hatchery.contracts.registry.HostLocation;
import io.hatchery.contracts.registry.Operator;
import io.hatchery.persistence.Aggregate;
import io.hatchery.registry.carrier.app.CarrierService;
import io.hatchery.registry.carrier.domain.Carrier;
import io.hatchery.registry.carrier.domain.CarrierRegistration;
import io.hatchery.web.request.Idempotency;
import io.hatchery.web.security.Actor;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Carriers: the places that incubate firms. */
@RestController
@RequestMapping("/api/registry/carriers")
public class CarrierController {

    private final CarrierService carriers;

    public CarrierController(CarrierService carriers) {
        this.carriers = carriers;
    }

    /** Registers a carrier in the caller's jurisdiction; 201 with its location. */
    @PostMapping
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN', 'CITY_OFFICER')")
    public ResponseEntity<CarrierView> register(Actor actor, @Valid @RequestBody RegisterCarrierRequest request,
            @RequestHeader(name = Idempotency.HEADER, required = false) String idempotencyKey) {
        CarrierRegistration registration = new CarrierRegistration(request.kind(), request.region(),
                request.hostLocation() == null ? null : new HostLocation(request.hostLocation().regionCode(),
                        request.hostLocation().place(), request.hostLocation().abroad()),
                new CarrierProfile(request.name(), new Operator(request.operator().name(), request.operator().uscc()),
                        request.address(), request.totalArea(), request.incubationArea(), request.industries(),
                        request.ownershipModel(), request.services()),
                request.establishedOn());
        Aggregate<Carrier> carrier = carriers.register(actor, registration, idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, request));
        return ResponseEntity.created(URI.create("/api/registry/carriers/" + carrier.id()))
                .eTag("\"" + carrier.version() + "\"")
                .body(CarrierView.of(carrier));
    }

    @GetMapping("/{id}")
    public ResponseEntity<CarrierView> get(Actor actor, @PathVariable String id) {
        Aggregate<Carrier> carrier = carriers.get(actor, id);
        return ResponseEntity.ok().eTag("\"" + carrier.version() + "\"").body(CarrierView.of(carrier));
    }
}
