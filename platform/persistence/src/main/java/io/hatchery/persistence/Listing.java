package io.hatchery.persistence;

import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.index.Index;

/**
 * What lists of an aggregate kind filter and sort on: fields derived from the state, stored beside it as
 * {@code list.<field>} in the same atomic write, so that a list query runs in the database on indexed plain values
 * (a carrier's level on a date, a firm's current carrier) instead of on the state's nested history. The indexes
 * are created when the store starts; documents written before the listing existed, or under an older
 * {@code version} of it, are brought up to date then too.
 *
 * @param version  raise it whenever {@code fields} changes, so that stored listings are recomputed
 * @param fields   the listing fields of a state; values are strings, numbers, booleans or lists of them
 * @param indexes  the indexes list queries use on real MongoDB, keys named {@code list.<field>}
 */
public record Listing<S>(int version, Function<S, Document> fields, List<Index> indexes) {

    public static final String FIELD = "list";
    static final String VERSION = "listVersion";

    public Listing {
        indexes = List.copyOf(indexes);
    }

    /** Sorts below every printable character, so that joined parts order as the parts compared one by one. */
    private static final char SORT_KEY_SEPARATOR = '\u0001';

    /** A sort key ordering like its parts compared in turn (a name, then an id), for one indexed sort field. */
    public static String sortKey(String... parts) {
        return String.join(String.valueOf(SORT_KEY_SEPARATOR), parts);
    }

    /** The path of a listing field in a query, e.g. {@code list.sortKey}. */
    public static String path(String field) {
        return FIELD + "." + field;
    }
}
