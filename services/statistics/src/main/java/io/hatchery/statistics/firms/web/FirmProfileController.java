package io.hatchery.statistics.firms.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.access.RegionScope;
import io.hatchery.application.access.Role;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.statistics.projection.app.ProjectionEngine;
import io.hatchery.statistics.projection.domain.FirmProfile;
import io.hatchery.statistics.projection.domain.FirmReadModel.FirmSummary;
import io.hatchery.web.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Firm profiles from every service's events, and finding a firm by USCC or name. Who may read a firm follows the
 * register's rule: readers of the register where the firm is registered or stayed, an operator for the firms its
 * carrier incubated.
 */
@RestController
@Validated
@RequestMapping("/api/statistics/firms")
public class FirmProfileController {

    private final ProjectionEngine engine;
    private final RegionScope scope;

    public FirmProfileController(ProjectionEngine engine, RegionScope scope) {
        this.engine = engine;
        this.scope = scope;
    }

    /** A firm found: its id, USCC, name and registered region. */
    public record FirmMatch(String id, String uscc, String name, String region) {
    }

    @GetMapping("/{id}/profile")
    @PreAuthorize(Roles.REGISTER_READERS)
    public FirmProfile profile(Actor actor, @PathVariable String id) {
        Optional<FirmProfile> profile = engine.read(figures -> {
            FirmSummary summary = figures.firms().summary(id);
            Optional<FirmProfile> found = figures.firms().profile(id);
            if (found.isPresent() && !mayRead(actor, summary)) {
                throw new RegionAccessDeniedException(summary.region(), "firm " + id
                        + " is neither in your region nor incubated by your carrier");
            }
            return found;
        });
        return profile.orElseThrow(() -> new AggregateNotFoundException("firm", id));
    }

    /** Firms whose USCC is {@code q} or whose name contains it, among those the caller may read; by name. */
    @GetMapping
    @PreAuthorize(Roles.REGISTER_READERS)
    public List<FirmMatch> find(Actor actor, @RequestParam @NotBlank @Size(max = 100) String q,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return engine.read(figures -> figures.firms().find(q, summary -> mayRead(actor, summary), limit).stream()
                .map(summary -> new FirmMatch(summary.id(), summary.uscc(), summary.name(), summary.region()))
                .toList());
    }

    private boolean mayRead(Actor actor, FirmSummary firm) {
        if (actor.has(Role.CARRIER_OPERATOR)) {
            return firm.carrierIds().stream().anyMatch(actor::operates);
        }
        return scope.covers(actor, firm.region()) || firm.stayRegions().stream()
                .anyMatch(region -> scope.covers(actor, region));
    }
}
