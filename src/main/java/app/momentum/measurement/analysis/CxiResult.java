package app.momentum.measurement.analysis;

/**
 * Customer Experience Index: per item the % answering 4–5 minus the % answering 1–2 (−100…+100), and the
 * index as the mean of the items that have answers. Items are kept so a low index can be traced to its cause.
 * An item nobody answered is {@code NaN}; the index is {@code NaN} when no item has answers.
 */
public record CxiResult(double needs, double easy, double enjoyable, double cxi) {
}
