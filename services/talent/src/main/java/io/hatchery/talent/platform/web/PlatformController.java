package io.hatchery.talent.platform.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.contracts.talent.PlatformKind;
import io.hatchery.contracts.talent.RecognitionLevel;
import io.hatchery.persistence.Aggregate;
import io.hatchery.talent.platform.app.PlatformService;
import io.hatchery.talent.platform.domain.TalentPlatform;
import io.hatchery.web.command.ETags;
import io.hatchery.web.command.IfMatch;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Talent and innovation platforms at carriers and firms: workstations, stations, laboratories, centres. */
@RestController
@RequestMapping("/api/talent/platforms")
public class PlatformController {

    private final PlatformService platforms;

    public PlatformController(PlatformService platforms) {
        this.platforms = platforms;
    }

    public record Establish(@NotBlank String name, @NotNull PlatformKind kind, @NotNull RecognitionLevel level,
            String carrierId, String firmId, @NotNull LocalDate establishedOn) {
    }

    public record Close(@NotNull LocalDate closedOn) {
    }

    @PostMapping
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentPlatform> establish(Actor actor, @Valid @RequestBody Establish body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<TalentPlatform> platform = platforms.establish(actor, body.name(), body.kind(), body.level(),
                blankToNull(body.carrierId()), blankToNull(body.firmId()), body.establishedOn(), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/talent/platforms/" + platform.id())).eTag(ETags.of(platform))
                .body(platform.state());
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<TalentPlatform> close(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion,
            @Valid @RequestBody Close body) {
        Aggregate<TalentPlatform> platform = platforms.close(actor, id, expectedVersion, body.closedOn());
        return ResponseEntity.ok().eTag(ETags.of(platform)).body(platform.state());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public ResponseEntity<TalentPlatform> get(Actor actor, @PathVariable String id) {
        Aggregate<TalentPlatform> platform = platforms.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(platform)).body(platform.state());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
