package io.hatchery.spreadsheets;

import io.hatchery.application.refusal.InvalidRequestException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export written as it is produced, a row at a time, so that its memory does not grow with its length. The
 * notice (what the file holds and for whom) comes with the data: in a .csv, lines starting with {@code #} before
 * the header; in an .xlsx, the data sheet's name and a sheet of its own after it.
 */
public abstract class SpreadsheetWriter implements AutoCloseable {

    /** The file formats an export can be asked for. */
    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX(SheetTemplate.XLSX, "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** @throws InvalidRequestException naming {@code field} for a format not offered */
        public static Format parse(String field, String value) {
            return Arrays.stream(values()).filter(format -> format.extension.equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> InvalidRequestException.of(field, "must be csv or xlsx, got '" + value + "'"));
        }
    }

    /** Rows of an .xlsx kept in memory while writing; older ones are flushed to a temporary file. */
    private static final int XLSX_ROWS_IN_MEMORY = 100;

    /**
     * @param sheetName the data sheet's name in an .xlsx
     * @param notice    what the file holds and for whom, line by line
     * @param header    the column headers
     */
    public static SpreadsheetWriter open(Format format, OutputStream out, String sheetName, List<String> notice,
            List<String> header) {
        SpreadsheetWriter writer = format == Format.CSV ? new Csv(out, notice) : new Xlsx(out, sheetName, notice);
        writer.row(header);
        return writer;
    }

    /** Writes one row; {@code null} cells are left empty. */
    public abstract void row(List<?> cells);

    /** Finishes the file. The output stream stays open. */
    @Override
    public abstract void close();

    private static final class Csv extends SpreadsheetWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> notice) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                // The byte-order mark makes Chinese Excel read the file as UTF-8 rather than GB18030.
                writer.write('\uFEFF');
                printer = CSVFormat.DEFAULT.builder().setCommentMarker('#').get().print(writer);
                for (String line : notice) {
                    printer.printComment(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        }

        @Override
        public void row(List<?> cells) {
            try {
                printer.printRecord(cells.stream().map(cell -> cell == null ? "" : cell.toString()).toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        }
    }

    private static final class Xlsx extends SpreadsheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY);
        private final Sheet data;
        private final List<String> notice;
        private int rows;

        Xlsx(OutputStream out, String sheetName, List<String> notice) {
            this.out = out;
            this.notice = notice;
            this.data = workbook.createSheet(sheetName);
        }

        @Override
        public void row(List<?> cells) {
            write(data, rows++, cells);
        }

        @Override
        public void close() {
            // Closing the workbook also deletes its temporary files.
            try (workbook) {
                Sheet about = workbook.createSheet("说明");
                for (int line = 0; line < notice.size(); line++) {
                    write(about, line, List.of(notice.get(line)));
                }
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        }

        private static void write(Sheet sheet, int index, List<?> cells) {
            Row row = sheet.createRow(index);
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Number number) {
                    row.createCell(column).setCellValue(number.doubleValue());
                } else if (cell != null) {
                    row.createCell(column).setCellValue(cell.toString());
                }
            }
        }
    }
}
