package io.hatchery.spreadsheets;

import java.util.List;

/**
 * What an import did, row by row.
 *
 * @param rows one entry per data row of the file, in file order
 */
public record ImportReport(String type, String fileName, int imported, int duplicates, int refused,
        List<RowResult> rows) {

    public enum Outcome {
        /** Created (or, for a known entity, newly linked, e.g. a known firm admitted). */
        IMPORTED,
        /** Already stored as the row says; nothing changed. */
        DUPLICATE,
        /** Not imported; {@code reason} says why. Nothing of the row was stored. */
        REFUSED
    }

    /**
     * @param row    the row number in the sheet (the header is row 1 when it is the first row)
     * @param id     what the row is about, when known
     * @param field  the column at fault, for refusals caused by one value
     */
    public record RowResult(int row, Outcome outcome, String id, String field, String reason) {
    }

    public static ImportReport of(String type, String fileName, List<RowResult> rows) {
        return new ImportReport(type, fileName, count(rows, Outcome.IMPORTED), count(rows, Outcome.DUPLICATE),
                count(rows, Outcome.REFUSED), List.copyOf(rows));
    }

    private static int count(List<RowResult> rows, Outcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
