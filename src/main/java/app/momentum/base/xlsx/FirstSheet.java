package app.momentum.base.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded XLSX workbook into rows of text, as a CSV export of it would hold them, with
 * Excel's row numbers so an import can point at the row the user sees. Shared by every import that takes workbooks
 * (survey files, KPI values); what the rows mean is up to each importer.
 */
public final class FirstSheet {

    private FirstSheet() {
    }

    /** One non-blank row: its number as Excel shows it (1-based) and its cells up to the last one used. */
    public record SheetRow(int number, List<String> cells) {

        public SheetRow {
            cells = List.copyOf(cells);
        }
    }

    /** The bytes are not a readable XLSX workbook (another file type, a damaged or encrypted file). */
    public static final class NotAWorkbookException extends Exception {

        NotAWorkbookException(Throwable cause) {
            super("not an XLSX workbook", cause);
        }
    }

    /** Whether the bytes start like a zip file, as every XLSX does (users rename files freely; names prove nothing). */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The first sheet's rows that have a non-blank cell, in order; an empty list for an empty or sheetless workbook. */
    public static List<SheetRow> read(byte[] bytes) throws NotAWorkbookException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<SheetRow> rows = new ArrayList<>();
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException notAWorkbook) {
            // POI throws a variety of runtime exceptions for damaged or foreign zips: all mean "not a workbook"
            throw new NotAWorkbookException(notAWorkbook);
        }
    }

    /**
     * A cell as the text a CSV export would hold: whole numbers without ".0", formulas by their cached value, and
     * dates (a typed "2026-03" becomes one) as ISO dates ({@code 2026-03-01}) rather than Excel's day count.
     */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
