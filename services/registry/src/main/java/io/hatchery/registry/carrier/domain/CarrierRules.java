package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.DomainEvent;
import io.hatchery.contracts.registry.CarrierKind;
import io.hatchery.contracts.registry.CarrierRegistered;
import io.hatchery.registry.common.domain.FieldProblem;
import io.hatchery.registry.common.domain.Uscc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Decisions about carriers, as pure functions of the command and the current state. */
public final class CarrierRules {

    private CarrierRules() {
    }

    /** Form problems of a registration, as (field, message) pairs; empty when it may be registered. */
    public static List<FieldProblem> problems(CarrierRegistration registration, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Uscc.problem(registration.profile().operator().uscc())
                .ifPresent(problem -> problems.add(new FieldProblem("operator.uscc", problem)));
        if (registration.establishedOn().isAfter(today)) {
            problems.add(new FieldProblem("establishedOn", "must not be in the future"));
        }
        if (registration.profile().incubationArea().compareTo(registration.profile().totalArea()) > 0) {
            problems.add(new FieldProblem("incubationArea", "must not exceed totalArea"));
        }
        boolean offsite = registration.kind() == CarrierKind.OFFSITE_ENCLAVE;
        if (offsite && registration.hostLocation() == null) {
            problems.add(new FieldProblem("hostLocation", "is required for an offsite enclave"));
        }
        if (!offsite && registration.hostLocation() != null) {
            problems.add(new FieldProblem("hostLocation", "applies only to offsite enclaves"));
        }
        return problems;
    }

    /** Registers a new carrier; it counts from the day it started operating. */
    public static Decision<Carrier> register(String id, CarrierRegistration registration) {
        Carrier carrier = new Carrier(id, registration.kind(), registration.region(), registration.hostLocation(),
                registration.profile(), registration.establishedOn(), null, CarrierStatus.ACTIVE);
        DomainEvent registered = new CarrierRegistered(id, registration.kind(), registration.region(),
                registration.hostLocation(), registration.profile(), registration.establishedOn(),
                registration.establishedOn());
        return new Decision<>(carrier, List.of(registered));
    }
}
