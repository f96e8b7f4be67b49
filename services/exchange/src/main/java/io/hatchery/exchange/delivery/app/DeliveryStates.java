package io.hatchery.exchange.delivery.app;

import java.util.Optional;

/** Where each subscription's delivery stands. */
public interface DeliveryStates {

    Optional<DeliveryState> find(String subscriptionId);

    void save(DeliveryState state);
}
