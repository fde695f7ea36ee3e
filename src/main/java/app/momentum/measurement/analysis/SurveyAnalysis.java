package app.momentum.measurement.analysis;

import app.momentum.journey.TargetLevel;
import java.util.List;

/**
 * Turns survey responses into the method's results: overall and per segment value, the same figures, so a
 * team can see whether a moment fails everyone or one group of customers.
 *
 * <p>The arithmetic lives in {@link SurveyAccumulator}, which the import streams respondents into; this is the
 * same analysis over a list in memory.
 */
public final class SurveyAnalysis {

    private SurveyAnalysis() {
    }

    /**
     * Analyses the survey. Never throws on thin data: an empty survey or an unscored moment yields
     * {@code NaN}s, {@code null} quadrants and unmet targets instead.
     *
     * @param moments     the journey's moments, in the order the results should list them
     * @param respondents the responses (already validated by {@link Respondent})
     * @param settings    the method's thresholds
     */
    public static AnalysisResult analyse(List<MomentInfo> moments, List<Respondent> respondents,
                                         AnalysisSettings settings) {
        return analyse(moments, List.of(), respondents, settings);
    }

    /** As {@link #analyse(List, List, AnalysisSettings)}, with the brand values the survey asked about. */
    public static AnalysisResult analyse(List<MomentInfo> moments, List<BrandValueInfo> brandValues,
                                         List<Respondent> respondents, AnalysisSettings settings) {
        SurveyAccumulator accumulator = new SurveyAccumulator(moments, brandValues, settings);
        respondents.forEach(accumulator::add);
        return accumulator.result();
    }

    /**
     * A 7+ moment is judged on its mean (relief for most customers is enough); a 9+ moment on its share of
     * 9s and 10s, because a good mean can hide that nobody was delighted. Without scores a target is not met. And a 9+
     * moment is above expectation by definition, so where the expectation was asked ({@code shareBetterThanExpected}
     * known) its share "better than expected" must reach the tenant's threshold as well.
     */
    static boolean targetMet(TargetLevel target, int experienced, double mean, double shareNineTen,
                             double shareBetterThanExpected, AnalysisSettings settings) {
        if (experienced == 0) {
            return false;
        }
        return switch (target) {
            case SEVEN_PLUS -> mean >= settings.sevenPlusMeanTarget();
            case NINE_PLUS -> shareNineTen >= settings.ninePlusShareTarget()
                    && (Double.isNaN(shareBetterThanExpected)
                    || shareBetterThanExpected >= settings.aboveExpectationShareTarget());
        };
    }
}
