package app.momentum.base.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What a sheet parser needs to know of the workbook's styles and the sheet's dimension: whether a cell style is a
 * date format (looked up once per style, a sheet refers to a few styles thousands of times), and the last row.
 */
final class SheetStyles {

    private final StylesTable styles;
    /** Per style index: whether it formats a date; null until asked. */
    private final List<Boolean> dateStyles = new ArrayList<>();

    SheetStyles(StylesTable styles) {
        this.styles = styles;
    }

    /** Whether the style at {@code index} (an {@code s} attribute; -1 for none) formats a date. */
    boolean isDate(int index) {
        if (index < 0) {
            return false;
        }
        while (dateStyles.size() <= index) {
            dateStyles.add(null);
        }
        Boolean known = dateStyles.get(index);
        if (known == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            known = cellStyle != null && CellText.isDateFormat(cellStyle.getDataFormat(),
                    cellStyle.getDataFormatString());
            dateStyles.set(index, known);
        }
        return known;
    }

    /** The last row of a dimension such as "A1:AB100001" (or "A1"), 0 when there is none. */
    static int lastRow(String reference) {
        if (reference == null || reference.isBlank()) {
            return 0;
        }
        try {
            return new CellReference(reference.substring(reference.indexOf(':') + 1)).getRow() + 1;
        } catch (RuntimeException unreadable) {
            return 0; // only a hint
        }
    }
}
