package io.hatchery.spreadsheets;

import io.hatchery.application.refusal.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an .xlsx, or a .csv (UTF-8, or GB18030 as Chinese Excel saves it), into rows keyed by
 * canonical column names. The first non-empty row is the header.
 */
public final class SpreadsheetReader {

    /** A data row: its number as the user sees it in the sheet (1 = header row), and its non-blank cells. */
    public record SheetRow(int number, Map<String, String> values) {
    }

    private SpreadsheetReader() {
    }

    /** @throws io.hatchery.application.refusal.InvalidRequestException naming {@code file} when it cannot be read */
    public static List<SheetRow> read(String fileName, byte[] content, SheetColumns type) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            table = readWorkbook(content);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            table = readCsv(content);
        } else {
            throw InvalidRequestException.of("file", "must be an .xlsx or .csv file, got '" + fileName + "'");
        }
        int headerIndex = 0;
        while (headerIndex < table.size() && table.get(headerIndex).stream().allMatch(String::isBlank)) {
            headerIndex++;
        }
        if (headerIndex == table.size()) {
            throw InvalidRequestException.of("file", "is empty");
        }
        List<String> header = table.get(headerIndex);
        List<String> columns = header.stream().map(type::columnOf).toList();
        List<String> missing = type.requiredColumns().stream().filter(column -> !columns.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw InvalidRequestException.of("file", "has no column for " + missing + "; accepted headers: "
                    + type.headers());
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < Math.min(cells.size(), columns.size()); c++) {
                if (columns.get(c) != null && !cells.get(c).isBlank()) {
                    values.put(columns.get(c), cells.get(c).trim());
                }
            }
            if (!values.isEmpty()) {
                rows.add(new SheetRow(i + 1, values));
            }
        }
        return rows;
    }

    private static List<List<String>> readWorkbook(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw InvalidRequestException.of("file", "cannot be read as a spreadsheet: " + e.getMessage());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.toString();
        }
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
        }
        return formatter.formatCellValue(cell).trim();
    }

    private static List<List<String>> readCsv(byte[] content) {
        String text = decode(content);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text))) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw InvalidRequestException.of("file", "cannot be read as CSV: " + e.getMessage());
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}
