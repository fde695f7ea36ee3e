package app.momentum.measurement.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts behind the brand-value impacts, over all respondents. Like the KPI score table they are exact (small
 * whole-number scales) and give, when the result is asked for, both impact methods.
 *
 * <p>Brand values are counted in <em>packs</em> of two or three: a respondent's scores for a pack's values make one
 * <em>profile</em> (the scores as digits of a number, a blank as 0; at most {@value #MAX_PROFILES} profiles), and per
 * moment the respondent scored, one cell of satisfaction (1–10) × profile is counted. A survey with three brand values
 * thus costs one cell per scored moment instead of three; each value's satisfaction × score table is read from the
 * profiles (their digits) when the result is asked for. Those who did not experience a moment are everyone who
 * answered the value minus those who did: a row counts only into the moments it scored.
 *
 * <p>As counts, a pack takes {@code slots × 10 × profiles} ints (20 moments, three values on 1–5: 169 KB). Once a
 * weight other than 1 is seen a cell holds its sum of weights instead, and the respondents and their squared weights
 * are kept per moment and profile (what the figures need of them are sums over cells): 384 KB then. Segments get no
 * brand tables: the brand view is about the whole, and the tables would multiply with every segment group.
 */
final class BrandTally {

    /** Rows of a moment's table: satisfaction 1–10 at row score − 1. */
    private static final int ROWS = 10;
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
    /** Per brand value and score, over everyone who answered: respondents, Σ weights, Σ squared weights. */
    private final long[] scoreCount;
    private final double[] scoreWeight;
    private final double[] scoreSquares;
    /** The row being counted: per moment it scored, its table row (slot and satisfaction) and its slot; reused. */
    private final int[] scoredRows;
    private final int[] scoredSlots;
    private boolean weighing;

    /** The values counted in one profile, and their cells. */
    private static final class Pack {
        final int[] members; // brand indexes
        final int[] places;  // each member's place value in a profile
        final int profiles;
        /** [slot × 10 + satisfaction − 1][profile] → respondents, while every weight so far was 1. */
        int[] counts;
        /** Once weighing: the same cells' sums of weights, and per [slot][profile] respondents and Σ squared weights. */
        double[] weights;
        int[] slotCounts;
        double[] slotSquares;

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
        scoreSquares = new double[brands * SCORES];
        scoredRows = new int[slots];
        scoredSlots = new int[slots];
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
                scoreSquares[total] += square;
            }
        }
        // the scored moments listed once for all packs, without a branch per moment: whether a moment was scored is
        // close to random from row to row, so a branch on it would often be mispredicted
        int[] rows = scoredRows;
        int[] rowSlots = scoredSlots;
        int scored = 0;
        for (int slot = 0; slot < slots; slot++) {
            int score = momentScores[slot];
            rows[scored] = slot * ROWS + score - 1;
            rowSlots[scored] = slot;
            scored += score != SurveyAccumulator.Answers.BLANK ? 1 : 0;
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
            int width = pack.profiles;
            if (!weighing) {
                int[] counts = pack.counts;
                for (int i = 0; i < scored; i++) {
                    counts[rows[i] * width + profile]++;
                }
            } else {
                double[] weights = pack.weights;
                int[] slotCounts = pack.slotCounts;
                double[] slotSquares = pack.slotSquares;
                for (int i = 0; i < scored; i++) {
                    weights[rows[i] * width + profile] += weight;
                    int perSlot = rowSlots[i] * width + profile;
                    slotCounts[perSlot]++;
                    slotSquares[perSlot] += square;
                }
            }
        }
    }

    /** Every respondent so far had weight 1: each cell's weight is its count, and so are the squared weights. */
    private void startWeighing() {
        for (Pack pack : packs) {
            int width = pack.profiles;
            pack.weights = new double[pack.counts.length];
            pack.slotCounts = new int[slots * width];
            pack.slotSquares = new double[slots * width];
            for (int cell = 0; cell < pack.counts.length; cell++) {
                int count = pack.counts[cell];
                pack.weights[cell] = count;
                int perSlot = cell / (ROWS * width) * width + cell % width;
                pack.slotCounts[perSlot] += count;
                pack.slotSquares[perSlot] += count;
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
        int width = pack.profiles;
        // satisfaction × this value's score, as sums of weights (counts while unweighted); and per score the
        // respondents who experienced the moment and their squared weights
        double[][] cells = new double[ROWS][radix];
        long[] exposedCount = new long[radix];
        double[] exposedSquares = new double[radix];
        for (int row = 0; row < ROWS; row++) {
            int from = (slot * ROWS + row) * width;
            for (int profile = 1; profile < width; profile++) {
                int score = profile / place % radix;
                double weight = pack.counts != null ? pack.counts[from + profile] : pack.weights[from + profile];
                cells[row][score] += weight;
                if (pack.counts != null) {
                    exposedCount[score] += pack.counts[from + profile];
                    exposedSquares[score] += pack.counts[from + profile];
                }
            }
        }
        if (pack.counts == null) {
            for (int profile = 1; profile < width; profile++) {
                int score = profile / place % radix;
                exposedCount[score] += pack.slotCounts[slot * width + profile];
                exposedSquares[score] += pack.slotSquares[slot * width + profile];
            }
        }
        Counts counts = new Counts();
        for (int row = 0; row < ROWS; row++) {
            for (int score = 1; score < radix; score++) {
                if (cells[row][score] > 0) { // a sum of positive weights: 0 only for an empty cell
                    counts.driver.addWeight(row + 1, score, cells[row][score]);
                }
            }
        }
        for (int score = 1; score < radix; score++) {
            long exposed = exposedCount[score];
            counts.driver.addCount(exposed, exposedSquares[score]);
            double exposedWeight = 0;
            for (int row = 0; row < ROWS; row++) {
                exposedWeight += cells[row][score];
            }
            if (exposed > 0) {
                counts.exposed.add(score, exposed, exposedWeight, exposedSquares[score]);
                counts.pointBiserial.add(1, score, exposedWeight, exposedSquares[score], exposed);
            }
            int total = brand * SCORES + score;
            long unexposed = scoreCount[total] - exposed;
            if (unexposed > 0) {
                // differences of sums, which rounding could leave a hair from the true value: never below a
                // positive weight, as every weight is
                double weight = Math.max(scoreWeight[total] - exposedWeight, Double.MIN_NORMAL);
                double squares = Math.max(scoreSquares[total] - exposedSquares[score], Double.MIN_NORMAL);
                counts.unexposed.add(score, unexposed, weight, squares);
                counts.pointBiserial.add(0, score, weight, squares, unexposed);
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
