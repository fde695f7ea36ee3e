package app.momentum.measurement.analysis;

/**
 * A difference between two groups (those who experienced a moment and those who did not) with its 95 % interval,
 * or a correlation with its interval. All values are {@code NaN} when the data cannot give it: a group too small,
 * or no variance to measure.
 *
 * @param value   the difference (or coefficient)
 * @param lower95 lower bound of the 95 % interval
 * @param upper95 upper bound of the 95 % interval
 */
public record Difference(double value, double lower95, double upper95) {

    public static final Difference UNKNOWN = new Difference(Double.NaN, Double.NaN, Double.NaN);

    /** Whether the value is known. */
    public boolean known() {
        return !Double.isNaN(value);
    }

    /** Whether the interval lies wholly on one side of 0: the data show an effect, not just noise. */
    public boolean excludesZero() {
        return known() && (lower95 > 0 || upper95 < 0);
    }
}
