package app.momentum.measurement.analysis;

/** What an impact says about a moment's effect on a brand value, as the data show it. */
public enum ImpactVerdict {
    /** A reliable positive impact: the moment measurably adds to the value. */
    ADDS,
    /** A reliable negative impact: the moment works against the value. */
    WORKS_AGAINST,
    /** Known but not reliable: too few respondents, or an interval that includes 0. */
    NO_EFFECT,
    /** Not computable (nobody, or everybody, experienced the moment). */
    UNKNOWN;

    public static ImpactVerdict of(Impact impact) {
        if (Double.isNaN(impact.value())) {
            return UNKNOWN;
        }
        if (!impact.reliable()) {
            return NO_EFFECT;
        }
        return impact.value() > 0 ? ADDS : WORKS_AGAINST;
    }
}
