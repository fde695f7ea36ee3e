package app.momentum.measurement.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Survey figures in tables: two decimals in the user's locale, one precision per table (6.60 beside 7.08, not 6.6). */
final class TwoDecimals {

    private TwoDecimals() {
    }

    /** "–" for an unknown figure; a value that rounds to zero is "0.00", not "-0.00" (a sign it does not have). */
    static String format(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(Math.abs(value) < 0.005 ? 0.0 : value);
    }
}
