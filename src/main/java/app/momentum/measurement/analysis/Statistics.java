package app.momentum.measurement.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The survey arithmetic, as pure functions over answers. {@code null} entries in an answer list are
 * unanswered questions and are skipped, so callers can pass a column as-is. Results that cannot be computed
 * are {@code NaN} (see each method) so that empty or thin data never throws.
 */
public final class Statistics {

    /** z-value of a two-sided 95 % interval. */
    static final double Z_95 = 1.96;

    private Statistics() {
    }

    /**
     * NPS and its 95 % confidence interval.
     *
     * <p>The interval uses the standard variance of a difference of two proportions from one multinomial
     * sample: {@code var = (pP + pD − (pP − pD)²) / n}, {@code se = √var}, {@code CI = nps ± 1.96·se·100},
     * clamped to −100…+100 because an NPS cannot leave that range. With no answers every value is {@code NaN}.
     */
    public static NpsResult nps(List<Integer> recommend) {
        int n = 0;
        int promoters = 0;
        int detractors = 0;
        for (Integer score : recommend) {
            if (score == null) {
                continue;
            }
            n++;
            if (score >= 9) {
                promoters++;
            } else if (score <= 6) {
                detractors++;
            }
        }
        return nps(n, promoters, detractors);
    }

    /** {@link #nps(List)} from counts: {@code n} answers of which {@code promoters} 9–10, {@code detractors} 0–6. */
    public static NpsResult nps(int n, int promoters, int detractors) {
        if (n == 0) {
            return new NpsResult(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return nps(n, n, (double) promoters / n, (double) detractors / n);
    }

    /**
     * NPS from (weighted) shares of promoters and detractors; the interval's variance divides by the effective sample
     * size (Kish, {@code (Σw)²/Σw²}), which is {@code n} when unweighted.
     *
     * @param n             respondents who answered (reported as the NPS's n)
     * @param effectiveN    the effective sample size
     */
    public static NpsResult nps(int n, double effectiveN, double promoterShare, double detractorShare) {
        if (n == 0) {
            return new NpsResult(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double nps = (promoterShare - detractorShare) * 100;
        double margin = Z_95 * Math.sqrt(npsVariance(effectiveN, promoterShare, detractorShare)) * 100;
        return new NpsResult(n, nps, Math.max(-100, nps - margin), Math.min(100, nps + margin));
    }

    /**
     * CXi over three 1–5 items. Each item is scored over the respondents who answered <em>that</em> item, so
     * a skipped question does not drag its item towards zero; the index is the mean of all three items and unknown
     * when any of them has no answers.
     */
    public static CxiResult cxi(List<Integer> needs, List<Integer> easy, List<Integer> enjoyable) {
        return cxi(cxiItem(needs), cxiItem(easy), cxiItem(enjoyable));
    }

    /** The index over three item scores (each {@code NaN} when unanswered), see {@link #cxi(List, List, List)}. */
    public static CxiResult cxi(double needsScore, double easyScore, double enjoyableScore) {
        // NaN in any item makes the sum NaN: the index is known only from all three
        return new CxiResult(needsScore, easyScore, enjoyableScore, (needsScore + easyScore + enjoyableScore) / 3);
    }

    /** % of 4–5 minus % of 1–2 over the answers; {@code NaN} without answers. */
    static double cxiItem(List<Integer> answers) {
        int n = 0;
        int top = 0;
        int bottom = 0;
        for (Integer answer : answers) {
            if (answer == null) {
                continue;
            }
            n++;
            if (answer >= 4) {
                top++;
            } else if (answer <= 2) {
                bottom++;
            }
        }
        return cxiItem(n, top, bottom);
    }

    /** One CXi item from counts (or weights): {@code n} answers, {@code top} of them 4–5, {@code bottom} 1–2. */
    static double cxiItem(double n, double top, double bottom) {
        return n == 0 ? Double.NaN : 100.0 * (top - bottom) / n;
    }

    /** Arithmetic mean of the answers; {@code NaN} without answers (there is no average of nothing). */
    public static double mean(List<Integer> values) {
        long sum = 0;
        int n = 0;
        for (Integer value : values) {
            if (value != null) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    /**
     * Pearson correlation of paired values.
     *
     * <p>{@code NaN} when there are fewer than two pairs or either side has no variance: the coefficient
     * divides by both standard deviations, and if everyone gave the same score there is no co-movement to
     * measure. Reporting 0 there would wrongly claim "no influence" when the data simply cannot tell.
     *
     * @throws IllegalArgumentException when the arrays differ in length (the pairs would be misaligned)
     */
    public static double pearson(double[] x, double[] y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("pearson needs pairs: x has " + x.length + " values, y has "
                    + y.length);
        }
        CoMoments moments = new CoMoments();
        for (int i = 0; i < x.length; i++) {
            moments.add(x[i], y[i]);
        }
        return moments.pearson();
    }

    /**
     * The 95 % interval of a Pearson correlation {@code r} over {@code n} pairs, by Fisher's z: {@code z = atanh r},
     * {@code se = 1/√(n − 3)}, interval {@code tanh(z ± 1.96·se)} — asymmetric around {@code r}, as a coefficient
     * bounded by ±1 must be. Unknown below four pairs or when {@code r} is unknown; a perfect ±1 has no spread.
     */
    public static Difference correlationInterval(double r, double n) {
        if (Double.isNaN(r) || n < 4) {
            return Difference.UNKNOWN;
        }
        // a perfect ±1 gives z = ±∞, and tanh brings the whole interval back to ±1 itself
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double margin = Z_95 / Math.sqrt(n - 3.0);
        return new Difference(r, Math.tanh(z - margin), Math.tanh(z + margin));
    }

    /**
     * NPS of group A minus NPS of group B (independent groups) with its 95 % interval: the variances of the two
     * NPS estimates add ({@link #nps(int, int, int)}), clamped to −200…+200. Unknown when a group has no answers.
     */
    public static Difference npsDifference(int nA, int promotersA, int detractorsA,
                                           int nB, int promotersB, int detractorsB) {
        if (nA == 0 || nB == 0) {
            return Difference.UNKNOWN;
        }
        return npsDifference(nA, (double) promotersA / nA, (double) detractorsA / nA, nB, (double) promotersB / nB,
                (double) detractorsB / nB);
    }

    /** {@link #npsDifference(int, int, int, int, int, int)} from (weighted) shares and effective sample sizes. */
    static Difference npsDifference(double nA, double promoterShareA, double detractorShareA,
                                    double nB, double promoterShareB, double detractorShareB) {
        double difference = (promoterShareA - detractorShareA - promoterShareB + detractorShareB) * 100;
        double margin = Z_95 * Math.sqrt(npsVariance(nA, promoterShareA, detractorShareA)
                + npsVariance(nB, promoterShareB, detractorShareB)) * 100;
        return new Difference(difference, Math.max(-200, difference - margin), Math.min(200, difference + margin));
    }

    private static double npsVariance(double n, double promoterShare, double detractorShare) {
        double net = promoterShare - detractorShare;
        return (promoterShare + detractorShare - net * net) / n;
    }

    /**
     * Mean of group A minus mean of group B with its 95 % interval by Welch (unequal variances):
     * {@code se = √(varA/nA + varB/nB)} from the sample variances. Unknown when a group has fewer than two answers
     * (no variance to estimate).
     */
    public static Difference meanDifference(double nA, double meanA, double varianceA,
                                            double nB, double meanB, double varianceB) {
        if (nA < 2 || nB < 2) {
            return Difference.UNKNOWN;
        }
        double difference = meanA - meanB;
        double margin = Z_95 * Math.sqrt(varianceA / nA + varianceB / nB);
        return new Difference(difference, difference - margin, difference + margin);
    }
}
