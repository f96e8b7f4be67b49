package io.hatchery.spreadsheets;

import io.hatchery.application.access.RegionAccessDeniedException;
import io.hatchery.application.refusal.BusinessRuleViolation;
import io.hatchery.application.refusal.InvalidRequestException;
import io.hatchery.persistence.AggregateNotFoundException;
import io.hatchery.spreadsheets.ImportReport.Outcome;
import io.hatchery.spreadsheets.ImportReport.RowResult;
import io.hatchery.spreadsheets.SpreadsheetReader.SheetRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Importing one row: reading its cells (dates and numbers in the forms people type them) and turning every refusal
 * into the row's result, so that one bad row never stops the others.
 */
public final class RowImport {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private RowImport() {
    }

    /** A value that cannot be read, naming its column. */
    public static final class BadCell extends RuntimeException {
        private final String field;

        public BadCell(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Imports a row; its refusals (bad cells, invalid requests, rules, regions, what it names that does not exist)
     * become a REFUSED result.
     */
    public static RowResult run(SheetRow row, Function<Map<String, String>, RowResult> importer) {
        try {
            RowResult result = importer.apply(row.values());
            return new RowResult(row.number(), result.outcome(), result.id(), result.field(), result.reason());
        } catch (BadCell bad) {
            return new RowResult(row.number(), Outcome.REFUSED, null, bad.field(), bad.getMessage());
        } catch (InvalidRequestException invalid) {
            var first = invalid.errors().get(0);
            return new RowResult(row.number(), Outcome.REFUSED, null, first.field(),
                    invalid.errors().stream().map(error -> error.field() + ": " + error.message())
                            .reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (BusinessRuleViolation violation) {
            return new RowResult(row.number(), Outcome.REFUSED, null, null,
                    violation.rule() + ": " + violation.getMessage());
        } catch (RegionAccessDeniedException denied) {
            return new RowResult(row.number(), Outcome.REFUSED, null, "region", denied.getMessage());
        } catch (AggregateNotFoundException missing) {
            return new RowResult(row.number(), Outcome.REFUSED, null, null, missing.getMessage());
        }
    }

    public static String required(Map<String, String> values, String column) {
        String value = values.get(column);
        if (value == null || value.isBlank()) {
            throw new BadCell(column, "is required");
        }
        return value;
    }

    /** A required cell read by the parser; its IllegalArgumentException becomes a bad cell naming the column. */
    public static <T> T parse(Map<String, String> values, String column, Function<String, T> parser) {
        String value = required(values, column);
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new BadCell(column, e.getMessage());
        }
    }

    /** As {@link #parse} for a cell that may be empty: null then. */
    public static <T> T optional(Map<String, String> values, String column, Function<String, T> parser) {
        return values.containsKey(column) ? parse(values, column, parser) : null;
    }

    public static LocalDate date(String value) {
        String trimmed = value.trim();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException next) {
                // try the next common form
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a date (e.g. 2024-03-01, 2024/3/1, 2024年3月1日)");
    }

    public static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
    }

    /** The same row's fingerprint every time, as the Idempotency-Key of what it creates: a re-import replays. */
    public static String fingerprint(Map<String, String> values) {
        return "import:" + UUID.nameUUIDFromBytes(new TreeMap<>(values).toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
