package app.momentum.measurement.analysis;

/**
 * One group's answers to the KPI question (recommend 0–10, overall satisfaction or expect to stay 1–10), added with a
 * count and their weights as they come off a score table: enough for the group's n, weighted mean, variance and NPS.
 * Unweighted, every weight is 1 and the figures are the plain ones.
 */
final class KpiTally {

    private long n;
    private double weight;
    private double weightSquares;
    private double sum;
    private double sumOfSquares;
    private double promoters;
    private double detractors;

    /** {@code count} respondents answering {@code answer}, their weights summing to {@code weight} (squares: {@code weightSquares}). */
    void add(int answer, long count, double weight, double weightSquares) {
        n += count;
        this.weight += weight;
        this.weightSquares += weightSquares;
        sum += answer * weight;
        sumOfSquares += (double) answer * answer * weight;
        if (answer >= 9) {
            promoters += weight;
        } else if (answer <= 6) {
            detractors += weight;
        }
    }

    /**
     * Respondents added by their weights alone ({@code count} and {@code weightSquares} 0), whose number and squared
     * weights are kept as sums elsewhere.
     */
    void addCount(long count, double weightSquares) {
        n += count;
        this.weightSquares += weightSquares;
    }

    /** Respondents (not weights). */
    long n() {
        return n;
    }

    /** Kish's effective n, {@code (Σw)² / Σw²}; n when unweighted. */
    double effectiveN() {
        return weightSquares == 0 ? 0 : weight * weight / weightSquares;
    }

    double mean() {
        return n == 0 ? Double.NaN : sum / weight;
    }

    /**
     * Variance of the answers for an interval: the weighted mean square deviation, corrected by {@code nEff / (nEff − 1)};
     * unweighted exactly the sample variance ({@code n − 1}). {@code NaN} below two answers.
     */
    double variance() {
        double effective = effectiveN();
        if (n < 2 || effective <= 1) {
            return Double.NaN;
        }
        double meanSquareDeviation = Math.max(0, sumOfSquares / weight - (sum / weight) * (sum / weight));
        return meanSquareDeviation * effective / (effective - 1);
    }

    double promoterShare() {
        return promoters / weight;
    }

    double detractorShare() {
        return detractors / weight;
    }

    NpsResult nps() {
        return Statistics.nps((int) n, effectiveN(), promoterShare(), detractorShare()); // unknown when n is 0
    }

    /** This group's NPS minus {@code other}'s, with its 95 % interval. */
    Difference npsMinus(KpiTally other) {
        if (n == 0 || other.n == 0) {
            return Difference.UNKNOWN;
        }
        return Statistics.npsDifference(effectiveN(), promoterShare(), detractorShare(), other.effectiveN(),
                other.promoterShare(), other.detractorShare());
    }

    /** The group as the analysis reports it; the NPS only when the KPI is recommendation. */
    ExperienceEffect.KpiGroup group(boolean recommend) {
        return new ExperienceEffect.KpiGroup((int) n, mean(), recommend ? nps().nps() : Double.NaN);
    }
}
