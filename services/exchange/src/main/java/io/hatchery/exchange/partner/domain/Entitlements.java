package io.hatchery.exchange.partner.domain;

import io.hatchery.contracts.DataClass;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a partner may receive and send: outbound event types, the data classes of their fields, inbound types.
 * {@link DataClass#PUBLIC} fields are always included.
 */
public record Entitlements(Set<String> eventTypes, Set<DataClass> dataClasses, Set<String> inboundTypes) {

    public Entitlements {
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
        dataClasses = dataClasses == null ? Set.of(DataClass.PUBLIC) : union(dataClasses);
        inboundTypes = inboundTypes == null ? Set.of() : Set.copyOf(inboundTypes);
    }

    private static Set<DataClass> union(Set<DataClass> classes) {
        EnumSet<DataClass> all = EnumSet.of(DataClass.PUBLIC);
        all.addAll(classes);
        return Set.copyOf(all);
    }

    public boolean mayReceive(String eventType) {
        return eventTypes.contains(eventType);
    }

    public boolean maySend(String inboundType) {
        return inboundTypes.contains(inboundType);
    }
}
