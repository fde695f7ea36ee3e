package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.Respondent;
import app.momentum.measurement.analysis.SurveyAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Turns survey rows plus a {@link ColumnMapping} into {@link Respondent}s, one row at a time or a whole
 * {@link SurveyTable} at once, or — for the streaming import — into reused {@link SurveyAccumulator.Answers}, with
 * the same per-row checks.
 *
 * <p>All or nothing: the first problem (in file order) aborts the import with its exact row, column and
 * value, because analysing a partly imported survey would silently skew every score.
 * Ranges are checked here, before {@link Respondent} does, so the user gets a cell reference instead of a
 * generic validation failure. Duplicate ids are found through a {@link RespondentIdIndex} per row, or — for the
 * streaming CSV import, see {@link #deferDuplicateCheck} — a {@link RespondentIdLog} checked after the pass: the
 * one part that grows with the number of rows.
 *
 * <p>Rows are read as {@link SurveyCells}, char ranges: the streaming import hands in the CSV reader's buffer, so
 * scores are parsed from the characters and only ids (when asked), segment values and error values become strings.
 */
public final class SurveyRespondentConverter {

    /** A blank cell: not answered. The same mark as the accumulator's, so answers pass through unchanged. */
    private static final int BLANK = SurveyAccumulator.Answers.BLANK;

    private final List<String> headers;
    /** The mapping resolved per column index once, rather than looked up by header for every cell. */
    private final ColumnAssignment[] assignments;
    /** The role per column, read once rather than through the assignment for every cell. */
    private final ColumnRole[] roles;
    /** The columns mapped to moments, in column order: the bulk of a survey, read by {@link #momentsQuickly}. */
    private final int[] momentColumns;
    /** The columns other than moments that have something to check or keep, in column order. */
    private final int[] otherColumns;
    private final int idColumn;
    private final int effortScaleMax;
    private final RespondentIdIndex ids = new RespondentIdIndex();
    /** Instead of {@link #ids} when the duplicate check is deferred to the end of the file (see {@link #deferDuplicateCheck}). */
    private RespondentIdLog deferredIds;
    /** The same few segment values on every row become strings once (see {@link RepeatedText}). */
    private final RepeatedText segmentValues = new RepeatedText();
    /** Holds a row given as strings (the {@code List} forms of {@code convert}) for the shared reading. */
    private final SurveyCells stringCells;
    /** Accumulator slot per column for the streaming {@code convert}, and the accumulator they belong to. */
    private int[] slotByColumn;
    /** Accumulator brand-value slot per column (-1 for other columns), for the same accumulator. */
    private int[] brandSlotByColumn;
    private SurveyAccumulator slotsFor;
    /**
     * Whether {@link #momentsQuickly} may be used: every moment column has its own analysed slot, so a score can be
     * written without asking whether the slot is analysed or already scored by a column further left.
     */
    private boolean quickMoments;
    /** The slot per entry of {@link #momentColumns}, so the quick loop reads it directly. */
    private int[] momentSlots;
    /** The quick loop's scores by slot, handed to the answers at once; BLANK where no column scores a slot. */
    private int[] quickScores;
    /** Whether every slot has a moment column (else {@link #quickScores} is reset to BLANK per row). */
    private boolean everySlotHasAColumn;
    /**
     * The cells {@link SurveyCells#lookOnlyAt} was last told about: with {@link #quickMoments} the rows' moment cells
     * need no whitespace check, as the quick loop refuses whitespace (the row then goes the general way, stripped).
     */
    private SurveyCells lookingCells;
    /** The target for the last answers converted into, kept: one per row would be an allocation per row. */
    private AnswersTarget answersTarget;

    /**
     * A converter for rows under these headers.
     *
     * @param effortScaleMax top of the effort scale as asked in the survey (5 or 7)
     * @throws SurveyImportException when no column is mapped as respondent id or as recommend
     */
    public SurveyRespondentConverter(List<String> headers, ColumnMapping mapping, int effortScaleMax) {
        if (effortScaleMax < 2) {
            throw new IllegalArgumentException("effort scale must have at least 2 points: " + effortScaleMax);
        }
        this.headers = List.copyOf(headers);
        this.effortScaleMax = effortScaleMax;
        idColumn = requiredColumn(ColumnRole.RESPONDENT_ID, mapping, this.headers);
        requiredColumn(ColumnRole.RECOMMEND, mapping, this.headers); // blank answers are fine, a missing column is not
        assignments = this.headers.stream().map(mapping::assignmentOf).toArray(ColumnAssignment[]::new);
        roles = Arrays.stream(assignments).map(ColumnAssignment::role).toArray(ColumnRole[]::new);
        momentColumns = IntStream.range(0, roles.length).filter(c -> roles[c] == ColumnRole.MOMENT).toArray();
        otherColumns = IntStream.range(0, roles.length).filter(c -> roles[c] != ColumnRole.MOMENT
                && roles[c] != ColumnRole.IGNORE && roles[c] != ColumnRole.RESPONDENT_ID).toArray();
        stringCells = new SurveyCells(this.headers.size());
    }

    /**
     * @param effortScaleMax top of the effort scale as asked in the survey (5 or 7)
     * @throws SurveyImportException on the first problem; no respondents are returned then
     */
    public static List<Respondent> convert(SurveyTable table, ColumnMapping mapping, int effortScaleMax) {
        SurveyRespondentConverter converter = new SurveyRespondentConverter(table.headers(), mapping, effortScaleMax);
        List<Respondent> respondents = new ArrayList<>(table.rows().size());
        for (int r = 0; r < table.rows().size(); r++) {
            respondents.add(converter.convert(table.rows().get(r), table.lineOf(r)));
        }
        return List.copyOf(respondents);
    }

    /**
     * One row as a {@link Respondent}, checked against the rows converted before by this converter (duplicate ids).
     *
     * @param cells one per header, stripped (as {@link SurveyCsvReader} and {@link SurveyXlsxReader} give them)
     * @param line  the file line the row starts on, for error messages
     * @throws SurveyImportException on the row's first problem
     */
    public Respondent convert(List<String> cells, int line) {
        RespondentTarget target = new RespondentTarget();
        stringCells.load(cells, line);
        read(stringCells, target);
        return new Respondent(target.id, target.segments, target.recommend, target.effort, target.cxiNeeds,
                target.cxiEasy, target.cxiEnjoyable, target.moments, target.overall, target.stay,
                target.betterThanExpected, target.weight, target.brandValues);
    }

    /**
     * One row into reused answers of {@code accumulator}: the same checks as {@link #convert(List, int)} without
     * building a {@link Respondent} and its maps, for the streaming import. The answers are cleared first.
     *
     * @param cells one per header, stripped (as {@link SurveyCsvReader} gives them)
     *
     * @throws SurveyImportException on the row's first problem
     */
    public void convert(List<String> cells, int line, SurveyAccumulator accumulator,
                        SurveyAccumulator.Answers answers) {
        stringCells.load(cells, line);
        convert(stringCells, accumulator, answers);
    }

    /**
     * As {@link #convert(List, int, SurveyAccumulator, SurveyAccumulator.Answers)} for a row as char ranges (the
     * streaming CSV import): scores are read from the characters, no string is made per cell.
     */
    void convert(SurveyCells cells, SurveyAccumulator accumulator, SurveyAccumulator.Answers answers) {
        if (accumulator != slotsFor) { // the moment slots per column, worked out once per accumulator
            slotByColumn = new int[assignments.length];
            brandSlotByColumn = new int[assignments.length];
            for (int c = 0; c < assignments.length; c++) {
                UUID moment = assignments[c].momentId();
                slotByColumn[c] = moment == null ? -1 : accumulator.slotOf(moment);
                UUID brandValue = assignments[c].brandValueId();
                brandSlotByColumn[c] = brandValue == null ? -1 : accumulator.brandSlotOf(brandValue);
            }
            int[] slots = Arrays.stream(momentColumns).map(c -> slotByColumn[c]).toArray();
            momentSlots = slots;
            quickScores = new int[accumulator.slotCount()];
            everySlotHasAColumn = Arrays.stream(slots).distinct().count() == quickScores.length;
            quickMoments = Arrays.stream(slots).allMatch(slot -> slot >= 0)
                    && Arrays.stream(slots).distinct().count() == slots.length;
            slotsFor = accumulator;
            lookingCells = null;
        }
        if (cells != lookingCells) {
            cells.lookOnlyAt(quickMoments ? IntStream.concat(IntStream.of(idColumn), Arrays.stream(otherColumns))
                    .toArray() : null);
            lookingCells = cells;
        }
        if (answersTarget == null || answersTarget.answers() != answers
                || answersTarget.slotByColumn() != slotByColumn) {
            answersTarget = new AnswersTarget(answers, slotByColumn, brandSlotByColumn, segmentValues);
        }
        answers.clear();
        readId(cells, answersTarget);
        // nearly always every moment cell is blank or 1–10 as plain digits: those are read in one tight loop, and
        // only a row with anything else ("7,0", "+5", a bad cell) takes the general loop, which then finds the
        // row's first problem in column order exactly as it would have alone
        boolean momentsRead = quickMoments && momentsQuickly(cells);
        if (!momentsRead) {
            cells.stripAll(); // only the columns read below were looked at for whitespace, see lookOnlyAt
        }
        readCells(cells, answersTarget, momentsRead ? otherColumns : null);
        if (momentsRead) {
            // handed over only now: read back straight after the quick loop wrote them one by one, in wide loads,
            // the scores stalled the CPU until the writes were done (measured as the conversion's largest cost);
            // they were checked in the quick loop, so this throws nothing and the first problem stays the same
            answers.momentScores(quickScores);
        }
    }

    /**
     * Moment scores of a row written as digits "1"–"10" or blank, straight into the answers; false when a cell is
     * anything else (it may still be valid, e.g. "7,0"), leaving the row to the general loop. The scores are
     * left in {@link #quickScores}, for the caller to hand to the answers together when the whole row passed.
     *
     * <p>Written to compile to few branches: whether a moment was scored, and whether with one digit or "10", is
     * close to random from row to row, so a branch on it would often be mispredicted. The cell's first two chars are
     * read whatever its length (the buffer keeps spare chars, see {@link SurveyCells}) and combined with
     * non-short-circuit operators, and the choices between blank, digit and 10 compile to conditional moves.
     */
    private boolean momentsQuickly(SurveyCells row) {
        char[] chars = row.chars();
        int[] columns = momentColumns;
        int[] slots = momentSlots;
        int[] scores = quickScores;
        if (!everySlotHasAColumn) {
            Arrays.fill(scores, BLANK);
        }
        boolean bad = false;
        for (int i = 0; i < columns.length; i++) {
            int c = columns[i];
            int from = row.start(c);
            int length = row.end(c) - from;
            int first = chars[from] - '0';
            int second = chars[from + 1] - '0';
            // blank, "1"–"9" or "10"; anything else is noted and the row left to the general loop. No early exit: a
            // test per cell costs more than reading the rest of a row that is nearly never bad.
            bad |= length > 2 | (length == 1 & (first < 1 | first > 9)) | (length == 2 & (first != 1 | second != 0));
            int score = length == 1 ? first : 10;
            scores[slots[i]] = length == 0 ? BLANK : score; // BLANK: not experienced
        }
        return !bad;
    }

    /** A hint that about this many rows will follow, so the duplicate-id check can size itself once. */
    public void expectRows(int rows) {
        if (deferredIds != null) {
            deferredIds.expect(rows);
        } else {
            ids.expect(rows);
        }
    }

    /**
     * From now on duplicate ids are not refused per row but recorded, to be found by {@link #firstDuplicateId}
     * in one cache-friendly pass (see {@link RespondentIdLog}). The caller then owns the all-or-nothing rule: it
     * must ask before using any result, and let a duplicate earlier in the file win over a later problem.
     */
    void deferDuplicateCheck() {
        if (deferredIds == null) {
            deferredIds = new RespondentIdLog();
        }
    }

    /** With {@link #deferDuplicateCheck}: the first repeated id of the rows converted so far, or null. */
    RespondentIdLog.Duplicate firstDuplicateId() {
        return deferredIds == null ? null : deferredIds.firstDuplicate();
    }

    /** The error for a row whose id was first seen on {@code firstLine}, as the per-row check gives it. */
    SurveyImportException duplicateIdError(SurveyCells row, int firstLine) {
        return error(row, "import.error.duplicate-respondent", idColumn, firstLine);
    }

    /** The per-row conversion all forms share: id and duplicate check, then every cell by its column's role. */
    private void read(SurveyCells row, Target target) {
        readId(row, target);
        readCells(row, target, null);
    }

    /** The id: present, and not seen before (or recorded to be checked later). */
    private void readId(SurveyCells row, Target target) {
        if (row.isEmpty(idColumn)) {
            throw error(row, "import.error.missing-respondent-id", idColumn);
        }
        long idHash = RespondentIdIndex.hash(row.chars(), row.start(idColumn), row.end(idColumn));
        if (deferredIds != null) {
            deferredIds.add(idHash, row.line());
        } else {
            int firstLine = ids.putIfAbsent(idHash, row.line());
            if (firstLine >= 0) {
                throw duplicateIdError(row, firstLine);
            }
        }
        target.id(row, idColumn);
    }

    /**
     * Every cell by its column's role, in column order so the first problem is the leftmost; {@code columns} null
     * for all columns, or the columns to read (the moments having been read already).
     */
    private void readCells(SurveyCells row, Target target, int[] columns) {
        int recommend = BLANK;
        int overall = BLANK;
        int stay = BLANK;
        double weight = Double.NaN;
        int effort = BLANK;
        int cxiNeeds = BLANK;
        int cxiEasy = BLANK;
        int cxiEnjoyable = BLANK;
        int n = columns == null ? roles.length : columns.length;
        for (int i = 0; i < n; i++) {
            int c = columns == null ? i : columns[i];
            switch (roles[c]) {
                case SEGMENT -> {
                    if (!row.isEmpty(c)) target.segment(headers.get(c), row, c);
                }
                case RECOMMEND -> recommend = first(recommend, score(row, c, 0, 10));
                case EFFORT -> effort = first(effort, score(row, c, 1, effortScaleMax));
                case CXI_NEEDS -> cxiNeeds = first(cxiNeeds, score(row, c, 1, 5));
                case CXI_EASY -> cxiEasy = first(cxiEasy, score(row, c, 1, 5));
                case CXI_ENJOYABLE -> cxiEnjoyable = first(cxiEnjoyable, score(row, c, 1, 5));
                case OVERALL_SATISFACTION -> overall = first(overall, score(row, c, 1, 10));
                case EXPECT_TO_STAY -> stay = first(stay, score(row, c, 1, 10));
                case WEIGHT -> weight = weight(row, c);
                case MOMENT -> {
                    int score = score(row, c, 1, 10); // blank = moment not experienced
                    if (score != BLANK) target.momentIfAbsent(c, assignments[c].momentId(), score);
                }
                case EXPECTATION_3, EXPECTATION_5 -> {
                    int answer = score(row, c, 1, roles[c].expectationScaleMax());
                    if (answer != BLANK) {
                        target.expectationIfAbsent(c, assignments[c].momentId(), roles[c].betterThanExpected(answer));
                    }
                }
                case BRAND_VALUE_5, BRAND_VALUE_10 -> {
                    int score = score(row, c, 1, roles[c].brandScaleMax());
                    if (score != BLANK) target.brandValueIfAbsent(c, assignments[c].brandValueId(), score);
                }
                case RESPONDENT_ID, IGNORE -> { }
            }
        }
        target.answers(recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable);
        target.overallSatisfaction(overall);
        target.expectToStay(stay);
        if (!Double.isNaN(weight)) {
            target.weight(weight);
        }
    }

    /**
     * A respondent's weight: a positive decimal number, with a point or a comma ("0.85", "1,25"). A weighted survey
     * needs every respondent's weight, so a blank cell is refused like a bad one.
     */
    private double weight(SurveyCells row, int column) {
        double plain = plainDecimal(row.chars(), row.start(column), row.end(column));
        if (plain > 0) {
            return plain;
        }
        String text = row.text(column).replace(',', '.');
        double weight;
        try {
            weight = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            weight = Double.NaN;
        }
        if (!(weight > 0) || Double.isInfinite(weight) || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            throw error(row, "import.error.weight", column);
        }
        return weight;
    }

    /**
     * A cell of up to 15 digits with at most one decimal point or comma ("1", "0.85", "1,25") read straight from the
     * characters, as weights nearly always are; -1 for anything else (then the general path decides), so a weighted
     * import makes no string per row.
     */
    static double plainDecimal(char[] chars, int from, int to) {
        if (to <= from || to - from > 16) {
            return -1;
        }
        long digits = 0;
        int decimals = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if ((c == '.' || c == ',') && decimals < 0 && i > from && i < to - 1) {
                decimals = 0;
            } else {
                return -1;
            }
        }
        return decimals <= 0 ? digits : digits / POWERS_OF_TEN[decimals];
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};

    /** A whole number in [min, max] read straight from the cell's chars, or {@link #BLANK} for a blank cell. */
    private int score(SurveyCells row, int column, int min, int max) {
        int from = row.start(column);
        int to = row.end(column);
        if (from == to) {
            return BLANK; // not answered
        }
        long value = WholeNumber.parse(row.chars(), from, to);
        if (value == WholeNumber.NOT_A_WHOLE_NUMBER) {
            throw error(row, "import.error.not-numeric", column); // also 7,5 on a 1–10 scale: not an answer
        }
        if (value < min || value > max) {
            throw error(row, "import.error.out-of-range", column, min, max);
        }
        return (int) value;
    }

    /** An error naming the row's line, the column's header and the cell's text. */
    private SurveyImportException error(SurveyCells row, String key, int column, Object... args) {
        return new SurveyImportException(key, row.line(), headers.get(column), row.text(column), args);
    }

    /** Where {@link #read} puts a row's values. */
    private interface Target {

        /** The id in the row's cell {@code column}. */
        void id(SurveyCells row, int column);

        /** A non-empty segment value, in the row's cell {@code column}. */
        void segment(String header, SurveyCells row, int column);

        /** A moment score; when two columns score the same moment, the leftmost answer counts. */
        void momentIfAbsent(int column, UUID moment, int score);

        /** Whether the moment was better than expected; when two columns ask it for one moment, the leftmost counts. */
        void expectationIfAbsent(int column, UUID moment, boolean better);

        /** How strongly a brand value is experienced; when two columns ask it, the leftmost answer counts. */
        void brandValueIfAbsent(int column, UUID brandValue, int score);

        /** The single-use answers, each {@link #BLANK} when not answered. */
        void answers(int recommend, int effort, int cxiNeeds, int cxiEasy, int cxiEnjoyable);

        /** Overall satisfaction, {@link #BLANK} when not answered. */
        void overallSatisfaction(int score);

        /** The expect-to-stay answer, {@link #BLANK} when not answered. */
        void expectToStay(int score);

        /** The respondent's weight, when the survey gives weights. */
        void weight(double weight);
    }

    /** Collects a row for a {@link Respondent}. */
    private static final class RespondentTarget implements Target {

        String id;
        final Map<String, String> segments = new LinkedHashMap<>();
        final Map<UUID, Integer> moments = new LinkedHashMap<>();
        final Map<UUID, Boolean> betterThanExpected = new LinkedHashMap<>();
        final Map<UUID, Integer> brandValues = new LinkedHashMap<>();
        Integer recommend;
        Integer overall;
        Integer stay;
        Double weight;
        Integer effort;
        Integer cxiNeeds;
        Integer cxiEasy;
        Integer cxiEnjoyable;

        @Override
        public void id(SurveyCells row, int column) {
            this.id = row.text(column);
        }

        @Override
        public void segment(String header, SurveyCells row, int column) {
            segments.put(header, row.text(column));
        }

        @Override
        public void momentIfAbsent(int column, UUID moment, int score) {
            moments.putIfAbsent(moment, score);
        }

        @Override
        public void expectationIfAbsent(int column, UUID moment, boolean better) {
            betterThanExpected.putIfAbsent(moment, better);
        }

        @Override
        public void brandValueIfAbsent(int column, UUID brandValue, int score) {
            brandValues.putIfAbsent(brandValue, score);
        }

        @Override
        public void answers(int recommend, int effort, int cxiNeeds, int cxiEasy, int cxiEnjoyable) {
            this.recommend = orNull(recommend);
            this.effort = orNull(effort);
            this.cxiNeeds = orNull(cxiNeeds);
            this.cxiEasy = orNull(cxiEasy);
            this.cxiEnjoyable = orNull(cxiEnjoyable);
        }

        @Override
        public void overallSatisfaction(int score) {
            this.overall = orNull(score);
        }

        @Override
        public void expectToStay(int score) {
            this.stay = orNull(score);
        }

        @Override
        public void weight(double weight) {
            this.weight = weight;
        }

        private static Integer orNull(int answer) {
            return answer == BLANK ? null : answer;
        }
    }

    /** Writes a row into accumulator answers; moments outside the analysed journey are left out. */
    private record AnswersTarget(SurveyAccumulator.Answers answers, int[] slotByColumn, int[] brandSlotByColumn,
                                 RepeatedText segmentValues) implements Target {

        @Override
        public void id(SurveyCells row, int column) {
            // for follow-up; the counting does not need it, so the answers make the string only when asked
            answers.id(row.chars(), row.start(column), row.end(column) - row.start(column));
        }

        @Override
        public void segment(String header, SurveyCells row, int column) {
            answers.segment(header, segmentValues.of(row.chars(), row.start(column), row.end(column)));
        }

        @Override
        public void momentIfAbsent(int column, UUID moment, int score) {
            int slot = slotByColumn[column];
            if (slot >= 0 && !answers.hasMomentScore(slot)) {
                answers.momentScore(slot, score);
            }
        }

        @Override
        public void expectationIfAbsent(int column, UUID moment, boolean better) {
            int slot = slotByColumn[column];
            if (slot >= 0 && !answers.hasExpectation(slot)) {
                answers.betterThanExpected(slot, better);
            }
        }

        @Override
        public void brandValueIfAbsent(int column, UUID brandValue, int score) {
            int slot = brandSlotByColumn[column];
            if (slot >= 0 && !answers.hasBrandScore(slot)) {
                answers.brandScore(slot, score);
            }
        }

        @Override
        public void answers(int recommend, int effort, int cxiNeeds, int cxiEasy, int cxiEnjoyable) {
            answers.recommend(recommend);
            answers.effort(effort);
            answers.cxiNeeds(cxiNeeds);
            answers.cxiEasy(cxiEasy);
            answers.cxiEnjoyable(cxiEnjoyable);
        }

        @Override
        public void overallSatisfaction(int score) {
            answers.overallSatisfaction(score);
        }

        @Override
        public void expectToStay(int score) {
            answers.expectToStay(score);
        }

        @Override
        public void weight(double weight) {
            answers.weight(weight);
        }
    }

    /** Single-use roles mapped twice: the leftmost column counts, later ones are still validated. */
    private static int first(int current, int next) {
        return current != BLANK ? current : next;
    }

    private static int requiredColumn(ColumnRole role, ColumnMapping mapping, List<String> headers) {
        List<String> mapped = mapping.headersWith(role, headers);
        if (mapped.isEmpty()) {
            throw new SurveyImportException("import.error.missing-column", null, null, null, role.name());
        }
        return headers.indexOf(mapped.getFirst());
    }
}
