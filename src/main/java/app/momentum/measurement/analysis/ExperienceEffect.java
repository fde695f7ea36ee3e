package app.momentum.measurement.analysis;

/**
 * The KPI among respondents who experienced a moment against those who did not: the source's own measure of a
 * moment's impact (do customers who used the personal web environment recommend more than those who phoned?).
 *
 * @param exposed          respondents who experienced the moment and answered the KPI question
 * @param unexposed        respondents who did not experience it and answered the KPI question
 * @param npsDifference    NPS of the exposed minus NPS of the unexposed, with its 95 % interval; unknown when the KPI
 *                         is not recommendation
 * @param meanDifference   mean KPI answer of the exposed minus the unexposed (Welch 95 % interval)
 * @param impact           the point-biserial correlation as the moment's impact, placed in a quadrant and ranked
 * @param unknownBecause   why the effect cannot be computed, or {@code null} when it can
 */
public record ExperienceEffect(KpiGroup exposed, KpiGroup unexposed, Difference npsDifference,
                               Difference meanDifference, Impact impact, Unknown unknownBecause) {

    /** Why an experience effect cannot be computed: one of the two groups is (nearly) empty. */
    public enum Unknown {
        /** (Nearly) everyone who answered the KPI question experienced the moment: no one to compare with. */
        EVERYONE_EXPERIENCED,
        /** (Nearly) no one who answered the KPI question experienced the moment. */
        NO_ONE_EXPERIENCED,
        /** The import was analysed before Momentum computed the experience effect; importing the file again does. */
        NOT_COMPUTED
    }

    /**
     * The KPI answers of one group.
     *
     * @param n    answers
     * @param mean mean answer; {@code NaN} without answers
     * @param nps  NPS of the group when the KPI is recommendation, else {@code NaN}
     */
    public record KpiGroup(int n, double mean, double nps) {
        static final KpiGroup EMPTY = new KpiGroup(0, Double.NaN, Double.NaN);
    }

    public ExperienceEffect {
        java.util.Objects.requireNonNull(exposed, "exposed");
        java.util.Objects.requireNonNull(unexposed, "unexposed");
        java.util.Objects.requireNonNull(npsDifference, "npsDifference");
        java.util.Objects.requireNonNull(meanDifference, "meanDifference");
        java.util.Objects.requireNonNull(impact, "impact");
    }

    /** Whether the effect is known. */
    public boolean known() {
        return unknownBecause == null;
    }

    /** No data at all. */
    public static final ExperienceEffect NONE = new ExperienceEffect(KpiGroup.EMPTY, KpiGroup.EMPTY, Difference.UNKNOWN,
            Difference.UNKNOWN, Impact.UNKNOWN, Unknown.NO_ONE_EXPERIENCED);
}
