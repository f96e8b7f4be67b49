package io.hatchery.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty workbook with a sheet's columns under their Chinese headers: the required columns in their order, then the
 * others by name, so that a template is the same file from every instance and every release.
 */
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
            for (String name : order(columns)) {
                header.createCell(column++).setCellValue(columns.headers().get(name).stream()
                        .filter(alias -> alias.chars().anyMatch(c -> c > 127)).findFirst().orElse(name));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a template", e);
        }
    }

    /** The columns' names in the template's order. */
    static List<String> order(SheetColumns columns) {
        List<String> order = new ArrayList<>(columns.requiredColumns());
        columns.headers().keySet().stream().filter(name -> !order.contains(name)).sorted().forEach(order::add);
        return order;
    }
}
