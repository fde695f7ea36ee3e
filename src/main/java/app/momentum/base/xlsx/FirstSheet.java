package app.momentum.base.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

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

    /**
     * Receives the first sheet's non-blank rows in order, each as soon as it is read, so a caller can convert and
     * count it and let it go: the sheet is never held whole.
     */
    @FunctionalInterface
    public interface RowHandler {

        /**
         * One non-blank row. An exception thrown here ends the reading and reaches the caller of
         * {@link #forEachRow} as it was thrown.
         *
         * @return true to read on, false to stop (the rest of the sheet is not read)
         */
        boolean row(SheetRow row);

        /**
         * Before the first row, if the sheet says: the last row number its dimension claims (e.g. 100,001). Only a
         * hint, for progress: writers may leave it out or get it wrong.
         */
        default void lastRowHint(int lastRow) {
        }
    }

    /**
     * The first sheet's rows that have a non-blank cell, in order; an empty list for an empty or sheetless workbook.
     * Holds the whole sheet: for small files (KPI values); a survey streams with {@link #forEachRow}.
     */
    public static List<SheetRow> read(byte[] bytes) throws NotAWorkbookException {
        List<SheetRow> rows = new ArrayList<>();
        forEachRow(bytes, rows::add);
        return rows;
    }

    /** As {@link #read(byte[])}, from a file. */
    public static List<SheetRow> read(Path file) throws NotAWorkbookException {
        List<SheetRow> rows = new ArrayList<>();
        forEachRow(file, rows::add);
        return rows;
    }

    /** As {@link #forEachRow(Path, RowHandler)}, from bytes (written to a temporary file first, see there). */
    public static void forEachRow(byte[] bytes, RowHandler handler) throws NotAWorkbookException {
        Path temp = null;
        try {
            temp = Files.createTempFile("momentum-workbook", ".xlsx");
            Files.write(temp, bytes);
            forEachRow(temp, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temp file left behind is removed by the OS
                }
            }
        }
    }

    /**
     * Hands the first sheet's non-blank rows to {@code handler} one by one, in order, until the sheet ends or the
     * handler says stop; nothing for an empty or sheetless workbook.
     *
     * <p>Streaming, not a workbook of cell objects: POI's in-memory reader was several times slower and refuses a
     * sheet whose XML exceeds 100 MB (a survey of 100,000 respondents) as if it were no workbook at all. POI opens the
     * zip (from a file: POI buffers a zip read from a stream in memory, with the same limit), guards against zip bombs
     * and reads the shared strings and styles; the sheet's XML, the bulk of the work, is parsed by Aalto
     * ({@link SheetXmlRows}): on 100,000 rows about half the CPU time of POI's SAX reader on the JDK's parser, and
     * less than FastExcel's reader under the same text rules (docs/benchmarks.md).
     *
     * @throws NotAWorkbookException when the file is no readable workbook — possibly after some rows were handed on,
     *                               if the damage lies further down the sheet
     */
    public static void forEachRow(Path file, RowHandler handler) throws NotAWorkbookException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            SheetXmlRows rows = new SheetXmlRows(new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(),
                    handler);
            try (InputStream sheet = sheets.next()) {
                rows.read(sheet);
            }
        } catch (SheetXmlRows.HandlerFailure handlerFailure) {
            throw handlerFailure.failure; // the handler's own exception, not a damaged workbook
        } catch (IOException | SAXException | XMLStreamException | OpenXML4JException
                 | RuntimeException notAWorkbook) {
            // POI throws a variety of exceptions for damaged or foreign zips: all mean "not a workbook"
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
