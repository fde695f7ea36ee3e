package app.momentum.maturity.ui;

import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scan's words and numbers in the user's language: quadrants, parts, levels, answers, totals to one decimal. */
final class MaturityLabels {

    private MaturityLabels() {
    }

    static String quadrant(Component context, Quadrant quadrant) {
        return context.getTranslation("maturityScan.quadrant." + quadrant.name());
    }

    static String part(Component context, Part part) {
        return context.getTranslation("maturityScan.part." + part.name());
    }

    static String parts(Component context, List<Part> parts) {
        return parts.stream().map(p -> part(context, p)).collect(Collectors.joining(" " + context.getTranslation("maturityScan.and") + " "));
    }

    static String level(Component context, Level level) {
        return context.getTranslation("maturityScan.level." + level.name());
    }

    /** "A No idea" … "E Fully". */
    static String answer(Component context, Answer answer) {
        return answer.letter() + " " + context.getTranslation("maturityScan.answer." + answer.name());
    }

    static String statement(Component context, int statement) {
        return context.getTranslation("maturity.statement." + statement);
    }

    /** A total or a mean to one decimal in the user's locale: "38.5", "38,5". */
    static String oneDecimal(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A change with its sign: "+4.0", "−1.5", "0.0". */
    static String change(double value, Locale locale) {
        double rounded = Math.round(value * 10) / 10.0;
        String number = oneDecimal(Math.abs(rounded), locale);
        return rounded > 0 ? "+" + number : rounded < 0 ? "\u2212" + number : number;
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
