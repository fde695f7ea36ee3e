package app.momentum.measurement.importing;

import app.momentum.base.xlsx.FirstSheet;
import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of a respondent-level survey export (XLSX, through {@link FirstSheet}) with the same rules as
 * {@link SurveyCsvReader}: the first non-blank row is the header, blank rows are skipped, short rows are padded and
 * extra non-empty cells are refused. Row numbers are Excel's, so a message points at the row the user sees.
 *
 * <p>The rows stream ({@link #stream}): each is handed on as it is read and then dropped, so an import of 100,000
 * respondents holds one row at a time, not the sheet. {@link #read} collects them into a {@link SurveyTable} for
 * callers that want the whole table.
 */
public final class SurveyXlsxReader {

    private SurveyXlsxReader() {
    }

    /** Receives the header and then each data row, fitted to the header's width, as they are read. */
    interface SheetHandler {

        void header(List<String> headers, int line);

        /** @return true to read on, false to stop */
        boolean row(List<String> cells, int line);

        /** Before the header, if the sheet says: the last row number its dimension claims (see {@link FirstSheet}). */
        default void lastRowHint(int lastRow) {
        }
    }

    /**
     * @throws SurveyImportException when the bytes are not a workbook, or the sheet is empty or has only a header
     */
    public static SurveyTable read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
        }
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        stream(handler -> FirstSheet.forEachRow(bytes, handler), new SheetHandler() {
            @Override
            public void header(List<String> names, int line) {
                headers.addAll(names);
            }

            @Override
            public boolean row(List<String> cells, int line) {
                rows.add(cells);
                lines.add(line);
                return true;
            }
        });
        // charset and delimiter only describe CSV files; a workbook has neither
        return new SurveyTable(headers, rows, lines, StandardCharsets.UTF_8, ',');
    }

    /**
     * The headers and the first {@code sampleRows} data rows; the rest of the sheet is not read, so a bad row further
     * down is reported by the analysis, as for CSV.
     *
     * @throws SurveyImportException as {@link #stream}
     */
    static SurveyPreview preview(Path file, int sampleRows) {
        List<String> headers = new ArrayList<>();
        List<List<String>> sample = new ArrayList<>();
        stream(file, new SheetHandler() {
            @Override
            public void header(List<String> names, int line) {
                headers.addAll(names);
            }

            @Override
            public boolean row(List<String> cells, int line) {
                sample.add(cells);
                return sample.size() < sampleRows;
            }
        });
        return new SurveyPreview(headers, sample, StandardCharsets.UTF_8, (char) 0, true);
    }

    /**
     * Hands the sheet's header and then its data rows to {@code handler}, one by one, until the sheet ends or the
     * handler says stop. An exception the handler throws reaches the caller as it was.
     *
     * @throws SurveyImportException when the file is not a workbook (possibly after some rows, if the damage lies
     *                               further down), the sheet is empty, has only a header, names a column twice, or a
     *                               row has filled cells beyond the header
     */
    static void stream(Path file, SheetHandler handler) {
        stream(rows -> FirstSheet.forEachRow(file, rows), handler);
    }

    /** Where the sheet's rows come from: a file, or uploaded bytes. */
    @FunctionalInterface
    private interface Sheet {
        void forEachRow(FirstSheet.RowHandler rows) throws FirstSheet.NotAWorkbookException;
    }

    private static void stream(Sheet sheet, SheetHandler handler) {
        Fitting fitting = new Fitting(handler);
        try {
            sheet.forEachRow(fitting);
        } catch (FirstSheet.NotAWorkbookException notAWorkbook) {
            throw new SurveyImportException("import.error.not-workbook", null, null, null);
        }
        if (fitting.headerLine == 0) {
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        if (!fitting.sawData) {
            throw new SurveyImportException("import.error.header-only", fitting.headerLine, null, null);
        }
    }

    /** The first row as the header; every later row checked against it and padded to its width. */
    private static final class Fitting implements FirstSheet.RowHandler {

        private final SheetHandler handler;
        private int headerLine;
        private int width;
        private boolean sawData;

        Fitting(SheetHandler handler) {
            this.handler = handler;
        }

        @Override
        public void lastRowHint(int lastRow) {
            handler.lastRowHint(lastRow);
        }

        @Override
        public boolean row(SheetRow row) {
            if (headerLine == 0) {
                List<String> headers = trimTrailingBlanks(row.cells());
                SurveyTable.rejectDuplicateHeaders(headers, row.number());
                headerLine = row.number();
                width = headers.size();
                handler.header(headers, row.number());
                return true;
            }
            sawData = true;
            return handler.row(fitToHeader(row.cells(), width, row.number()), row.number());
        }
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
