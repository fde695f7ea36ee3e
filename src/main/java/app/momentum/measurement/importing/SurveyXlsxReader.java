package app.momentum.measurement.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of a respondent-level survey export (XLSX) into a {@link SurveyTable}, with the same rules
 * as {@link SurveyCsvReader}: the first non-blank row is the header, blank rows are skipped, short rows are padded
 * and extra non-empty cells are refused. Row numbers are Excel's, so a message points at the row the user sees.
 */
public final class SurveyXlsxReader {

    private SurveyXlsxReader() {
    }

    /**
     * @throws SurveyImportException when the bytes are not a workbook, or the sheet is empty or has only a header
     */
    public static SurveyTable read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return read(workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0));
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof SurveyImportException known) {
                throw known;
            }
            // POI throws a variety of runtime exceptions for damaged or foreign zips: all mean "not a workbook"
            throw new SurveyImportException("import.error.not-workbook", null, null, null);
        }
    }

    private static SurveyTable read(Sheet sheet) {
        List<String> headers = null;
        int headerRow = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        if (sheet != null) {
            for (Row row : sheet) {
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int line = row.getRowNum() + 1;
                if (headers == null) {
                    headers = trimTrailingBlanks(cells);
                    headerRow = line;
                    SurveyTable.rejectDuplicateHeaders(headers, line);
                } else {
                    rows.add(fitToHeader(cells, headers.size(), line));
                    lines.add(line);
                }
            }
        }
        if (headers == null) {
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        if (rows.isEmpty()) {
            throw new SurveyImportException("import.error.header-only", headerRow, null, null);
        }
        // charset and delimiter only describe CSV files; a workbook has neither
        return new SurveyTable(headers, rows, lines, StandardCharsets.UTF_8, ',');
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    /** A cell as the text a CSV export would hold: whole numbers without ".0", formulas by their cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        return List.copyOf(cells.subList(0, width));
    }

    private static List<String> fitToHeader(List<String> cells, int width, int line) {
        List<String> used = trimTrailingBlanks(cells);
        if (used.size() > width) {
            throw new SurveyImportException("import.error.wrong-column-count", line, null, used.get(width), width,
                    used.size());
        }
        List<String> fitted = new ArrayList<>(used);
        while (fitted.size() < width) {
            fitted.add("");
        }
        return fitted;
    }
}
