package app.momentum.measurement;

import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.internal.KpiMeasurement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a KPI is heading, as two separate facts that may disagree: the <em>trend</em>, the least-squares line through
 * the values of the last {@link #WINDOW} measured periods (time on the x-axis in months, so a quarter counts three
 * times as long as a month), and the <em>change</em> of the last period against the one before. A series can rise
 * over half a year and still fall last month; saying both in one phrase read as a contradiction, so each has its own
 * {@link Verdict}. Whether a direction is good news depends on the KPI: for churn or effort falling is better.
 *
 * <p>Plain Java, so the view only draws it.
 *
 * @param slopePerMonth how much the fitted line rises per month (negative: falls)
 * @param intercept     the fitted value at month index 0 (see {@link Period#monthIndex()})
 * @param first         the first period the line is fitted through (the start of the window)
 * @param periods       how many measured periods the line is fitted through (2 to {@link #WINDOW})
 * @param last          the latest measured period and its value
 * @param previous      the period before it and its value
 * @param direction     where the fitted line goes
 * @param improving     whether that direction is good for this KPI (false when flat)
 * @param higherIsBetter whether a rising value is good news for this KPI
 */
public record KpiTrend(double slopePerMonth, double intercept, Period first, int periods, Point last, Point previous,
                       Direction direction, boolean improving, boolean higherIsBetter) {

    /** Slopes smaller than this (per month) count as flat: rounding noise, not a trend. */
    static final double FLAT = 1e-9;

    /** The trend looks at this many of the latest measured periods: recent enough to act on, long enough to be one. */
    public static final int WINDOW = 6;

    public enum Direction { UP, DOWN, FLAT }

    /** Whether a movement is good news for this KPI. */
    public enum Verdict { BETTER, WORSE, UNCHANGED }

    /** One measured value of a period. */
    public record Point(Period period, BigDecimal value) {
    }

    /**
     * The trend of a series, or empty with fewer than two measured periods (one point has no direction). When a
     * period was measured more than once, its latest value counts, as in the chart.
     *
     * @param measurements ordered by period and then by when they were recorded
     */
    public static Optional<KpiTrend> of(List<KpiMeasurement> measurements, boolean higherIsBetter) {
        return of(KpiPeriodValue.byPeriod(measurements.stream().map(KpiMeasurement::periodValue).toList()), higherIsBetter);
    }

    /** The trend through one value per period (see {@link #of(List, boolean)}); only the last {@link #WINDOW} count. */
    public static Optional<KpiTrend> of(SortedMap<Period, BigDecimal> all, boolean higherIsBetter) {
        if (all.size() < 2) {
            return Optional.empty();
        }
        SortedMap<Period, BigDecimal> values = new TreeMap<>(all);
        while (values.size() > WINDOW) {
            values.remove(values.firstKey());
        }
        int n = values.size();
        double sumX = 0;
        double sumY = 0;
        for (Map.Entry<Period, BigDecimal> e : values.entrySet()) {
            sumX += e.getKey().monthIndex();
            sumY += e.getValue().doubleValue();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Period, BigDecimal> e : values.entrySet()) {
            double dx = e.getKey().monthIndex() - meanX;
            sxy += dx * (e.getValue().doubleValue() - meanY);
            sxx += dx * dx;
        }
        // sxx is 0 only when every period sits at the same time (February and Q1 share a middle): no direction
        double slope = sxx == 0 ? 0 : sxy / sxx;
        Direction direction = Math.abs(slope) < FLAT ? Direction.FLAT : slope > 0 ? Direction.UP : Direction.DOWN;
        boolean improving = direction != Direction.FLAT && (direction == Direction.UP) == higherIsBetter;
        List<Period> periods = List.copyOf(values.keySet());
        Period lastPeriod = periods.get(n - 1);
        Period previousPeriod = periods.get(n - 2);
        return Optional.of(new KpiTrend(slope, meanY - slope * meanX, values.firstKey(), n,
                new Point(lastPeriod, values.get(lastPeriod)), new Point(previousPeriod, values.get(previousPeriod)),
                direction, improving, higherIsBetter));
    }

    /** Whether the trend is good news for this KPI. */
    public Verdict trendVerdict() {
        return direction == Direction.FLAT ? Verdict.UNCHANGED : improving ? Verdict.BETTER : Verdict.WORSE;
    }

    /** Whether the change since the previous period is good news for this KPI. */
    public Verdict changeVerdict() {
        int sign = change().signum();
        return sign == 0 ? Verdict.UNCHANGED : (sign > 0) == higherIsBetter ? Verdict.BETTER : Verdict.WORSE;
    }

    /**
     * Whether a measured value meets its target: at or above it when higher is better, at or below it otherwise.
     *
     * @return empty when the period has no target or no value
     */
    public static Optional<Boolean> targetMet(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
        if (value == null || target == null) {
            return Optional.empty();
        }
        int comparison = value.compareTo(target);
        return Optional.of(higherIsBetter ? comparison >= 0 : comparison <= 0);
    }

    /** The fitted line's value in a period (to draw the line over the chart's periods). */
    public double at(Period period) {
        return intercept + slopePerMonth * period.monthIndex();
    }

    /** The last measured value minus the one before. */
    public BigDecimal change() {
        return last.value().subtract(previous.value());
    }
}
