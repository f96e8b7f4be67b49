package io.hatchery.talent.carrier.app;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.directory.CarrierEntry;
import io.hatchery.directory.RegistryDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may act for or read a carrier's talent records (staff, mentors, activities, teams, platforms): its own operator,
 * or officers, talent officers and (for reading) auditors of its region. The carrier must be registered.
 */
@Component
public class CarrierAccess {

    private final RegistryDirectory directory;
    private final RegionScope scope;

    public CarrierAccess(RegistryDirectory directory, RegionScope scope) {
        this.directory = directory;
        this.scope = scope;
    }

    public CarrierEntry requireWrite(Actor actor, String carrierId) {
        CarrierEntry carrier = known(carrierId);
        if (!actor.operates(carrier.id())) {
            requireNotOtherOperator(actor, carrier);
            scope.requireWrite(actor, carrier.region());
        }
        return carrier;
    }

    public CarrierEntry requireRead(Actor actor, String carrierId) {
        CarrierEntry carrier = known(carrierId);
        if (!actor.operates(carrier.id())) {
            requireNotOtherOperator(actor, carrier);
            scope.requireRead(actor, carrier.region());
        }
        return carrier;
    }

    private static void requireNotOtherOperator(Actor actor, CarrierEntry carrier) {
        if (actor.has(Role.CARRIER_OPERATOR) && !actor.hasAny(Role.PROVINCE_ADMIN, Role.CITY_OFFICER,
                Role.TALENT_OFFICER, Role.AUDITOR)) {
            throw new RegionAccessDeniedException(carrier.region(), "an operator acts for its own carrier "
                    + actor.carrier() + " only");
        }
    }

    private CarrierEntry known(String carrierId) {
        return directory.carrier(carrierId).orElseThrow(() -> InvalidRequestException.of("carrierId",
                "no carrier " + carrierId + " is registered"));
    }
}
