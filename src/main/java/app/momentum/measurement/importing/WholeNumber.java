package app.momentum.measurement.importing;

/**
 * Reads a survey score: an integer, or a decimal with comma (Dutch Excel) or point whose fraction is zero ("7,0"
 * is a fine 7, "7,5" is not an answer). Hand-written rather than a regular expression plus {@code BigDecimal}
 * because it runs for every cell of files with millions of cells.
 */
final class WholeNumber {

    /** Returned for text that is not a whole number. */
    static final long NOT_A_WHOLE_NUMBER = Long.MIN_VALUE;

    /** Larger magnitudes are kept at this value: far outside any scale, so still out of range, never overflowing. */
    private static final long CAP = 1_000_000_000_000L;

    private WholeNumber() {
    }

    /**
     * {@code [+-]?[0-9]+([.,][0-9]+)?} with an all-zero fraction, as its value (capped at ±10¹²); otherwise
     * {@link #NOT_A_WHOLE_NUMBER}.
     */
    static long parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * As {@link #parse(String)}, over {@code chars[from .. to)}: the streaming import converts cells straight from
     * the tokenizer's buffer without a string per cell. One or two plain digits — nearly every survey answer —
     * take a short path without the sign and fraction checks.
     */
    static long parse(char[] chars, int from, int to) {
        int length = to - from;
        if (length == 1) {
            int d = chars[from] - '0';
            return d >= 0 && d <= 9 ? d : NOT_A_WHOLE_NUMBER;
        }
        if (length == 2) {
            int d1 = chars[from] - '0';
            int d2 = chars[from + 1] - '0';
            if (d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9) {
                return d1 * 10 + d2;
            }
        }
        return parseGeneral(chars, from, to);
    }

    private static long parseGeneral(char[] chars, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (chars[i] == '+' || chars[i] == '-')) {
            negative = chars[i] == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < to && isDigit(chars[i])) {
            value = Math.min(CAP, value * 10 + (chars[i] - '0'));
            i++;
        }
        if (i == digitsStart) {
            return NOT_A_WHOLE_NUMBER;
        }
        if (i < to && (chars[i] == '.' || chars[i] == ',')) {
            i++;
            int fractionStart = i;
            while (i < to && chars[i] == '0') {
                i++;
            }
            if (i < to && isDigit(chars[i])) {
                return NOT_A_WHOLE_NUMBER; // a non-zero fraction
            }
            if (i == fractionStart) {
                return NOT_A_WHOLE_NUMBER; // "7," has no fraction digits
            }
        }
        return i == to ? (negative ? -value : value) : NOT_A_WHOLE_NUMBER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
