package io.hatchery.exchange.delivery.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a subscription stands in the platform's topics: the next offset to read per {@code topic:partition}.
 * Also the pull API's cursor, as text ({@code topic:partition=offset,…}, base64url).
 */
public record Position(Map<String, Long> offsets) {

    public Position {
        offsets = Map.copyOf(offsets);
    }

    public static String key(String topic, int partition) {
        return topic + ":" + partition;
    }

    public Position with(String topic, int partition, long next) {
        Map<String, Long> changed = new TreeMap<>(offsets);
        changed.put(key(topic, partition), next);
        return new Position(changed);
    }

    public String toCursor() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(offsets).forEach((key, offset) -> text.append(text.isEmpty() ? "" : ",").append(key)
                .append('=').append(offset));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor this API gave out */
    public static Position fromCursor(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a cursor of this API");
        }
        Map<String, Long> offsets = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                int equals = part.lastIndexOf('=');
                int colon = part.lastIndexOf(':', equals);
                if (equals < 0 || colon < 0) {
                    throw new IllegalArgumentException("is not a cursor of this API");
                }
                try {
                    Integer.parseInt(part.substring(colon + 1, equals));
                    long offset = Long.parseLong(part.substring(equals + 1));
                    if (offset < 0) {
                        throw new IllegalArgumentException("is not a cursor of this API");
                    }
                    offsets.put(part.substring(0, equals), offset);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("is not a cursor of this API");
                }
            }
        }
        return new Position(offsets);
    }
}
