package app.momentum.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers in the user's language. */
public final class Formats {

    /** Until the browser's zone is known we show times as they are in the Netherlands, where our users are. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private Formats() {
    }

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(DEFAULT_ZONE));
    }

    public static String number(long value, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }
}
