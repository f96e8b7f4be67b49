package io.hatchery.exchange.delivery.web;

import io.hatchery.application.access.Actor;
import io.hatchery.application.command.Page;
import io.hatchery.exchange.delivery.app.DeadLetters;
import io.hatchery.exchange.delivery.app.DeliveryService;
import io.hatchery.web.security.Roles;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** A subscription's delivery: status, dead letters and their re-drive, and the pull API. */
@RestController
@Validated
@RequestMapping("/api/exchange/subscriptions/{id}")
public class DeliveryController {

    private final DeliveryService delivery;

    public DeliveryController(DeliveryService delivery) {
        this.delivery = delivery;
    }

    /** Lag, deliveries, failures, dead letters, last latency and the sink's circuit. */
    @GetMapping("/status")
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public DeliveryService.Status status(Actor actor, @PathVariable String id) {
        return delivery.status(actor, id);
    }

    /** A dead letter as the API shows it: the event as it was to be delivered, and why it was not. */
    public record DeadLetterView(String id, String eventId, String type, String subject, ObjectNode event,
            String reason, int attempts, Instant deadAt) {

        static DeadLetterView of(DeadLetters.DeadLetter letter) {
            return new DeadLetterView(letter.id(), letter.eventId(), letter.type(), letter.subject(),
                    letter.event().structured(), letter.reason(), letter.attempts(), letter.deadAt());
        }
    }

    /** Events that could not be delivered after their last attempt, oldest first. */
    @GetMapping("/dead-letters")
    @PreAuthorize(Roles.EXCHANGE_READERS)
    public Page<DeadLetterView> deadLetters(Actor actor, @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return delivery.deadLetters(actor, id, page, size).map(DeadLetterView::of);
    }

    /** Delivers the dead letters again, oldest first, up to {@code limit}; stops at the first that still fails. */
    @PostMapping("/dead-letters/redrive")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public DeliveryService.Redrive redrive(Actor actor, @PathVariable String id,
            @RequestParam(defaultValue = "500") @Min(1) @Max(500) int limit) {
        return delivery.redrive(actor, id, limit);
    }

    /**
     * The pull API: up to {@code limit} events after the cursor {@code after} (none: from the subscription's
     * start), and the cursor of the next page. Served from the topics' offsets; presenting a cursor acknowledges
     * what came before it.
     */
    @GetMapping("/events")
    @PreAuthorize(Roles.SUBSCRIBERS)
    public DeliveryService.Pulled pull(Actor actor, @PathVariable String id,
            @RequestParam(required = false) @Size(max = 20_000) String after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return delivery.pull(actor, id, after, limit);
    }
}
