package io.hatchery.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An empty workbook with a sheet's columns under their Chinese headers, required columns first. */
public final class SheetTemplate {

    /** The media type of what {@link #xlsx} writes. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetTemplate() {
    }

    public static byte[] xlsx(String sheetName, SheetColumns columns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            int column = 0;
            for (Map.Entry<String, List<String>> entry : columns.headers().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> Boolean.compare(
                            !columns.requiredColumns().contains(a), !columns.requiredColumns().contains(b))))
                    .toList()) {
                header.createCell(column++).setCellValue(entry.getValue().stream()
                        .filter(alias -> alias.chars().anyMatch(c -> c > 127)).findFirst().orElse(entry.getKey()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a template", e);
        }
    }
}
