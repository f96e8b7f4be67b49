package io.hatchery.spreadsheets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** An enum value as people write it in a cell: its Chinese name from a table, or its own name in any case. */
public final class CellNames {

    private CellNames() {
    }

    /** @throws IllegalArgumentException naming the accepted values, for a cell that names none of them */
    public static <E extends Enum<E>> E named(String value, Map<String, E> chinese, Class<E> type) {
        String trimmed = value.trim();
        E named = chinese.get(trimmed);
        if (named != null) {
            return named;
        }
        try {
            return Enum.valueOf(type, trimmed.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of " + chinese.keySet() + " or "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }
}
