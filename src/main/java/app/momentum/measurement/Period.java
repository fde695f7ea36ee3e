package app.momentum.measurement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One month or one quarter, as targets and measured values are stored: a {@link PeriodType} and the period's first
 * day. Exists so the picker, the import and the chart agree on what a period is and how it is written in a file.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {

    private static final Comparator<Period> ORDER = Comparator.comparing(Period::start).thenComparing(Period::type);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR_QUARTER = Pattern.compile("(\\d{4})\\s*[-/ ]?\\s*[QK]\\s*([1-4])");
    private static final Pattern QUARTER_YEAR = Pattern.compile("[QK]\\s*([1-4])\\s*[-/ ]?\\s*(\\d{4})");

    public Period {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        if (!type.isStart(start)) {
            throw new IllegalArgumentException(start + " does not start a " + type);
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, LocalDate.of(year, month, 1));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        return new Period(PeriodType.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    /** The month or quarter {@code day} falls in. */
    public static Period containing(PeriodType type, LocalDate day) {
        return type == PeriodType.MONTH ? month(day.getYear(), day.getMonthValue())
                : quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public int year() {
        return start.getYear();
    }

    /** 1–12: the month, or the first month of the quarter. */
    public int month() {
        return start.getMonthValue();
    }

    /** 1–4: the quarter the period (also a month) falls in. */
    public int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * The period's middle in months since year 0 (a month counts as its own index, a quarter as its middle month),
     * so a trend over mixed months and quarters keeps real time distances.
     */
    public double monthIndex() {
        return year() * 12.0 + (month() - 1) + (type == PeriodType.QUARTER ? 1 : 0);
    }

    /** How files write it, independent of language: {@code 2026-03} or {@code 2026-Q1}. */
    public String code() {
        return type == PeriodType.MONTH ? String.format(Locale.ROOT, "%d-%02d", year(), month()) : year() + "-Q" + quarter();
    }

    /**
     * Reads a period as a file may hold it, ignoring case and spaces: {@code 2026-03} (also {@code 2026/3}) is a
     * month, {@code 2026-Q1}, {@code Q1 2026} and the Dutch {@code K1 2026} are quarters, and a first day of a month
     * ({@code 2026-03-01}, what a spreadsheet makes of a typed {@code 2026-03}) is that month.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(text.strip().toUpperCase(Locale.ROOT)));
        } catch (java.time.DateTimeException badMonth) {
            return Optional.empty();
        }
    }

    private static Period read(String value) {
        Matcher m = MONTH.matcher(value);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY.matcher(value);
        if (m.matches() && Integer.parseInt(m.group(3)) == 1) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = YEAR_QUARTER.matcher(value);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = QUARTER_YEAR.matcher(value);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }
}
