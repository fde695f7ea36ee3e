package app.momentum.base.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text rules for a cell as stored in the sheet's XML, so that a workbook reads as a CSV export of it would hold
 * it: whole numbers without ".0", dates (by their cell style) as ISO dates, strings stripped, booleans as
 * {@code true}/{@code false}, errors empty. Kept apart from the XML reading so every reader applies the same rules.
 */
final class CellText {

    /** Excel keeps 15 significant digits: a whole number of at most 15 digits is exact as a double too. */
    private static final int EXACT_DIGITS = 15;

    private CellText() {
    }

    /**
     * A numeric cell's stored value ({@code raw}, e.g. "9", "7.25", "1.1000000000000001") as text; with a date style
     * a valid Excel day count becomes an ISO date. Numbers go through a double, as Excel itself holds them, so "1.1"
     * stored as "1.1000000000000001" reads as "1.1".
     */
    static String number(String raw, boolean dateStyle) {
        if (raw.isEmpty()) {
            return "";
        }
        if (!dateStyle && isPlainWholeNumber(raw)) {
            return raw; // nearly every survey cell: the double route would give the same text, only slower
        }
        double number = Double.parseDouble(raw);
        if (dateStyle && DateUtil.isValidExcelDate(number)) {
            return DateUtil.getLocalDateTime(number).toLocalDate().toString();
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Whether a number format (by its id and, for custom formats, its code) shows a date. */
    static boolean isDateFormat(int formatId, String formatCode) {
        return DateUtil.isADateFormat(formatId, formatCode);
    }

    /** A shared, inline or formula string. */
    static String string(String raw) {
        return raw.strip();
    }

    /** A boolean cell, stored as 1 or 0. */
    static String bool(String raw) {
        return String.valueOf("1".equals(raw.strip()));
    }

    /** "0", or an optional minus and up to 15 digits without a leading zero: its own text under the number rule. */
    private static boolean isPlainWholeNumber(String raw) {
        int start = raw.charAt(0) == '-' ? 1 : 0;
        int digits = raw.length() - start;
        if (digits < 1 || digits > EXACT_DIGITS || (raw.charAt(start) == '0' && (digits > 1 || start == 1))) {
            return false;
        }
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
