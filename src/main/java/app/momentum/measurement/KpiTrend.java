package app.momentum.measurement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a KPI is heading: the least-squares line through its measured values (time on the x-axis in months, so a
 * quarter counts three times as long as a month) and the change of the last period against the one before. Whether
 * that is good news depends on the KPI: for churn or effort a falling line is the improvement.
 *
 * <p>Plain Java, so the view only draws it.
 *
 * @param slopePerMonth how much the fitted line rises per month (negative: falls)
 * @param intercept     the fitted value at month index 0 (see {@link Period#monthIndex()})
 * @param last          the latest measured period and its value
 * @param previous      the period before it and its value
 * @param direction     where the fitted line goes
 * @param improving     whether that direction is good for this KPI (false when flat)
 */
public record KpiTrend(double slopePerMonth, double intercept, Point last, Point previous, Direction direction,
                       boolean improving) {

    /** Slopes smaller than this (per month) count as flat: rounding noise, not a trend. */
    static final double FLAT = 1e-9;

    public enum Direction { UP, DOWN, FLAT }

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
        SortedMap<Period, BigDecimal> latest = new TreeMap<>();
        for (KpiMeasurement m : measurements) {
            latest.put(new Period(m.getPeriodType(), m.getPeriodStart()), m.getValue());
        }
        return of(latest, higherIsBetter);
    }

    /** The trend through one value per period (see {@link #of(List, boolean)}). */
    public static Optional<KpiTrend> of(SortedMap<Period, BigDecimal> values, boolean higherIsBetter) {
        if (values.size() < 2) {
            return Optional.empty();
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
        return Optional.of(new KpiTrend(slope, meanY - slope * meanX, new Point(lastPeriod, values.get(lastPeriod)),
                new Point(previousPeriod, values.get(previousPeriod)), direction, improving));
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
