package io.hatchery.talent.activity.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Idempotency;
import io.hatchery.application.command.Page;
import io.hatchery.contracts.talent.ActivityKind;
import io.hatchery.persistence.Aggregate;
import io.hatchery.talent.activity.app.ActivityService;
import io.hatchery.talent.activity.domain.Activity;
import io.hatchery.web.command.ETags;
import io.hatchery.web.request.Headers;
import io.hatchery.web.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
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

/** Activities carriers hold: competitions, roadshows, training, forums, matchmaking events. */
@RestController
@Validated
@RequestMapping("/api/talent/activities")
public class ActivityController {

    private final ActivityService activities;

    public ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    public record RecordActivity(@NotBlank String carrierId, @NotNull ActivityKind kind, @NotBlank String title,
            @NotNull LocalDate heldOn, int participants, int firms) {
    }

    public record ActivityView(String id, long version, String carrierId, String region, ActivityKind kind,
            String title, LocalDate heldOn, int participants, int firms) {

        static ActivityView of(Aggregate<Activity> aggregate) {
            Activity activity = aggregate.state();
            return new ActivityView(activity.id(), aggregate.version(), activity.carrierId(), activity.region(),
                    activity.kind(), activity.title(), activity.heldOn(), activity.participants(), activity.firms());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.CARRIER_REPORTERS)
    public ResponseEntity<ActivityView> record(Actor actor, @Valid @RequestBody RecordActivity body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        Aggregate<Activity> activity = activities.record(actor, body.carrierId(), body.kind(), body.title(),
                body.heldOn(), body.participants(), body.firms(), idempotencyKey,
                Idempotency.fingerprint(idempotencyKey, body));
        return ResponseEntity.created(URI.create("/api/talent/activities/" + activity.id()))
                .eTag(ETags.of(activity)).body(ActivityView.of(activity));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public ResponseEntity<ActivityView> get(Actor actor, @PathVariable String id) {
        Aggregate<Activity> activity = activities.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(activity)).body(ActivityView.of(activity));
    }

    @GetMapping
    @PreAuthorize(Roles.CARRIER_REPORTERS + " or hasRole('AUDITOR')")
    public Page<ActivityView> list(Actor actor, @RequestParam(required = false) String region,
            @RequestParam(required = false) String carrierId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return activities.list(actor, region, carrierId, page, size).map(ActivityView::of);
    }
}
