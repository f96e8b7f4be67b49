package io.hatchery.talent.staff.web;

import io.hatchery.application.access.Actor;
import io.hatchery.talent.staff.app.StaffService;
import io.hatchery.talent.staff.domain.StaffRecord;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A carrier's service staff: headcounts by kind from a date on, reported by its operator or officers of its region.
 * A report for a date replaces the one of that date; the same report again changes nothing.
 */
@RestController
@RequestMapping("/api/talent/carriers/{carrierId}/staff")
public class StaffController {

    private final StaffService staff;

    public StaffController(StaffService staff) {
        this.staff = staff;
    }

    public record StaffReport(@NotNull LocalDate asOf, int fullTime, int partTime, int trained) {
    }

    @PostMapping
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public StaffRecord report(Actor actor, @PathVariable String carrierId, @Valid @RequestBody StaffReport body) {
        return staff.report(actor, carrierId, new StaffRecord.Report(body.asOf(), body.fullTime(), body.partTime(),
                body.trained())).state();
    }

    @GetMapping
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public StaffRecord get(Actor actor, @PathVariable String carrierId) {
        return staff.get(actor, carrierId);
    }
}
