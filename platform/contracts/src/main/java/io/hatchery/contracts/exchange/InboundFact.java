package io.hatchery.contracts.exchange;

import io.hatchery.contracts.DomainEvent;

/**
 * A fact another department sent in about a firm. The exchange accepts it from an entitled partner, and publishes
 * it as its own event, keyed by the firm, for the registry to act on.
 */
public interface InboundFact extends DomainEvent {

    /** The firm's unified social credit code: how other departments know it. */
    String firmUscc();
}
