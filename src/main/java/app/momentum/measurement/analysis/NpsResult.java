package app.momentum.measurement.analysis;

/**
 * Net Promoter Score with its 95 % confidence interval, so a small sample's NPS is shown with how little it
 * proves. With no answers ({@code n = 0}) all values are {@code NaN}: there is no score, and 0 would read as
 * "as many promoters as detractors".
 *
 * @param n       respondents who answered the recommend question
 * @param nps     % promoters (9–10) − % detractors (0–6), −100…+100
 * @param lower95 lower bound of the 95 % interval, clamped to −100
 * @param upper95 upper bound of the 95 % interval, clamped to +100
 */
public record NpsResult(int n, double nps, double lower95, double upper95) {
}
