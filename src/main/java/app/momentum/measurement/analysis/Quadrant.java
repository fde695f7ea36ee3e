package app.momentum.measurement.analysis;

/**
 * Where a moment sits on satisfaction × impact, and therefore what to do with it. The direction is a message
 * key rather than text so the UI can translate it; the English wording is kept in each constant's Javadoc.
 *
 * <p>Boundaries: satisfaction <em>at</em> the threshold counts as high (a 7.0 mean meets the 7+ bar), while
 * impact <em>at</em> the threshold counts as negative: a moment only earns "positive impact" when it
 * demonstrably lifts recommendation, and an impact of exactly 0 shows no such lift.
 */
public enum Quadrant {

    /** "let more customers experience it, make it last in memory" */
    HIGH_SATISFACTION_POSITIVE_IMPACT,
    /** "raise satisfaction here to make it a standout" */
    LOW_SATISFACTION_POSITIVE_IMPACT,
    /** "fix or redesign, or prevent it; at least follow it with a positive moment" */
    LOW_SATISFACTION_NEGATIVE_IMPACT,
    /** "over-delivering: save cost or redesign" */
    HIGH_SATISFACTION_NEGATIVE_IMPACT;

    /** Message key of the recommended direction, {@code quadrant.<NAME>.advice}. */
    public String adviceKey() {
        return "quadrant." + name() + ".advice";
    }

    /**
     * The quadrant for a moment, or {@code null} when satisfaction or impact is unknown ({@code NaN}):
     * placing a moment on a guess would give advice the data does not support.
     */
    public static Quadrant of(double satisfaction, double impact, AnalysisSettings settings) {
        if (Double.isNaN(satisfaction) || Double.isNaN(impact)) {
            return null;
        }
        boolean high = satisfaction >= settings.satisfactionThreshold();
        boolean positive = impact > settings.impactThreshold();
        if (high) {
            return positive ? HIGH_SATISFACTION_POSITIVE_IMPACT : HIGH_SATISFACTION_NEGATIVE_IMPACT;
        }
        return positive ? LOW_SATISFACTION_POSITIVE_IMPACT : LOW_SATISFACTION_NEGATIVE_IMPACT;
    }
}
