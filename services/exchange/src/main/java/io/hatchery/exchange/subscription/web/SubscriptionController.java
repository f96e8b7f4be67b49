package io.hatchery.exchange.subscription.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.application.refusal.FieldError;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.exchange.subscription.app.SubscriptionService;
import io.hatchery.exchange.subscription.domain.Delivery;
import io.hatchery.exchange.subscription.domain.Subscription;
import io.hatchery.exchange.subscription.domain.SubscriptionStatus;
import io.hatchery.exchange.subscription.domain.Validation;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Subscriptions after the CloudEvents Subscriptions API: types, filters in every dialect, a sink (or none, to
 * pull), delivery settings. Create, read, pause, resume, rewind, delete.
 */
@RestController
@Validated
@RequestMapping("/api/exchange/subscriptions")
public class SubscriptionController {

    private final SubscriptionService subscriptions;

    public SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Delivery settings; absent ones take the defaults (structured, one per request, 8 attempts, 1 s to 60 s). */
    public record DeliveryBody(Delivery.Format format, @Min(1) @Max(100) Integer batchSize,
            @Min(1) @Max(20) Integer maxAttempts, @Min(10) @Max(600_000) Long initialBackoffMs,
            @Min(10) @Max(3_600_000) Long maxBackoffMs) {

        Delivery toDomain() {
            Delivery defaults = Delivery.DEFAULT;
            return new Delivery(format != null ? format : defaults.format(),
                    batchSize != null ? batchSize : defaults.batchSize(),
                    maxAttempts != null ? maxAttempts : defaults.maxAttempts(),
                    initialBackoffMs != null ? initialBackoffMs : defaults.initialBackoffMs(),
                    maxBackoffMs != null ? maxBackoffMs : Math.max(defaults.maxBackoffMs(),
                            initialBackoffMs != null ? initialBackoffMs : 0));
        }
    }

    /**
     * Body of {@code POST /subscriptions}.
     *
     * @param partnerId the partner subscribing; a partner's client may leave it out (its own)
     * @param types     event types wanted; empty or absent: every type the partner is entitled to
     * @param filters   CloudEvents Subscriptions API filters, all of which must pass
     * @param sink      the webhook to POST to; absent: the partner pulls from {@code /subscriptions/{id}/events}
     */
    public record CreateSubscription(@Size(max = 64) String partnerId, @Size(max = 200) Set<@NotBlank String> types,
            JsonNode filters, @Size(max = 2000) String sink, @Valid DeliveryBody delivery) {
    }

    /** Body of {@code POST /subscriptions/{id}/rewind}: replay from this instant on. */
    public record Rewind(@NotNull Instant time) {
    }

    /**
     * A subscription as the API shows it; {@code version} is also the ETag. {@code secret} signs its webhook
     * deliveries: it is shown in the answer to the creation only.
     */
    public record SubscriptionView(String id, long version, String partnerId, Set<String> types, List<JsonNode> filters,
            String sink, String mode, Delivery delivery, SubscriptionStatus status, Validation validation,
            Instant startFrom, String secret, Instant createdAt) {

        static SubscriptionView of(Aggregate<Subscription> aggregate) {
            return of(aggregate, null);
        }

        static SubscriptionView of(Aggregate<Subscription> aggregate, String secret) {
            Subscription subscription = aggregate.state();
            return new SubscriptionView(subscription.id(), aggregate.version(), subscription.partnerId(),
                    subscription.types(), FilterJson.write(subscription.filters()), subscription.sink(),
                    subscription.isPull() ? "PULL" : "PUSH", subscription.delivery(), subscription.status(),
                    subscription.validation(), subscription.startFrom(), secret,
                    aggregate.createdAt());
        }
    }

    @PostMapping
    @PreAuthorize(Roles.SUBSCRIBERS)
    public ResponseEntity<SubscriptionView> create(Actor actor, @Valid @RequestBody CreateSubscription body,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        List<FieldError> problems = new ArrayList<>();
        var filters = FilterJson.read(body.filters(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        SubscriptionService.Created created = subscriptions.create(actor, new SubscriptionService.Request(
                body.partnerId(), body.types(), filters, body.sink() == null || body.sink().isBlank() ? null
                        : body.sink(), body.delivery() == null ? Delivery.DEFAULT : body.delivery().toDomain()),
                idempotencyKey);
        return ResponseEntity.created(URI.create("/api/exchange/subscriptions/" + created.subscription().id()))
                .eTag(ETags.of(created.subscription()))
                .body(SubscriptionView.of(created.subscription(), created.secret()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public ResponseEntity<SubscriptionView> get(Actor actor, @PathVariable String id) {
        Aggregate<Subscription> subscription = subscriptions.get(actor, id);
        return ResponseEntity.ok().eTag(ETags.of(subscription)).body(SubscriptionView.of(subscription));
    }

    /**
     * A partner's client: its own. Others: a partner's ({@code partner}), or those of every partner in their
     * region.
     */
    @GetMapping
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public Page<SubscriptionView> list(Actor actor, @RequestParam(required = false) String partner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return subscriptions.list(actor, partner, page, size).map(SubscriptionView::of);
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public ResponseEntity<SubscriptionView> pause(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        Aggregate<Subscription> subscription = subscriptions.pause(actor, id, expectedVersion);
        return ResponseEntity.ok().eTag(ETags.of(subscription)).body(SubscriptionView.of(subscription));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public ResponseEntity<SubscriptionView> resume(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion) {
        Aggregate<Subscription> subscription = subscriptions.resume(actor, id, expectedVersion);
        return ResponseEntity.ok().eTag(ETags.of(subscription)).body(SubscriptionView.of(subscription));
    }

    /** Replays what was published from {@code time} on; receivers deduplicate by the CloudEvents id. */
    @PostMapping("/{id}/rewind")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public ResponseEntity<SubscriptionView> rewind(Actor actor, @PathVariable String id,
            @IfMatch Long expectedVersion, @Valid @RequestBody Rewind body) {
        Aggregate<Subscription> subscription = subscriptions.rewind(actor, id, expectedVersion, body.time());
        return ResponseEntity.ok().eTag(ETags.of(subscription)).body(SubscriptionView.of(subscription));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public ResponseEntity<Void> delete(Actor actor, @PathVariable String id, @IfMatch Long expectedVersion) {
        subscriptions.delete(actor, id, expectedVersion);
        return ResponseEntity.noContent().build();
    }
}
