package app.momentum.measurement.ui;

import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import com.vaadin.flow.component.Component;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A period as people say it, in the user's language: "Mar 2026" / "mrt 2026" for a month, "Q1 2026" / "K1 2026"
 * for a quarter (grid, chart axis, trend). Files use {@link Period#code()} instead.
 */
final class PeriodLabels {

    private PeriodLabels() {
    }

    /** @param context translates; {@code locale} names the month (a component's locale is not public) */
    static String label(Component context, Locale locale, Period period) {
        if (period.type() == PeriodType.QUARTER) {
            return context.getTranslation("kpis.periodLabel.quarter", period.quarter(), period.year());
        }
        // Java's Dutch abbreviations end in a dot ("mrt."); next to a year it reads better without
        String month = Month.of(period.month()).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
        if (month.endsWith(".")) {
            month = month.substring(0, month.length() - 1);
        }
        return context.getTranslation("kpis.periodLabel.month", month, period.year());
    }
}
