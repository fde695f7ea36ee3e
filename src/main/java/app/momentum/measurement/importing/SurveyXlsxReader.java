package app.momentum.measurement.importing;

import app.momentum.base.xlsx.FirstSheet;
import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of a respondent-level survey export (XLSX, through {@link FirstSheet}) into a
 * {@link SurveyTable}, with the same rules as {@link SurveyCsvReader}: the first non-blank row is the header, blank
 * rows are skipped, short rows are padded and extra non-empty cells are refused. Row numbers are Excel's, so a message points at the row the user sees.
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
        List<SheetRow> sheet;
        try {
            sheet = FirstSheet.read(bytes);
        } catch (FirstSheet.NotAWorkbookException notAWorkbook) {
            throw new SurveyImportException("import.error.not-workbook", null, null, null);
        }
        if (sheet.isEmpty()) {
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        SheetRow header = sheet.getFirst();
        List<String> headers = trimTrailingBlanks(header.cells());
        SurveyTable.rejectDuplicateHeaders(headers, header.number());
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (SheetRow row : sheet.subList(1, sheet.size())) {
            rows.add(fitToHeader(row.cells(), headers.size(), row.number()));
            lines.add(row.number());
        }
        if (rows.isEmpty()) {
            throw new SurveyImportException("import.error.header-only", header.number(), null, null);
        }
        // charset and delimiter only describe CSV files; a workbook has neither
        return new SurveyTable(headers, rows, lines, StandardCharsets.UTF_8, ',');
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
