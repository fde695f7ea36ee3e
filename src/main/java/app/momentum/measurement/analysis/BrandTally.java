package app.momentum.measurement.analysis;

/**
 * The counts behind the brand-value impacts, over all respondents: per brand value and moment slot, a table of the
 * moment's satisfaction (not scored, or 1–10) × the brand-value score (1–10). Like the KPI score table it is exact
 * (small whole-number scales) and gives, when the result is asked for, both impact methods: the "not scored" row
 * holds the brand scores of those who did not experience the moment.
 *
 * <p>Only respondents who answered the brand-value question are counted for it. 528 bytes per brand value and moment
 * (six times that once a weight other than 1 is seen: count, weights and squared weights as doubles). Segments get no brand tables: the
 * brand view is about the whole, and the tables would multiply with every segment group and combination.
 */
final class BrandTally {

    /** Columns: brand score 0–10, indexed by the score (0 stays empty, so a score needs no offset). */
    private static final int COLUMNS = 11;
    /** Rows: the moment score + 1, as in the KPI table: 0 = not scored, 1 (score 0) stays empty, 2–11 = 1–10. */
    private static final int CELLS = 12 * COLUMNS;

    private final int brands;
    private final int slots;
    /** [brand][slot][moment score + 1][brand score] → respondents, while every weight so far was 1. */
    private int[] table;
    /**
     * Once a weight other than 1 arrives, instead of {@link #table}: per cell its respondents, sum of weights and sum
     * of squared weights side by side, so a weighted respondent touches one cache line per cell rather than three.
     */
    private double[] weighted;
    /** Per brand value: respondents who answered, the sum of their weights, and the weighted sum of their scores. */
    private final int[] answered;
    private final double[] answeredWeight;
    private final double[] scoreSum;

    BrandTally(int brands, int slots) {
        this.brands = brands;
        this.slots = slots;
        table = new int[brands * slots * CELLS];
        answered = new int[brands];
        answeredWeight = new double[brands];
        scoreSum = new double[brands];
    }

    /**
     * One respondent: {@code momentScores} per slot (1–10 or BLANK), {@code brandScores} per brand value (1–10 or
     * BLANK), its weight.
     */
    void add(int[] momentScores, int[] brandScores, double weight) {
        if (weighted == null && weight != 1) {
            startWeighing();
        }
        for (int brand = 0; brand < brands; brand++) {
            int score = brandScores[brand];
            if (score == SurveyAccumulator.Answers.BLANK) {
                continue; // not asked or not answered: in none of this value's cells
            }
            answered[brand]++;
            answeredWeight[brand] += weight;
            scoreSum[brand] += score * weight;
            int base = brand * slots * CELLS + score;
            if (weighted == null) {
                int[] counts = table;
                for (int slot = 0; slot < slots; slot++) {
                    counts[base + slot * CELLS + (momentScores[slot] + 1) * COLUMNS]++;
                }
            } else {
                double[] cells = weighted;
                double square = weight * weight;
                for (int slot = 0; slot < slots; slot++) {
                    int at = 3 * (base + slot * CELLS + (momentScores[slot] + 1) * COLUMNS);
                    cells[at]++;
                    cells[at + 1] += weight;
                    cells[at + 2] += square;
                }
            }
        }
    }

    /** Every respondent so far had weight 1: each cell's weights start as its count. */
    private void startWeighing() {
        weighted = new double[3 * table.length];
        for (int cell = 0; cell < table.length; cell++) {
            weighted[3 * cell] = table[cell];
            weighted[3 * cell + 1] = table[cell];
            weighted[3 * cell + 2] = table[cell];
        }
        table = null;
    }

    int answered(int brand) {
        return answered[brand];
    }

    /** The weighted mean brand score; {@code NaN} without answers. */
    double mean(int brand) {
        return answered[brand] == 0 ? Double.NaN : scoreSum[brand] / answeredWeight[brand];
    }

    /** One moment's table for one brand value, read into the figures both impact methods need. */
    Counts counts(int brand, int slot) {
        Counts counts = new Counts();
        int base = (brand * slots + slot) * CELLS;
        for (int row = 0; row < 12; row++) {
            int momentScore = row - 1;
            for (int score = 1; score < COLUMNS; score++) {
                int cell = base + row * COLUMNS + score;
                int count = weighted == null ? table[cell] : (int) weighted[3 * cell];
                if (count == 0) {
                    continue;
                }
                double weight = weighted == null ? count : weighted[3 * cell + 1];
                double squares = weighted == null ? count : weighted[3 * cell + 2];
                if (row == 0) {
                    counts.unexposed.add(score, count, weight, squares);
                    counts.pointBiserial.add(0, score, weight, squares, count);
                } else {
                    counts.driver.add(momentScore, score, weight, squares, count);
                    counts.exposed.add(score, count, weight, squares);
                    counts.pointBiserial.add(1, score, weight, squares, count);
                }
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
