package io.hatchery.kernel.domain;

import io.hatchery.contracts.DomainEvent;
import java.util.List;

/** What a command decided: the new state and the events that say what happened (none: nothing changed). */
public record Decision<S>(S state, List<DomainEvent> events) {

    public Decision {
        events = List.copyOf(events);
    }

    public static <S> Decision<S> unchanged(S state) {
        return new Decision<>(state, List.of());
    }

    public boolean changed() {
        return !events.isEmpty();
    }
}
