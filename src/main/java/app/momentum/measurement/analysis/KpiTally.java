package app.momentum.measurement.analysis;

/**
 * Counts of one group's answers to the KPI question (recommend 0–10 or overall satisfaction 1–10), added with a count
 * each as they come off a score table: enough for the group's n, mean, sample variance and NPS.
 */
final class KpiTally {

    private long n;
    private long sum;
    private long sumOfSquares;
    private long promoters;
    private long detractors;

    void add(int answer, long count) {
        n += count;
        sum += answer * count;
        sumOfSquares += (long) answer * answer * count;
        if (answer >= 9) {
            promoters += count;
        } else if (answer <= 6) {
            detractors += count;
        }
    }

    long n() {
        return n;
    }

    double mean() {
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    /**
     * Sample variance ({@code n − 1}); {@code NaN} below two answers. Exact in whole numbers first, so there is no
     * cancellation: {@code (n·Σx² − (Σx)²) / (n(n − 1))}.
     */
    double variance() {
        if (n < 2) {
            return Double.NaN;
        }
        return (double) (n * sumOfSquares - sum * sum) / ((double) n * (n - 1));
    }

    NpsResult nps() {
        return Statistics.nps((int) n, (int) promoters, (int) detractors);
    }

    /** This group's NPS minus {@code other}'s, with its 95 % interval. */
    Difference npsMinus(KpiTally other) {
        return Statistics.npsDifference((int) n, (int) promoters, (int) detractors, (int) other.n,
                (int) other.promoters, (int) other.detractors);
    }

    /** The group as the analysis reports it; the NPS only when the KPI is recommendation. */
    ExperienceEffect.KpiGroup group(boolean recommend) {
        return new ExperienceEffect.KpiGroup((int) n, mean(), recommend ? nps().nps() : Double.NaN);
    }
}
