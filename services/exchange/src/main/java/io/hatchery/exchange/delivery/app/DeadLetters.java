package io.hatchery.exchange.delivery.app;

import java.time.Instant;
import java.util.List;

/** Events a subscription could not deliver after its last attempt, kept until they are re-driven. */
public interface DeadLetters {

    /** One dead event, as it was to be delivered (already redacted for its partner). */
    record DeadLetter(String id, String subscriptionId, String eventId, String type, String subject,
            DeliveredEvent event, String reason, int attempts, Instant deadAt) {
    }

    void add(String subscriptionId, DeliveredEvent event, String reason, int attempts, Instant at);

    /** Oldest first. */
    List<DeadLetter> list(String subscriptionId, int page, int size);

    long count(String subscriptionId);

    void remove(String id);

    void failedAgain(String id, String reason);
}
