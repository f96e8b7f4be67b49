package io.hatchery.exchange.delivery.app;

import java.time.Instant;
import java.util.Map;

/**
 * What delivery of one subscription has done, kept with its position so that any replica can answer for it.
 *
 * @param rewinds       the subscription's rewind count this position belongs to (an older one is void)
 * @param lastLatencyMs from the event's publication to the sink's acknowledgement, for the last delivery
 * @param circuit       the sink's circuit breaker: CLOSED, OPEN, HALF_OPEN
 */
public record DeliveryState(String subscriptionId, int rewinds, Position position, long delivered, long failures,
        long deadLettered, long lag, Instant lastDeliveredAt, long lastLatencyMs, String circuit, String lastError,
        Instant updatedAt) {

    public static DeliveryState initial(String subscriptionId, int rewinds) {
        return new DeliveryState(subscriptionId, rewinds, new Position(Map.of()), 0, 0, 0, -1, null, -1,
                "CLOSED", null, null);
    }
}
