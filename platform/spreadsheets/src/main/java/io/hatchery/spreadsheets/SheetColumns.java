package io.hatchery.spreadsheets;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns a kind of sheet holds: each canonical column name (as in the API) with the headers accepted for it,
 * English and the Chinese headers of the provinces' own sheets.
 */
public interface SheetColumns {

    /** Canonical column → accepted headers. */
    Map<String, List<String>> headers();

    List<String> requiredColumns();

    /** The canonical column a header names (case, spaces and full-width brackets ignored), or null. */
    default String columnOf(String header) {
        String wanted = normalize(header);
        for (Map.Entry<String, List<String>> column : headers().entrySet()) {
            for (String alias : column.getValue()) {
                if (normalize(alias).equals(wanted)) {
                    return column.getKey();
                }
            }
        }
        return null;
    }

    private static String normalize(String header) {
        return header == null ? "" : header.replace('（', '(').replace('）', ')').replace("㎡", "平方米")
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
