package io.hatchery.registry.carrier.domain;

import io.hatchery.contracts.DomainEvent;
import java.util.List;

/** What a command decided: the new state and the events that say what happened. */
public record Decision<S>(S state, List<DomainEvent> events) {
}
