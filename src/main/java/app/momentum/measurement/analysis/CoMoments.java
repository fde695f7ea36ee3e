package app.momentum.measurement.analysis;

/**
 * Running means, variances and covariance of pairs, for a Pearson correlation over a stream of pairs without
 * keeping them. Welford's update: each pair moves the means by its share and adds its deviation products, so
 * there is no {@code Σx² − (Σx)²/n} cancellation however many pairs come by. The one place the correlation is
 * computed, for {@link Statistics#pearson} as much as for {@link SurveyAccumulator}.
 */
public final class CoMoments {

    /** Correlations closer to 0 than this are reported as 0. */
    static final double ROUNDING_NOISE = 1e-12;

    private long n;
    /** Σ weights and Σ weights² (both n when every pair has weight 1), for the effective number of pairs. */
    private double weight;
    private double weightSquares;
    private double meanX;
    private double meanY;
    private double m2x; // Σ(x − mean x)²
    private double m2y;
    private double cxy; // Σ(x − mean x)(y − mean y)

    /** Adds one pair. */
    public void add(double x, double y) {
        add(x, y, 1);
    }

    /** Adds the same pair {@code count} times at once (West's weighted form of the update). */
    public void add(double x, double y, long count) {
        add(x, y, count, count, count);
    }

    /**
     * Adds {@code count} respondents' pair whose weights sum to {@code weight} and whose squared weights sum to
     * {@code weightSquares} (both {@code count} when unweighted): West's weighted update, the weight in place of the
     * count.
     */
    public void add(double x, double y, double weight, double weightSquares, long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive but was " + count);
        }
        addWeight(x, y, weight);
        addCount(count, weightSquares);
    }

    /**
     * The pair by its weight alone, for a table that keeps only sums of weights per cell: how many respondents the
     * cells hold and their squared weights are added once for all with {@link #addCount}.
     */
    void addWeight(double x, double y, double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive but was " + weight);
        }
        this.weight += weight;
        double dx = x - meanX;
        meanX += dx * weight / this.weight;
        double dy = y - meanY;
        meanY += dy * weight / this.weight;
        m2x += weight * dx * (x - meanX);
        m2y += weight * dy * (y - meanY);
        cxy += weight * dx * (y - meanY);
    }

    /** Respondents whose pairs came by {@link #addWeight}, and the sum of their squared weights. */
    void addCount(long count, double weightSquares) {
        n += count;
        this.weightSquares += weightSquares;
    }

    /** Pairs added (respondents, not weights). */
    public long n() {
        return n;
    }

    /**
     * Kish's effective number of pairs, {@code (Σw)² / Σw²}: n when unweighted, fewer the more the weights differ. The
     * interval of a weighted correlation rests on it.
     */
    public double effectiveN() {
        return weightSquares == 0 ? 0 : weight * weight / weightSquares;
    }

    /**
     * Pearson correlation of the pairs so far, clamped to −1…1; {@code NaN} below two pairs or when a side has no
     * variance (see {@link Statistics#pearson}).
     */
    public double pearson() {
        if (n < 2 || m2x == 0 || m2y == 0) {
            return Double.NaN;
        }
        double r = cxy / Math.sqrt(m2x * m2y);
        // Rounding noise: survey answers are whole numbers, so a correlation within 1e-12 of 0 is an exact 0 that
        // the running update left as ±1e-16 — and its sign alone would move a moment across the quadrant line.
        if (Math.abs(r) < ROUNDING_NOISE) {
            return 0;
        }
        // clamp rounding noise such as 1.0000000000000002 back into the coefficient's range
        return Math.max(-1, Math.min(1, r));
    }
}
