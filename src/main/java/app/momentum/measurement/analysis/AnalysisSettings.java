package app.momentum.measurement.analysis;

/**
 * The method's thresholds, kept together so a team can tune them per journey without touching the arithmetic.
 *
 * @param satisfactionThreshold mean satisfaction at or above which a moment counts as "high" (7 = no longer
 *                              dissatisfied)
 * @param impactThreshold       impact above which a moment counts as driving recommendation
 * @param sevenPlusMeanTarget   mean a 7+ moment must reach
 * @param ninePlusShareTarget   share (0–1) of 9s and 10s a 9+ moment must reach; a mean hides whether anyone
 *                              was actually delighted
 * @param minReliableN          respondents with both scores below which an impact is flagged unreliable:
 *                              a correlation on a handful of pairs swings wildly
 * @param impactOn              the KPI question impact is measured against
 * @param impactMethod          how impact is measured: the experience effect (the source's) or the satisfaction driver
 * @param aboveExpectationShareTarget share (0–1) of "better than expected" a 9+ moment must reach where the survey
 *                              asked its expectation: a 9+ moment is above expectation by definition
 */
public record AnalysisSettings(double satisfactionThreshold, double impactThreshold, double sevenPlusMeanTarget,
                               double ninePlusShareTarget, int minReliableN, ImpactQuestion impactOn,
                               ImpactMethod impactMethod, double aboveExpectationShareTarget) {

    /** With the default above-expectation share of 50 %. */
    public AnalysisSettings(double satisfactionThreshold, double impactThreshold, double sevenPlusMeanTarget,
                            double ninePlusShareTarget, int minReliableN, ImpactQuestion impactOn,
                            ImpactMethod impactMethod) {
        this(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget, minReliableN, impactOn,
                impactMethod, DEFAULT_ABOVE_EXPECTATION_SHARE);
    }

    /** Half of the respondents who were asked: the default share "better than expected" of a 9+ moment. */
    public static final double DEFAULT_ABOVE_EXPECTATION_SHARE = 0.5;

    /** Impact measured on recommendation, by the experience effect. */
    public AnalysisSettings(double satisfactionThreshold, double impactThreshold, double sevenPlusMeanTarget,
                            double ninePlusShareTarget, int minReliableN) {
        this(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget, minReliableN,
                ImpactQuestion.RECOMMEND);
    }

    /** Impact measured by the experience effect. */
    public AnalysisSettings(double satisfactionThreshold, double impactThreshold, double sevenPlusMeanTarget,
                            double ninePlusShareTarget, int minReliableN, ImpactQuestion impactOn) {
        this(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget, minReliableN,
                impactOn, ImpactMethod.EXPERIENCE_EFFECT);
    }

    public AnalysisSettings {
        java.util.Objects.requireNonNull(impactOn, "impactOn");
        java.util.Objects.requireNonNull(impactMethod, "impactMethod");
        if (!Double.isFinite(satisfactionThreshold) || !Double.isFinite(impactThreshold)
                || !Double.isFinite(sevenPlusMeanTarget)) {
            throw new IllegalArgumentException("thresholds must be finite numbers");
        }
        if (!(ninePlusShareTarget >= 0 && ninePlusShareTarget <= 1)) {
            throw new IllegalArgumentException("ninePlusShareTarget must be between 0 and 1 but was "
                    + ninePlusShareTarget);
        }
        if (!(aboveExpectationShareTarget >= 0 && aboveExpectationShareTarget <= 1)) {
            throw new IllegalArgumentException("aboveExpectationShareTarget must be between 0 and 1 but was "
                    + aboveExpectationShareTarget);
        }
        if (minReliableN < 0) {
            throw new IllegalArgumentException("minReliableN must not be negative but was " + minReliableN);
        }
    }

    /** The same thresholds with impact measured against {@code question}. */
    public AnalysisSettings withImpactOn(ImpactQuestion question) {
        return new AnalysisSettings(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget,
                minReliableN, question, impactMethod, aboveExpectationShareTarget);
    }

    /** The same thresholds with impact measured by {@code method}. */
    public AnalysisSettings withImpactMethod(ImpactMethod method) {
        return new AnalysisSettings(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget,
                minReliableN, impactOn, method, aboveExpectationShareTarget);
    }

    /** The same settings with a 9+ moment's share "better than expected" at {@code share} (0–1). */
    public AnalysisSettings withAboveExpectationShareTarget(double share) {
        return new AnalysisSettings(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget, ninePlusShareTarget,
                minReliableN, impactOn, impactMethod, share);
    }

    /** The method's defaults: 7.0, 0.0, 7.0, 50 %, 30 respondents, impact on recommendation by the experience effect. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(7.0, 0.0, 7.0, 0.5, 30);
    }
}
