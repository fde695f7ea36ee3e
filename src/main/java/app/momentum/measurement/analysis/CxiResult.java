package app.momentum.measurement.analysis;

/**
 * Customer Experience Index: per item the % answering 4–5 minus the % answering 1–2 (−100…+100), and the index as
 * the mean of the <em>three</em> items. Items are kept so a low index can be traced to its cause. An item nobody
 * answered (or that was not mapped) is {@code NaN}, and then so is the index: a mean of two items is another figure
 * that only looks like the CXi.
 */
public record CxiResult(double needs, double easy, double enjoyable, double cxi) {

    /** Nothing answered. */
    public static final CxiResult UNKNOWN = new CxiResult(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Whether the index is known: all three items have answers. */
    public boolean known() {
        return !Double.isNaN(cxi);
    }

    /** How many of the three items have answers. */
    public int itemsKnown() {
        return (Double.isNaN(needs) ? 0 : 1) + (Double.isNaN(easy) ? 0 : 1) + (Double.isNaN(enjoyable) ? 0 : 1);
    }
}
