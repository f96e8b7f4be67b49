package io.hatchery.talent.team.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.persistence.Aggregate;
import io.hatchery.talent.team.app.TeamService;
import io.hatchery.talent.team.domain.OperatingContract;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Professional operating teams (专业运营机构) contracted to run carriers. */
@RestController
public class TeamController {

    private final TeamService teams;

    public TeamController(TeamService teams) {
        this.teams = teams;
    }

    public record Contract(@NotBlank String carrierId, @NotBlank String teamUscc, @NotBlank String teamName,
            @Size(max = 200) String scope, @NotNull LocalDate from, LocalDate until) {
    }

    public record End(@NotNull LocalDate endedOn) {
    }

    @PostMapping("/api/talent/teams")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<OperatingContract> contract(Actor actor, @Valid @RequestBody Contract body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<OperatingContract> contract = teams.contract(actor, body.carrierId(), body.teamUscc(),
                body.teamName(), body.scope(), body.from(), body.until(), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/talent/teams/" + contract.id())).eTag(ETags.of(contract))
                .body(contract.state());
    }

    @PostMapping("/api/talent/teams/{id}/end")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<OperatingContract> end(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody End body) {
        Aggregate<OperatingContract> contract = teams.end(actor, id, expectedVersion, body.endedOn());
        return ResponseEntity.ok().eTag(ETags.of(contract)).body(contract.state());
    }

    @GetMapping("/api/talent/teams/{id}")
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public ResponseEntity<OperatingContract> get(Actor actor, @PathVariable String id) {
        Aggregate<OperatingContract> contract = teams.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(contract)).body(contract.state());
    }

    /** A carrier's operating contracts. */
    @GetMapping("/api/talent/teams")
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public List<OperatingContract> ofCarrier(Actor actor, @RequestParam String carrierId) {
        return teams.ofCarrier(actor, carrierId).stream().map(Aggregate::state).toList();
    }
}
