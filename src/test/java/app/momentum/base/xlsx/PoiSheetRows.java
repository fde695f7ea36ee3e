package app.momentum.base.xlsx;

import app.momentum.base.xlsx.FirstSheet.RowHandler;
import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A sheet's XML, as POI's SAX reader reads it with the JDK's parser, handed on row by row as text by
 * {@link CellText}'s rules: how {@link FirstSheet} read before it parsed with Aalto, kept as the benchmark's peer
 * ({@link PoiSaxFirstSheet}).
 *
 * <p>To stop early, or when the row handler throws, the parse is ended by a {@link Stop}: the only way out of a SAX
 * parse. The caller rethrows the handler's exception as it was, so it is not mistaken for a damaged workbook.
 */
final class PoiSheetRows extends DefaultHandler {

    /** Ends the parse: the handler asked to stop ({@code failure} null) or threw {@code failure}. */
    static final class Stop extends SAXException {

        final RuntimeException failure;

        Stop(RuntimeException failure) {
            this.failure = failure;
        }
    }

    private final ReadOnlySharedStringsTable strings;

    private final RowHandler handler;
    /** Per cell style, whether it shows a date: worked out once per style rather than once per cell. */
    private final SheetStyles dateStyles;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;

    PoiSheetRows(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
        this.strings = strings;
        this.dateStyles = new SheetStyles(styles);
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) {
        switch (localName) {
            case "dimension" -> handler.lastRowHint(SheetStyles.lastRow(attributes.getValue("ref")));
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
    public void endElement(String uri, String localName, String name) throws Stop {
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
                    handOn(new SheetRow(rowNumber, cells));
                }
            }
            default -> { }
        }
    }

    private void handOn(SheetRow row) throws Stop {
        boolean goOn;
        try {
            goOn = handler.row(row);
        } catch (RuntimeException failure) {
            throw new Stop(failure);
        }
        if (!goOn) {
            throw new Stop(null);
        }
    }

    private String cellText() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return CellText.number(raw, dateStyles.isDate(style));
        }
        return switch (type) {
            case "s" -> CellText.string(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "str", "inlineStr" -> CellText.string(raw);
            case "b" -> CellText.bool(raw);
            default -> ""; // "e": an error value, which a CSV export would not hold either
        };
    }

}
