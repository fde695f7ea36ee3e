package app.momentum.measurement.analysis;

import java.util.UUID;

/**
 * How one moment did in one group of respondents. Rates are over the group; scores are over those who
 * experienced the moment. Unknown values are {@code NaN}.
 *
 * @param momentId         the moment
 * @param title            its title
 * @param experienced      respondents who scored the moment
 * @param frequency        experienced / respondents in the group (0–1); {@code NaN} in an empty group
 * @param meanSatisfaction mean 1–10 score
 * @param shareNineTen     share (0–1) of 9s and 10s: the delighted
 * @param shareSixOrLower  share (0–1) of 6 or lower: the disappointed
 * @param impact           Pearson correlation between the moment's score and recommend, over respondents who
 *                         experienced the moment and answered recommend
 * @param impactN          the number of those respondents
 * @param reliable         {@code impactN >= minReliableN}; an unreliable impact should be shown as indicative
 * @param quadrant         satisfaction × impact quadrant; {@code null} when either is {@code NaN}
 * @param targetMet        whether the moment reaches its 7+ or 9+ target; {@code false} when nobody
 *                         experienced it (no evidence is not success)
 * @param priority         {@code frequency × (10 − meanSatisfaction) × max(impact, 0)}: how many customers it
 *                         touches × how much room for improvement × how much it moves recommendation. Higher
 *                         means act first; 0 when it does not drive recommendation; {@code NaN} when mean or
 *                         impact is unknown
 */
public record MomentResult(UUID momentId, String title, int experienced, double frequency, double meanSatisfaction,
                           double shareNineTen, double shareSixOrLower, double impact, int impactN, boolean reliable,
                           Quadrant quadrant, boolean targetMet, double priority) {
}
