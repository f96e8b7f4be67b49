package io.hatchery.contracts;

import io.hatchery.contracts.evaluation.EvaluationEvents;
import io.hatchery.contracts.exchange.ExchangeEvents;
import io.hatchery.contracts.funding.FundingEvents;
import io.hatchery.contracts.registry.RegistryEvents;
import io.hatchery.contracts.statistics.StatisticsEvents;
import io.hatchery.contracts.talent.TalentEvents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Every event type Hatchery knows, by logical name, with the JSON encoding of their data. Consumers look types up
 * here; a type this catalogue does not know (a newer producer) decodes to empty and is ignored, never an error.
 */
public final class EventCatalog {

    private static final Map<String, EventType<?>> BY_NAME = index(RegistryEvents.ALL, EvaluationEvents.ALL,
            FundingEvents.ALL, TalentEvents.ALL, ExchangeEvents.ALL, ExchangeEvents.ADMINISTRATION,
            StatisticsEvents.ALL);
    /** A reader bound to each type's data class, so that decoding does not look the type up per event. */
    private static final Map<String, ObjectReader> READERS = readers();

    private EventCatalog() {
    }

    public static Collection<EventType<?>> all() {
        return BY_NAME.values();
    }

    public static Optional<EventType<?>> find(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static List<EventType<?>> onTopic(Topic topic) {
        return BY_NAME.values().stream().filter(type -> type.topic().equals(topic)).toList();
    }

    /** The event type whose data class this is. */
    public static EventType<?> typeOf(DomainEvent data) {
        return BY_NAME.values().stream()
                .filter(type -> type.dataClass().equals(data.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        data.getClass().getName() + " is not an event type of the catalogue"));
    }

    public static byte[] encode(DomainEvent data) {
        return ContractJson.mapper().writeValueAsBytes(data);
    }

    /**
     * Decodes event data of the named type.
     *
     * @return empty when the type is unknown to this catalogue
     * @throws MalformedEventException when the bytes are not valid data of a known type
     */
    public static Optional<DomainEvent> decode(String typeName, byte[] json) {
        EventType<?> type = BY_NAME.get(typeName);
        if (type == null) {
            return Optional.empty();
        }
        if (json == null) {
            throw new MalformedEventException("event " + typeName + " has no data");
        }
        try {
            return Optional.of(READERS.get(typeName).readValue(json));
        } catch (JacksonException e) {
            throw new MalformedEventException("data of " + typeName + " does not match its contract: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, ObjectReader> readers() {
        Map<String, ObjectReader> readers = new HashMap<>();
        BY_NAME.forEach((name, type) -> readers.put(name, ContractJson.mapper().readerFor(type.dataClass())));
        return Map.copyOf(readers);
    }

    @SafeVarargs
    private static Map<String, EventType<?>> index(List<EventType<?>>... groups) {
        Map<String, EventType<?>> byName = new LinkedHashMap<>();
        List<EventType<?>> all = new ArrayList<>();
        for (List<EventType<?>> group : groups) {
            all.addAll(group);
        }
        for (EventType<?> type : all) {
            if (byName.put(type.name(), type) != null) {
                throw new IllegalStateException("event type " + type.name() + " is declared twice");
            }
        }
        return byName;
    }
}
