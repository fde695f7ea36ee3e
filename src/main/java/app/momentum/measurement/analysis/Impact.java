package app.momentum.measurement.analysis;

/**
 * A moment's impact by one {@link ImpactMethod}, with where that places the moment and how urgent it is.
 *
 * @param value    a correlation, −1…1: for the satisfaction driver Pearson's r of satisfaction and KPI, for the
 *                 experience effect the point-biserial r of "experienced" and KPI; {@code NaN} when unknown
 * @param n        the respondents it is computed over
 * @param interval the value's 95 % interval (Fisher z)
 * @param reliable enough respondents ({@code n >= minReliableN}) <em>and</em> an interval that excludes 0: only then
 *                 do the data show an effect rather than noise
 * @param quadrant satisfaction × this impact; {@code null} when either is unknown
 * @param priority how urgent the quadrant's advice is for this moment ({@link Priorities}); {@code NaN} when unknown
 */
public record Impact(double value, int n, Difference interval, boolean reliable, Quadrant quadrant, double priority) {

    /** Nothing to measure. */
    public static final Impact UNKNOWN = new Impact(Double.NaN, 0, Difference.UNKNOWN, false, null, Double.NaN);

    public Impact {
        java.util.Objects.requireNonNull(interval, "interval");
    }
}
