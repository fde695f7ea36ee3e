package app.momentum.base.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

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
     * The first sheet's rows that have a non-blank cell, in order; an empty list for an empty or sheetless workbook.
     *
     * <p>Read with POI's streaming SAX reader, row by row from the sheet's XML, not as a workbook of cell objects: that
     * is about 2.5 times faster, and POI's in-memory reader refuses a sheet whose XML exceeds 100 MB (a survey of
     * 100,000 respondents) as if it were no workbook at all (see docs/benchmarks.md). The zip is read from a temporary
     * file because POI buffers the entries of a zip read from a stream in memory, with the same limit.
     */
    public static List<SheetRow> read(byte[] bytes) throws NotAWorkbookException {
        Path temp = null;
        try {
            temp = Files.createTempFile("momentum-workbook", ".xlsx");
            Files.write(temp, bytes);
            return read(temp);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /** As {@link #read(byte[])}, from a file. */
    public static List<SheetRow> read(Path file) throws NotAWorkbookException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new ArrayList<>();
            }
            SheetRows rows = new SheetRows(new ReadOnlySharedStringsTable(workbook), reader.getStylesTable());
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(rows);
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException
                 | RuntimeException notAWorkbook) {
            // POI throws a variety of exceptions for damaged or foreign zips: all mean "not a workbook"
            throw new NotAWorkbookException(notAWorkbook);
        }
    }

    /**
     * The sheet's XML as rows of text, by {@link #text(Cell)}'s rules: whole numbers without ".0", formulas by their
     * cached value, dates by their cell style as ISO dates, strings stripped, errors empty.
     */
    private static final class SheetRows extends DefaultHandler {

        final List<SheetRow> rows = new ArrayList<>();
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        SheetRows(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String number = attributes.getValue("r");
                    rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? column + 1 : new CellReference(reference).getCol();
                    type = attributes.getValue("t");
                    String styleIndex = attributes.getValue("s");
                    style = styleIndex == null ? -1 : Integer.parseInt(styleIndex);
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] text, int start, int length) {
            if (inValue) {
                value.append(text, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText());
                }
                case "row" -> {
                    if (!cells.stream().allMatch(String::isBlank)) {
                        rows.add(new SheetRow(rowNumber, cells));
                    }
                }
                default -> { }
            }
        }

        private String cellText() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(Double.parseDouble(raw));
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString().strip();
                case "str", "inlineStr" -> raw.strip();
                case "b" -> String.valueOf("1".equals(raw.strip()));
                default -> ""; // "e": an error value, which a CSV export would not hold either
            };
        }

        private String number(double number) {
            if (style >= 0 && DateUtil.isValidExcelDate(number)) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString())) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
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
