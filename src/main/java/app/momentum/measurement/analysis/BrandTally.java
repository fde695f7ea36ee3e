package app.momentum.measurement.analysis;

/**
 * The counts behind the brand-value impacts, over all respondents: per brand value and moment slot, a table of the
 * moment's satisfaction (not scored, or 1–10) × the brand-value score (1–10). Like the KPI score table it is exact
 * (small whole-number scales) and gives, when the result is asked for, both impact methods: the "not scored" row
 * holds the brand scores of those who did not experience the moment.
 *
 * <p>Only respondents who answered the brand-value question are counted for it. 528 bytes per brand value and moment
 * (double that again in each weight table once a weight other than 1 is seen). Segments get no brand tables: the
 * brand view is about the whole, and the tables would multiply with every segment group and combination.
 */
final class BrandTally {

    /** Columns: brand score 0–10, indexed by the score (0 stays empty, so a score needs no offset). */
    private static final int COLUMNS = 11;
    /** Rows: the moment score + 1, as in the KPI table: 0 = not scored, 1 (score 0) stays empty, 2–11 = 1–10. */
    private static final int CELLS = 12 * COLUMNS;

    private final int brands;
    private final int slots;
    /** [brand][slot][moment score + 1][brand score] → respondents. */
    private final int[] table;
    /** The same cells' sums of weights and squared weights, made at the first weight other than 1 (see Totals). */
    private double[] weightTable;
    private double[] weightSquareTable;
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
        if (weightTable == null && weight != 1) {
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
            for (int slot = 0; slot < slots; slot++) {
                int cell = base + slot * CELLS + (momentScores[slot] + 1) * COLUMNS;
                table[cell]++;
                if (weightTable != null) {
                    weightTable[cell] += weight;
                    weightSquareTable[cell] += weight * weight;
                }
            }
        }
    }

    /** Every respondent so far had weight 1: the weight tables start as copies of the counts. */
    private void startWeighing() {
        weightTable = new double[table.length];
        weightSquareTable = new double[table.length];
        for (int cell = 0; cell < table.length; cell++) {
            weightTable[cell] = table[cell];
            weightSquareTable[cell] = table[cell];
        }
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
                int count = table[cell];
                if (count == 0) {
                    continue;
                }
                double weight = weightTable == null ? count : weightTable[cell];
                double squares = weightTable == null ? count : weightSquareTable[cell];
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
