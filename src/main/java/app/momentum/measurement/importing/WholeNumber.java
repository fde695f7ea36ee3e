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
        int i = 0;
        int length = text.length();
        boolean negative = false;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < length && isDigit(text.charAt(i))) {
            value = Math.min(CAP, value * 10 + (text.charAt(i) - '0'));
            i++;
        }
        if (i == digitsStart) {
            return NOT_A_WHOLE_NUMBER;
        }
        if (i < length && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
            i++;
            int fractionStart = i;
            while (i < length && text.charAt(i) == '0') {
                i++;
            }
            if (i < length && isDigit(text.charAt(i))) {
                return NOT_A_WHOLE_NUMBER; // a non-zero fraction
            }
            if (i == fractionStart) {
                return NOT_A_WHOLE_NUMBER; // "7," has no fraction digits
            }
        }
        return i == length ? (negative ? -value : value) : NOT_A_WHOLE_NUMBER;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
