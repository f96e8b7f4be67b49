package io.hatchery.exchange.delivery.domain;

import io.hatchery.contracts.DataClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes from an event's data every field whose data class the receiver is not entitled to. A field the contract
 * does not classify (added by a newer producer) counts as {@link DataClass#RESTRICTED}: nothing leaves unclassified.
 * Nested objects are walked field by field; the fields of array items are named after the array.
 */
public final class Redaction {

    private Redaction() {
    }

    /** The data as delivered, and the paths of the fields removed (empty when nothing was). */
    public record Redacted(Map<String, Object> data, List<String> removed) {
    }

    public static Redacted apply(Map<String, Object> data, Map<String, DataClass> classes, Set<DataClass> entitled) {
        List<String> removed = new ArrayList<>();
        Map<String, Object> kept = walk(data, "", classes, entitled, removed);
        return new Redacted(kept, List.copyOf(removed));
    }

    private static Map<String, Object> walk(Map<String, Object> object, String prefix, Map<String, DataClass> classes,
            Set<DataClass> entitled, List<String> removed) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : object.entrySet()) {
            String path = prefix + field.getKey();
            DataClass dataClass = classes.getOrDefault(path, DataClass.RESTRICTED);
            if (!entitled.contains(dataClass)) {
                removed.add(path);
                continue;
            }
            kept.put(field.getKey(), walkValue(field.getValue(), path, classes, entitled, removed));
        }
        return kept;
    }

    @SuppressWarnings("unchecked")
    private static Object walkValue(Object value, String path, Map<String, DataClass> classes,
            Set<DataClass> entitled, List<String> removed) {
        if (value instanceof Map<?, ?> nested) {
            return walk((Map<String, Object>) nested, path + ".", classes, entitled, removed);
        }
        if (value instanceof List<?> items) {
            List<String> removedInItems = new ArrayList<>();
            List<Object> kept = new ArrayList<>(items.size());
            for (Object item : items) {
                kept.add(walkValue(item, path, classes, entitled, removedInItems));
            }
            removedInItems.stream().distinct().forEach(removed::add);
            return kept;
        }
        return value;
    }
}
