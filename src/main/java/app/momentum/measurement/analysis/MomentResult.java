package app.momentum.measurement.analysis;

import java.util.Objects;
import java.util.UUID;

/**
 * How one moment did in one group of respondents. Rates are over the group; scores are over those who
 * experienced the moment. Unknown values are {@code NaN}.
 *
 * <p>Both impact methods are computed; {@link #method} says which one places the moment ({@link #quadrant}) and
 * ranks it ({@link #priority}); {@link #withMethod} gives the same result by the other one.
 *
 * @param momentId         the moment
 * @param title            its title
 * @param experienced      respondents who scored the moment
 * @param frequency        experienced / respondents in the group (0–1); {@code NaN} in an empty group
 * @param meanSatisfaction mean 1–10 score
 * @param shareNineTen     share (0–1) of 9s and 10s: the delighted
 * @param shareSixOrLower  share (0–1) of 6 or lower: the disappointed
 * @param driver           the satisfaction driver: Pearson correlation between the moment's score and the KPI over
 *                         respondents who experienced the moment and answered the KPI question
 * @param effect           the experience effect: the KPI of those who experienced the moment against those who did not
 * @param method           the impact method that places and ranks the moment
 * @param targetMet        whether the moment reaches its 7+ or 9+ target; {@code false} when nobody
 *                         experienced it (no evidence is not success); a 9+ moment whose expectation was asked must
 *                         also be better than expected for enough respondents
 * @param expectationN     respondents who answered the moment's expectation question (0 when it was not asked)
 * @param shareBetterThanExpected share (0–1) of them for whom it was better than expected; {@code NaN} when not asked
 */
public record MomentResult(UUID momentId, String title, int experienced, double frequency, double meanSatisfaction,
                           double shareNineTen, double shareSixOrLower, Impact driver, ExperienceEffect effect,
                           ImpactMethod method, boolean targetMet, int expectationN, double shareBetterThanExpected) {

    /** A moment whose expectation was not asked. */
    public MomentResult(UUID momentId, String title, int experienced, double frequency, double meanSatisfaction,
                        double shareNineTen, double shareSixOrLower, Impact driver, ExperienceEffect effect,
                        ImpactMethod method, boolean targetMet) {
        this(momentId, title, experienced, frequency, meanSatisfaction, shareNineTen, shareSixOrLower, driver, effect,
                method, targetMet, 0, Double.NaN);
    }

    public MomentResult {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(method, "method");
    }

    /** The impact by {@link #method}. */
    public Impact chosenImpact() {
        return method.of(driver, effect);
    }

    /** The impact value by {@link #method}, −1…1; {@code NaN} when unknown. */
    public double impact() {
        return chosenImpact().value();
    }

    /** The respondents the chosen impact is computed over. */
    public int impactN() {
        return chosenImpact().n();
    }

    /** Whether the chosen impact rests on enough respondents and an interval that excludes 0. */
    public boolean reliable() {
        return chosenImpact().reliable();
    }

    /** Satisfaction × the chosen impact; {@code null} when either is unknown. */
    public Quadrant quadrant() {
        return chosenImpact().quadrant();
    }

    /** Priority within the quadrant by the chosen impact ({@link Priorities}); {@code NaN} when unknown. */
    public double priority() {
        return chosenImpact().priority();
    }

    /** The same result, placed and ranked by {@code other}. */
    public MomentResult withMethod(ImpactMethod other) {
        return new MomentResult(momentId, title, experienced, frequency, meanSatisfaction, shareNineTen,
                shareSixOrLower, driver, effect, other, targetMet, expectationN, shareBetterThanExpected);
    }
}
