package io.hatchery.statistics.query.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tables as CSV (UTF-8 with BOM, so Excel shows Chinese) or as an .xlsx workbook. */
final class Tables {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    private Tables() {
    }

    /** The format asked for by {@code format} or, failing that, by the Accept header; null for JSON. */
    static MediaType requested(String format, String accept) {
        String wanted = format != null ? format.toLowerCase(Locale.ROOT) : "";
        if (wanted.equals("csv") || (format == null && accept != null && accept.contains("text/csv"))) {
            return CSV;
        }
        if (wanted.equals("xlsx") || (format == null && accept != null && accept.contains("spreadsheetml"))) {
            return XLSX;
        }
        return null;
    }

    static ResponseEntity<byte[]> render(Table table, MediaType type) {
        byte[] body = type.equals(CSV) ? csv(table) : xlsx(table);
        String extension = type.equals(CSV) ? ".csv" : ".xlsx";
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(table.name() + extension, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static byte[] csv(Table table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(value -> value == null ? ""
                        : value instanceof BigDecimal number ? number.toPlainString() : value.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name().length() > 31 ? table.name().substring(0, 31)
                    : table.name());
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                header.createCell(c).setCellValue(table.columns().get(c));
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof BigDecimal number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
