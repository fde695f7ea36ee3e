package app.momentum.base.xlsx;

import app.momentum.base.xlsx.FirstSheet.RowHandler;
import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;

/**
 * A sheet's XML read row by row with Aalto's StAX parser and handed on as text by {@link CellText}'s rules.
 *
 * <p>Aalto rather than the JDK's parser (which POI's SAX reader uses): the sheet's XML is the bulk of the work, and
 * with Aalto, text taken from the parser's buffer and columns read from the cell reference without POI's
 * {@code CellReference}, a sheet takes about half the CPU time (docs/benchmarks.md, issue 13). A pull parser also
 * lets a row handler stop the reading by returning, with no exception thrown through the parser. DTDs are off: no
 * external entity is ever fetched and no entity expanded, as POI's own parser settings ensure.
 */
final class SheetXmlRows {

    /** Ends the reading with the row handler's own exception, told apart from a damaged workbook. */
    static final class HandlerFailure extends RuntimeException {

        final RuntimeException failure;

        HandlerFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private static final XMLInputFactory XML = secureFactory();

    private final ReadOnlySharedStringsTable strings;
    private final RowHandler handler;
    /** Per cell style, whether it shows a date: worked out once per style rather than once per cell. */
    private final SheetStyles styles;
    private final List<String> cells = new ArrayList<>();
    /** The shared strings' texts as far as asked for (see {@link #sharedText}). */
    private String[] sharedTexts = new String[64];
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int column;
    private String type;
    private int style;
    private boolean inValue;

    SheetXmlRows(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
        this.strings = strings;
        this.styles = new SheetStyles(styles);
        this.handler = handler;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * Reads the sheet until it ends or the handler says stop.
     *
     * @throws HandlerFailure         when the handler throws
     * @throws XMLStreamException     when the XML is damaged
     */
    void read(InputStream sheet) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(sheet);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml);
                } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
                    // straight from the parser's buffer: no string per text event
                    value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else if (event == XMLStreamConstants.END_ELEMENT && !end(xml.getLocalName())) {
                    return;
                }
            }
        } finally {
            xml.close();
        }
    }

    private void start(XMLStreamReader xml) throws XMLStreamException {
        switch (xml.getLocalName()) {
            case "dimension" -> handler.lastRowHint(SheetStyles.lastRow(xml.getAttributeValue(null, "ref")));
            case "row" -> {
                String number = xml.getAttributeValue(null, "r");
                rowNumber = number == null ? rowNumber + 1 : Integer.parseInt(number);
                cells.clear();
                column = -1;
            }
            case "c" -> {
                String reference = xml.getAttributeValue(null, "r");
                column = reference == null ? column + 1 : column(reference);
                type = xml.getAttributeValue(null, "t");
                String styleIndex = xml.getAttributeValue(null, "s");
                style = styleIndex == null ? -1 : Integer.parseInt(styleIndex);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true; // a value, or one run of an inline string (the runs add up)
            default -> { }
        }
    }

    /** @return false when the handler said stop */
    private boolean end(String element) {
        switch (element) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                while (cells.size() < column) {
                    cells.add("");
                }
                cells.add(cellText());
            }
            case "row" -> {
                if (!cells.stream().allMatch(String::isBlank)) {
                    return handOn(new SheetRow(rowNumber, cells));
                }
            }
            default -> { }
        }
        return true;
    }

    private boolean handOn(SheetRow row) {
        try {
            return handler.row(row);
        } catch (RuntimeException failure) {
            throw new HandlerFailure(failure);
        }
    }

    private String cellText() {
        String raw = value.toString();
        if (type == null || type.equals("n")) {
            return CellText.number(raw, styles.isDate(style));
        }
        return switch (type) {
            case "s" -> sharedText(Integer.parseInt(raw.strip()));
            case "str", "inlineStr" -> CellText.string(raw);
            case "b" -> CellText.bool(raw);
            default -> ""; // "e": an error value, which a CSV export would not hold either
        };
    }

    /**
     * A shared string's text, worked out once per string: POI decodes it anew on every call, and the same few
     * texts (a region, a customer type) fill most string cells of a survey.
     */
    private String sharedText(int index) {
        if (index >= sharedTexts.length) {
            sharedTexts = Arrays.copyOf(sharedTexts, Math.max(index + 1, 2 * sharedTexts.length));
        }
        String text = sharedTexts[index];
        if (text == null) {
            text = CellText.string(strings.getItemAt(index).getString()); // a bad index: POI's exception
            sharedTexts[index] = text;
        }
        return text;
    }

    /**
     * The 0-based column of a cell reference such as "AB12": its letters in base 26. Done here rather than by POI's
     * {@code CellReference}, which also parses sheet names and absolute marks, for every cell.
     */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        if (column == 0) {
            throw new IllegalArgumentException("not a cell reference: " + reference); // a damaged sheet
        }
        return column - 1;
    }
}
