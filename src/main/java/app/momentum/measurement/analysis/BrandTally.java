package app.momentum.measurement.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind the brand-value impacts, over all respondents. Like the KPI score table they are exact (small
 * whole-number scales) and give, when the result is asked for, both impact methods.
 *
 * <p>Brand values are counted in <em>packs</em> of two or three: a respondent's scores for a pack's values make one
 * <em>profile</em> (the scores as digits of a number, a blank as 0; at most {@value #MAX_PROFILES} profiles), and per
 * moment one cell of the moment's satisfaction (not scored, or 1–10) × profile is counted. A survey with three brand
 * values thus costs one cell per moment instead of three; each value's satisfaction × score table is read from the
 * profiles (their digits) when the result is asked for.
 *
 * <p>As counts, a pack takes {@code profiles × slots × 11} ints (20 moments, three values on 1–5: 186 KB), laid out
 * profile first, so that one respondent's cells lie together. Once a weight other than 1 is seen a cell holds its
 * sum of weights instead, and the respondents and their squared weights are kept per profile, moment and whether it
 * was scored, side by side (all the figures need of them are sums over cells): 506 KB then. Segments get no brand
 * tables: the brand view is about the whole, and the tables would multiply with every segment group.
 */
final class BrandTally {

    /** Rows of a moment's table: 0 = not scored, 1–10 = the satisfaction score. */
    private static final int ROWS = 11;
    /** The most profiles a pack may have (three values on 1–5: 6³ = 216; two on 1–10: 11² = 121). */
    static final int MAX_PROFILES = 256;
    /** Per brand value and score, 0–10. */
    private static final int SCORES = 11;

    private final int slots;
    private final int brands;
    private final Pack[] packs;
    /** Per brand value, its pack and the place value of its digit in the pack's profiles. */
    private final int[] packOf;
    private final int[] placeOf;
    private final int[] radixOf;
    /** Per brand value and score, over everyone who answered: respondents and Σ weights (for n and the mean). */
    private final long[] scoreCount;
    private final double[] scoreWeight;
    private boolean weighing;

    /** The values counted in one profile, and their cells. */
    private static final class Pack {
        final int[] members; // brand indexes
        final int[] places;  // each member's place value in a profile
        final int profiles;
        /**
         * [profile][slot][row] → respondents, while every weight so far was 1. Profile first: a respondent's cells
         * then lie together (220 ints for 20 moments), and the profiles most respondents share stay in the fastest
         * cache; ordered by moment, a row's cells would be spread over the whole table.
         */
        int[] counts;
        /**
         * Once weighing: the same cells' sums of weights, and per [profile][slot][scored: 0 or 1] respondents and Σ
         * squared weights.
         */
        double[] weights;
        double[] slotTotals; // [profile][slot][scored][respondents, Σ squared weights]: one cache line for both

        Pack(int[] members, int[] places, int profiles, int slots) {
            this.members = members;
            this.places = places;
            this.profiles = profiles;
            counts = new int[slots * ROWS * profiles];
        }
    }

    /** @param scaleMax per brand value, the top of its scale (5 or 10) */
    BrandTally(int[] scaleMax, int slots) {
        this.slots = slots;
        this.brands = scaleMax.length;
        packOf = new int[brands];
        placeOf = new int[brands];
        radixOf = new int[brands];
        List<Pack> made = new ArrayList<>();
        int first = 0;
        while (first < brands) {
            int profiles = 1;
            int end = first;
            while (end < brands && profiles * (scaleMax[end] + 1) <= MAX_PROFILES) {
                profiles *= scaleMax[end] + 1;
                end++;
            }
            int[] members = new int[end - first];
            int[] places = new int[end - first];
            int place = 1;
            for (int i = 0; i < members.length; i++) {
                int brand = first + i;
                members[i] = brand;
                places[i] = place;
                packOf[brand] = made.size();
                placeOf[brand] = place;
                radixOf[brand] = scaleMax[brand] + 1;
                place *= scaleMax[brand] + 1;
            }
            made.add(new Pack(members, places, profiles, slots));
            first = end;
        }
        packs = made.toArray(Pack[]::new);
        scoreCount = new long[brands * SCORES];
        scoreWeight = new double[brands * SCORES];
    }

    /**
     * One respondent: {@code momentScores} per slot (1–10 or BLANK), {@code brandScores} per brand value (within its
     * scale or BLANK), its weight.
     */
    void add(int[] momentScores, int[] brandScores, double weight) {
        if (!weighing && weight != 1) {
            startWeighing();
        }
        double square = weight * weight;
        for (int brand = 0; brand < brands; brand++) {
            int score = brandScores[brand];
            if (score != SurveyAccumulator.Answers.BLANK) {
                int total = brand * SCORES + score;
                scoreCount[total]++;
                scoreWeight[total] += weight;
            }
        }
        for (Pack pack : packs) {
            int profile = 0;
            for (int i = 0; i < pack.members.length; i++) {
                int score = brandScores[pack.members[i]];
                profile += (score & ~(score >> 31)) * pack.places[i]; // BLANK (−1) as 0, without a branch
            }
            if (profile == 0) {
                continue; // none of the pack's values answered
            }
            // every moment, scored or not, without a branch on it: whether a moment was scored is close to random
            // from row to row, so a branch would often be mispredicted (and counting the not-scored row is cheaper)
            int cells = profile * slots * ROWS;
            if (!weighing) {
                int[] counts = pack.counts;
                for (int slot = 0; slot < slots; slot++) {
                    int score = momentScores[slot];
                    counts[cells + slot * ROWS + (score & ~(score >> 31))]++;
                }
            } else {
                double[] weights = pack.weights;
                double[] slotTotals = pack.slotTotals;
                int perProfile = profile * slots * 2;
                for (int slot = 0; slot < slots; slot++) {
                    int score = momentScores[slot];
                    weights[cells + slot * ROWS + (score & ~(score >> 31))] += weight;
                    int scored = perProfile + slot * 2 + (score >>> 31 ^ 1);
                    slotTotals[2 * scored]++;
                    slotTotals[2 * scored + 1] += square;
                }
            }
        }
    }

    /** Every respondent so far had weight 1: each cell's weight is its count, and so are the squared weights. */
    private void startWeighing() {
        for (Pack pack : packs) {
            pack.weights = new double[pack.counts.length];
            pack.slotTotals = new double[pack.profiles * slots * 2 * 2];
            for (int cell = 0; cell < pack.counts.length; cell++) {
                int count = pack.counts[cell];
                pack.weights[cell] = count;
                int scored = cell / ROWS * 2 + (cell % ROWS == 0 ? 0 : 1); // [profile][slot][row] → [..][scored]
                pack.slotTotals[2 * scored] += count;
                pack.slotTotals[2 * scored + 1] += count;
            }
            pack.counts = null;
        }
        weighing = true;
    }

    int answered(int brand) {
        long answered = 0;
        for (int score = 0; score < SCORES; score++) {
            answered += scoreCount[brand * SCORES + score];
        }
        return (int) answered;
    }

    /** The weighted mean brand score; {@code NaN} without answers. */
    double mean(int brand) {
        double weight = 0;
        double sum = 0;
        for (int score = 0; score < SCORES; score++) {
            weight += scoreWeight[brand * SCORES + score];
            sum += score * scoreWeight[brand * SCORES + score];
        }
        return answered(brand) == 0 ? Double.NaN : sum / weight;
    }

    /** One moment's table for one brand value, read from its pack's profiles into what both impact methods need. */
    Counts counts(int brand, int slot) {
        Pack pack = packs[packOf[brand]];
        int place = placeOf[brand];
        int radix = radixOf[brand];
        // satisfaction (row 0: not scored) × this value's score, as sums of weights (counts while unweighted); and
        // per score and scored-or-not the respondents and their squared weights
        double[][] cells = new double[ROWS][radix];
        long[][] respondents = new long[2][radix];
        double[][] squares = new double[2][radix];
        for (int profile = 1; profile < pack.profiles; profile++) {
            int score = profile / place % radix;
            if (score == 0) {
                continue; // this value not answered
            }
            int from = (profile * slots + slot) * ROWS;
            for (int row = 0; row < ROWS; row++) {
                if (!weighing) {
                    int count = pack.counts[from + row];
                    cells[row][score] += count;
                    respondents[row == 0 ? 0 : 1][score] += count;
                    squares[row == 0 ? 0 : 1][score] += count;
                } else {
                    cells[row][score] += pack.weights[from + row];
                }
            }
            if (weighing) {
                for (int scored = 0; scored < 2; scored++) {
                    int at = 2 * ((profile * slots + slot) * 2 + scored);
                    respondents[scored][score] += (long) pack.slotTotals[at];
                    squares[scored][score] += pack.slotTotals[at + 1];
                }
            }
        }
        Counts counts = new Counts();
        for (int row = 1; row < ROWS; row++) {
            for (int score = 1; score < radix; score++) {
                if (cells[row][score] > 0) { // a sum of positive weights: 0 only for an empty cell
                    counts.driver.addWeight(row, score, cells[row][score]);
                }
            }
        }
        for (int score = 1; score < radix; score++) {
            counts.driver.addCount(respondents[1][score], squares[1][score]);
            double exposedWeight = 0;
            for (int row = 1; row < ROWS; row++) {
                exposedWeight += cells[row][score];
            }
            if (respondents[1][score] > 0) {
                counts.exposed.add(score, respondents[1][score], exposedWeight, squares[1][score]);
                counts.pointBiserial.add(1, score, exposedWeight, squares[1][score], respondents[1][score]);
            }
            if (respondents[0][score] > 0) {
                counts.unexposed.add(score, respondents[0][score], cells[0][score], squares[0][score]);
                counts.pointBiserial.add(0, score, cells[0][score], squares[0][score], respondents[0][score]);
            }
        }
        return counts;
    }

    /** A moment × brand value table as the impact methods read it. */
    static final class Counts {
        /** Satisfaction × brand score of those who experienced the moment. */
        final CoMoments driver = new CoMoments();
        /** Brand scores of those who experienced it, and of those who did not. */
        final KpiTally exposed = new KpiTally();
        final KpiTally unexposed = new KpiTally();
        /** "Experienced" (1 or 0) × brand score. */
        final CoMoments pointBiserial = new CoMoments();
    }
}
