package app.momentum.measurement.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The survey analysis over a stream of respondents: {@link #add} one at a time, then {@link #result}. Only running
 * counts and sums are kept, so memory grows with the number of moments and of distinct segment values (and their
 * combinations), never with the number of respondents. This is the one implementation of the analysis;
 * {@link SurveyAnalysis#analyse} feeds it a list.
 *
 * <p>Each row is counted once, into its {@link Leaf}: the rows with exactly its segment values. Every figure is
 * additive, so each group the result shows — everyone, each segment value, each combination — is the sum of the
 * leaves it contains, made in {@link #result}. A row thus updates one group instead of up to sixteen (everyone,
 * its values and their combinations), while the leaves are no more than the combinations counted before.
 */
public final class SurveyAccumulator {

    /** Score table columns: recommend 0–10, then one for "recommend not answered". */
    private static final int NO_RECOMMEND = 11;
    private static final int TABLE_COLUMNS = 12;
    /**
     * Per moment and column, 12 rows indexed by score + 1: row 0 counts unscored moments ({@link Answers#BLANK} = -1),
     * i.e. the KPI answers of those who did not experience it; row 1 (score 0) stays empty; rows 2–11 are satisfaction
     * 1–10. Counting thus needs no test per moment on whether it was scored (a branch the CPU would often mispredict:
     * whether a moment was experienced is close to random).
     */
    private static final int ROWS = 12;
    private static final int TABLE_CELLS = ROWS * TABLE_COLUMNS;
    /**
     * Segment columns of a row that take part in combinations: the first four with a value (2⁴ − 5 = 11 combination
     * groups per row at most); further columns still have their own groups.
     */
    static final int MAX_COMBINED_COLUMNS = 4;

    /** Answers each group needs before an experience effect is computed: fewer, and the comparison is with nobody. */
    static final int EFFECT_MIN_GROUP = 5;

    private final List<MomentInfo> moments;
    private final AnalysisSettings settings;
    /** Moment id → slot in the per-group arrays; a moment listed twice shares its slot. */
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final int[] slotOfMoment;
    /** The rows without segment values, and the root of every other leaf. */
    private final Leaf root = new Leaf(new Segment[0]);
    /** Segment column by name; hash maps for the per-row look-ups, sorted once in {@link #result}. */
    private final Map<String, Column> columns = new HashMap<>();
    /** The segment values of the row being added that make its leaf, in column order; reused between rows. */
    private final Segment[] rowSegments = new Segment[MAX_COMBINED_COLUMNS];
    /**
     * The column named at each position of the last row's segments: a reader names the same columns in the same order
     * row after row (the header's strings), so a name that is the same string as last time needs no map lookup.
     */
    private String[] lastColumnNames = new String[0];
    private Column[] lastColumns = new Column[0];
    /** Counts the rows added, to tell whether the row being added named a column already. */
    private long rowNumber;
    /** What {@link #add(Respondent)} copies each respondent into; reused between respondents. */
    private final Answers respondentAnswers;
    /** The brand values asked about, in column order, and each one's slot in {@link Answers#brandScore}. */
    private final List<BrandValueInfo> brandValues;
    private final Map<UUID, Integer> brandSlotOf = new HashMap<>();
    /** The brand-value tables (over everyone); null when no brand value was asked, so such a survey pays nothing. */
    private final BrandTally brandTally;

    /**
     * @param moments  the journey's moments, in the order the results should list them
     * @param settings the method's thresholds
     */
    public SurveyAccumulator(List<MomentInfo> moments, AnalysisSettings settings) {
        this(moments, List.of(), settings);
    }

    /**
     * @param moments     the journey's moments, in the order the results should list them
     * @param brandValues the brand values the survey asks about, each once, in the order the results should list them
     * @param settings    the method's thresholds
     * @throws IllegalArgumentException when a brand value is listed twice
     */
    public SurveyAccumulator(List<MomentInfo> moments, List<BrandValueInfo> brandValues, AnalysisSettings settings) {
        this.moments = List.copyOf(moments);
        this.settings = settings;
        slotOfMoment = new int[this.moments.size()];
        for (int i = 0; i < this.moments.size(); i++) {
            slotOfMoment[i] = slotOf.computeIfAbsent(this.moments.get(i).id(), id -> slotOf.size());
        }
        this.brandValues = List.copyOf(brandValues);
        for (BrandValueInfo value : this.brandValues) {
            if (brandSlotOf.putIfAbsent(value.id(), brandSlotOf.size()) != null) {
                throw new IllegalArgumentException("brand value " + value.id() + " is listed twice");
            }
        }
        brandTally = this.brandValues.isEmpty() ? null : new BrandTally(
                this.brandValues.stream().mapToInt(BrandValueInfo::scaleMax).toArray(), slotOf.size());
        respondentAnswers = newAnswers();
    }

    /** An empty, reusable holder for one respondent's answers laid out for this accumulator. */
    public Answers newAnswers() {
        return new Answers(this, slotOf.size());
    }

    /** The number of moment slots: the length {@link Answers#momentScores} expects. */
    public int slotCount() {
        return slotOf.size();
    }

    /**
     * The slot of a moment in {@link Answers#momentScore}, or -1 when the moment is not analysed: a streaming
     * reader looks this up once per column rather than once per cell.
     */
    public int slotOf(UUID momentId) {
        Integer slot = slotOf.get(momentId);
        return slot == null ? -1 : slot;
    }

    /** The slot of a brand value in {@link Answers#brandScore}, or -1 when the survey was not analysed for it. */
    public int brandSlotOf(UUID brandValueId) {
        Integer slot = brandSlotOf.get(brandValueId);
        return slot == null ? -1 : slot;
    }

    /** Counts one respondent (already validated by {@link Respondent}) into everyone and its segment groups. */
    public void add(Respondent respondent) {
        Answers answers = respondentAnswers;
        answers.clear();
        answers.recommend(orBlank(respondent.recommend()));
        answers.overallSatisfaction(orBlank(respondent.overallSatisfaction()));
        answers.expectToStay(orBlank(respondent.expectToStay()));
        if (respondent.weight() != null) {
            answers.weight(respondent.weight());
        }
        answers.effort = orBlank(respondent.effort());
        answers.cxi[0] = orBlank(respondent.cxiNeeds());
        answers.cxi[1] = orBlank(respondent.cxiEasy());
        answers.cxi[2] = orBlank(respondent.cxiEnjoyable());
        respondent.momentSatisfaction().forEach((moment, score) -> {
            int slot = slotOf(moment);
            if (slot >= 0) { // scores for moments outside the journey are not analysed
                answers.momentScore(slot, score);
            }
        });
        respondent.betterThanExpected().forEach((moment, better) -> {
            int slot = slotOf(moment);
            if (slot >= 0) {
                answers.betterThanExpected(slot, better);
            }
        });
        respondent.brandValues().forEach((value, score) -> {
            int slot = brandSlotOf(value);
            if (slot >= 0) {
                answers.brandScore(slot, score);
            }
        });
        respondent.segments().forEach(answers::segment);
        add(answers);
    }

    /**
     * Counts one respondent's answers (valid ranges assumed, as {@link Respondent} checks them) into everyone and
     * its segment groups. The answers may be cleared and reused afterwards.
     *
     * @throws IllegalArgumentException when the answers were made by another accumulator
     */
    public void add(Answers answers) {
        if (answers.owner != this) {
            throw new IllegalArgumentException("answers of another accumulator: their moment slots differ");
        }
        if (answers.brandScoresGiven > 0) { // most surveys do not ask brand values: one test per row
            brandTally.add(answers.scores, answers.brandScores, answers.weight);
        }
        leafOf(answers).add(answers);
    }

    /**
     * The totals of the row's leaf: of the rows with the same values in the first {@value #MAX_COMBINED_COLUMNS}
     * segment columns they have a value in. A value in a further column is counted here into its column's own
     * {@link Segment#beyondCombined} (rare: the row's combinations do not include it). A column named twice in one
     * row counts with its first value only: a respondent is in one group per column.
     */
    private Totals leafOf(Answers answers) {
        rowNumber++;
        int combined = 0;
        for (int i = 0; i < answers.segmentCount; i++) {
            String name = answers.segmentColumns[i];
            String value = answers.segmentValues[i];
            if (name == null || value == null) {
                continue;
            }
            Column column = columnAt(i, name);
            if (column.lastRow == rowNumber) {
                continue;
            }
            column.lastRow = rowNumber;
            Segment segment = column.segment(value);
            if (combined < MAX_COMBINED_COLUMNS) {
                // in the order the columns were first seen, so one combination is one leaf however a row lists them
                int j = combined++;
                while (j > 0 && rowSegments[j - 1].column.order > column.order) {
                    rowSegments[j] = rowSegments[j - 1];
                    j--;
                }
                rowSegments[j] = segment;
            } else {
                segment.beyondCombined(slotOf.size()).add(answers);
            }
        }
        Leaf leaf = root;
        for (int i = 0; i < combined; i++) {
            leaf = leaf.child(rowSegments[i]);
        }
        return leaf.totals(slotOf.size());
    }

    private Column columnAt(int position, String name) {
        if (position >= lastColumns.length) {
            lastColumns = Arrays.copyOf(lastColumns, position + 1);
            lastColumnNames = Arrays.copyOf(lastColumnNames, position + 1);
        }
        if (lastColumnNames[position] != name) { // identity: a new string is looked up, whatever its text
            lastColumns[position] = column(name);
            lastColumnNames[position] = name;
        }
        return lastColumns[position];
    }

    private Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            column = new Column(name, columns.size());
            columns.put(name, column);
        }
        return column;
    }

    private static int orBlank(Integer answer) {
        return answer == null ? Answers.BLANK : answer;
    }

    /**
     * The analysis of everyone added so far. Never throws on thin data: an empty survey or an unscored moment
     * yields {@code NaN}s, {@code null} quadrants and unmet targets instead.
     */
    public AnalysisResult result() {
        List<Leaf> leaves = new ArrayList<>();
        root.collect(leaves);
        Totals overall = new Totals(slotOf.size()); // everyone: the sum of all leaves
        // which leaves each single group and each combination sums: a leaf belongs to every group of a subset of its
        // values (2^k - 1 of them for k values)
        Map<Segment, List<Totals>> singleMembers = new IdentityHashMap<>();
        Map<List<Segment>, List<Totals>> combinationMembers = new HashMap<>();
        for (Leaf leaf : leaves) {
            overall.add(leaf.totals);
            Segment[] path = leaf.path;
            for (int subset = 1; subset < 1 << path.length; subset++) {
                List<Segment> values = new ArrayList<>(Integer.bitCount(subset));
                for (int i = 0; i < path.length; i++) {
                    if ((subset & 1 << i) != 0) {
                        values.add(path[i]);
                    }
                }
                (values.size() == 1 ? singleMembers.computeIfAbsent(values.getFirst(), v -> new ArrayList<>())
                        : combinationMembers.computeIfAbsent(values, v -> new ArrayList<>())).add(leaf.totals);
            }
        }
        // one group's sums at a time in a reused table: memory for the leaves and one group, not for every group
        Totals group = new Totals(slotOf.size());
        // sorted columns and values keep the presentation stable between runs
        Map<String, Map<String, SegmentResult>> segments = new LinkedHashMap<>();
        new TreeMap<>(columns).forEach((name, column) -> {
            Map<String, SegmentResult> results = new LinkedHashMap<>();
            new TreeMap<>(column.values).forEach((value, segment) -> {
                group.clear();
                singleMembers.getOrDefault(segment, List.of()).forEach(group::add);
                if (segment.beyondCombined != null) {
                    group.add(segment.beyondCombined);
                }
                results.put(value, segmentResult(group));
            });
            segments.put(name, Collections.unmodifiableMap(results));
        });
        Map<SegmentKey, SegmentResult> combinations = new HashMap<>();
        combinationMembers.forEach((values, members) -> {
            Map<String, String> key = new HashMap<>();
            values.forEach(segment -> key.put(segment.column.name, segment.value));
            group.clear();
            members.forEach(group::add);
            combinations.put(SegmentKey.of(key), segmentResult(group));
        });
        Map<SegmentKey, SegmentResult> sorted = new TreeMap<>(java.util.Comparator
                .comparing((SegmentKey key) -> key.columnsText()).thenComparing(SegmentKey::valuesText));
        sorted.putAll(combinations);
        SegmentResult everyone = segmentResult(overall);
        return new AnalysisResult(everyone, Collections.unmodifiableMap(segments),
                Collections.unmodifiableMap(new LinkedHashMap<>(sorted)), brandValueResults(everyone));
    }

    /**
     * Per brand value, each moment's impact on it, both ways; placed and ranked with the moment's satisfaction,
     * frequency and target over everyone, as in the KPI matrix.
     */
    private List<BrandValueResult> brandValueResults(SegmentResult everyone) {
        List<BrandValueResult> results = new ArrayList<>(brandValues.size());
        for (int brand = 0; brand < brandValues.size(); brand++) {
            List<BrandMomentImpact> impacts = new ArrayList<>(moments.size());
            for (int i = 0; i < moments.size(); i++) {
                MomentResult moment = everyone.moments().get(i);
                BrandTally.Counts counts = brandTally.counts(brand, slotOfMoment[i]);
                double targetScore = Priorities.targetScore(moments.get(i).target(), settings);
                Impact driver = impact(counts.driver, moment.frequency(), moment.meanSatisfaction(), targetScore);
                ExperienceEffect effect = effect(counts.exposed, counts.unexposed, counts.pointBiserial, false,
                        moment.frequency(), moment.meanSatisfaction(), targetScore);
                impacts.add(new BrandMomentImpact(moment.momentId(), driver, effect, settings.impactMethod()));
            }
            BrandValueInfo value = brandValues.get(brand);
            results.add(new BrandValueResult(value.id(), value.scaleMax(), brandTally.answered(brand),
                    brandTally.mean(brand), impacts));
        }
        return results;
    }

    private SegmentResult segmentResult(Totals group) {
        // weighted shares over Kish's effective n; unknown without answers (Statistics.nps checks n first)
        NpsResult nps = Statistics.nps(group.recommendN, group.recommendWeight * group.recommendWeight
                / group.recommendWeightSquares, group.promoters / group.recommendWeight,
                group.detractors / group.recommendWeight);
        CxiResult cxi = Statistics.cxi(
                Statistics.cxiItem(group.cxiN[0], group.cxiTop[0], group.cxiBottom[0]),
                Statistics.cxiItem(group.cxiN[1], group.cxiTop[1], group.cxiBottom[1]),
                Statistics.cxiItem(group.cxiN[2], group.cxiTop[2], group.cxiBottom[2]));
        double meanEffort = group.effortN == 0 ? Double.NaN : group.effortSum / group.effortN;
        List<MomentResult> results = new ArrayList<>(moments.size());
        for (int i = 0; i < moments.size(); i++) {
            results.add(momentResult(moments.get(i), group, slotOfMoment[i]));
        }
        return new SegmentResult(group.respondents, nps, cxi, meanEffort, results);
    }

    private MomentResult momentResult(MomentInfo moment, Totals group, int slot) {
        MomentCounts counts = group.momentCounts(slot);
        // weighted shares and means (every weight 1 when unweighted); the counts stay respondents
        int experienced = counts.experienced;
        double weight = counts.experiencedWeight;
        double frequency = group.respondents == 0 ? Double.NaN : weight / group.respondentsWeight;
        double mean = experienced == 0 ? Double.NaN : counts.scoreSum / weight;
        double shareNineTen = experienced == 0 ? Double.NaN : counts.nineTen / weight;
        double shareSixOrLower = experienced == 0 ? Double.NaN : counts.sixOrLower / weight;
        int expectationN = group.expectationN[slot];
        double shareBetter = expectationN == 0 ? Double.NaN
                : group.betterThanExpected[slot] / group.expectationWeight[slot];
        double targetScore = Priorities.targetScore(moment.target(), settings);
        Impact driver = impact(counts.impact, frequency, mean, targetScore);
        ExperienceEffect effect = effect(counts, frequency, mean, targetScore);
        return new MomentResult(moment.id(), moment.title(), experienced, frequency, mean, shareNineTen,
                shareSixOrLower, driver, effect, settings.impactMethod(),
                SurveyAnalysis.targetMet(moment.target(), experienced, mean, shareNineTen, shareBetter, settings),
                expectationN, shareBetter);
    }

    /**
     * A correlation as an impact: its interval (on the effective n when weighted), whether to trust it (n respondents,
     * and an interval that excludes 0), the quadrant it places the moment in, and its priority there.
     */
    private Impact impact(CoMoments pairs, double frequency, double mean, double targetScore) {
        double r = pairs.pearson();
        int n = (int) pairs.n();
        Difference interval = Statistics.correlationInterval(r, pairs.effectiveN());
        Quadrant quadrant = Quadrant.of(mean, r, settings);
        return new Impact(r, n, interval, n >= settings.minReliableN() && interval.excludesZero(), quadrant,
                Priorities.priority(quadrant, frequency, mean, r, targetScore));
    }

    /**
     * The KPI of those who experienced the moment against those who did not. Unknown when either group has fewer
     * than {@link #EFFECT_MIN_GROUP} answers: a comparison with (nearly) nobody says nothing.
     */
    private ExperienceEffect effect(MomentCounts counts, double frequency, double mean, double targetScore) {
        return effect(counts.exposedKpi, counts.unexposedKpi, counts.pointBiserial,
                settings.impactOn() == ImpactQuestion.RECOMMEND, frequency, mean, targetScore);
    }

    /**
     * The answers of the exposed against the unexposed (the KPI's, or a brand value's), with their NPS difference when
     * {@code recommend}.
     */
    private ExperienceEffect effect(KpiTally exposed, KpiTally unexposed, CoMoments pointBiserial, boolean recommend,
                                    double frequency, double mean, double targetScore) {
        ExperienceEffect.KpiGroup exposedGroup = exposed.group(recommend);
        ExperienceEffect.KpiGroup unexposedGroup = unexposed.group(recommend);
        if (exposed.n() < EFFECT_MIN_GROUP || unexposed.n() < EFFECT_MIN_GROUP) {
            ExperienceEffect.Unknown reason = exposed.n() < unexposed.n()
                    ? ExperienceEffect.Unknown.NO_ONE_EXPERIENCED : ExperienceEffect.Unknown.EVERYONE_EXPERIENCED;
            return new ExperienceEffect(exposedGroup, unexposedGroup, Difference.UNKNOWN, Difference.UNKNOWN,
                    Impact.UNKNOWN, reason);
        }
        Difference npsDifference = recommend
                ? exposed.npsMinus(unexposed)
                : Difference.UNKNOWN;
        Difference meanDifference = Statistics.meanDifference(exposed.effectiveN(), exposed.mean(), exposed.variance(),
                unexposed.effectiveN(), unexposed.mean(), unexposed.variance());
        return new ExperienceEffect(exposedGroup, unexposedGroup, npsDifference, meanDifference,
                impact(pointBiserial, frequency, mean, targetScore), null);
    }

    /** A moment's figures in one group, read off its score table. */
    private static final class MomentCounts {
        /** Respondents who scored the moment, and the sum of their weights (the same unweighted). */
        int experienced;
        double experiencedWeight;
        /** Weighted sums. */
        double scoreSum;
        double nineTen;
        double sixOrLower;
        /** Satisfaction × KPI of those who scored the moment and answered the KPI question. */
        final CoMoments impact = new CoMoments();
        /** The KPI answers of those who experienced the moment, and of those who did not. */
        final KpiTally exposedKpi = new KpiTally();
        final KpiTally unexposedKpi = new KpiTally();
        /** "Experienced" (1 or 0) × KPI answer, for the point-biserial correlation. */
        final CoMoments pointBiserial = new CoMoments();
    }

    /** A segment column: its order among the columns (the order first seen in) and its values. */
    private static final class Column {
        final String name;
        final int order;
        final Map<String, Segment> values = new HashMap<>();
        /** The segments last looked up, by their value's hash: a lookup without the map for most rows. */
        private final Segment[] recent = new Segment[16];
        /** The last row that named this column (see {@code rowNumber}). */
        long lastRow;

        Column(String name, int order) {
            this.name = name;
            this.order = order;
        }

        Segment segment(String value) {
            // a reader shares one string per repeated value (RepeatedText), so most rows find theirs here by identity
            int recent = value.hashCode() & (this.recent.length - 1);
            Segment known = this.recent[recent];
            if (known != null && known.value == value) {
                return known;
            }
            Segment segment = values.get(value);
            if (segment == null) {
                segment = new Segment(this, value);
                values.put(value, segment);
            }
            this.recent[recent] = segment;
            return segment;
        }
    }

    /** A value in a segment column; compared by identity, one per column and value. */
    private static final class Segment {
        /** Values per column with a {@link #number}: the first ones, as surveys have a handful per column. */
        static final int NUMBERED_VALUES = 64;
        /** Columns whose values get a {@link #number}: the first ones seen. */
        static final int NUMBERED_COLUMNS = 4;

        final Column column;
        final String value;
        /**
         * A small number of its own, for the first {@value #NUMBERED_VALUES} values of the first
         * {@value #NUMBERED_COLUMNS} columns (else -1), by which a {@link Leaf} finds its child without a map.
         */
        final int number;
        /**
         * The rows that have this value beyond their first {@value #MAX_COMBINED_COLUMNS} columns with a value, so in
         * no leaf of this value; null until there is one.
         */
        Totals beyondCombined;

        Segment(Column column, String value) {
            this.column = column;
            this.value = value;
            int made = column.values.size();
            boolean numbered = column.order < NUMBERED_COLUMNS && made < NUMBERED_VALUES;
            number = numbered ? column.order * NUMBERED_VALUES + made : -1;
        }

        Totals beyondCombined(int slots) {
            if (beyondCombined == null) {
                beyondCombined = new Totals(slots);
            }
            return beyondCombined;
        }
    }

    /**
     * The rows whose segment values (in the first {@value #MAX_COMBINED_COLUMNS} columns with one) are exactly
     * {@link #path}, in column order: a node of a tree that starts at the rows without values and adds one value per
     * step. The children are found by identity ({@link Segment} keeps {@code Object}'s equality), so finding a row's
     * leaf costs no string work; they are kept in the order they were made, so the result sums the leaves in the same
     * order every time (sums of weights are exact only up to rounding, which depends on the order).
     */
    private static final class Leaf {
        final Segment[] path;
        private LinkedHashMap<Segment, Leaf> children;
        /** The children by their segment's {@link Segment#number}, where it has one: found without hashing. */
        private Leaf[] numbered;
        /** Null while no row ends here (a node on the way to longer paths only). */
        Totals totals;

        Leaf(Segment[] path) {
            this.path = path;
        }

        /** The leaf with one more value, made on first use. */
        Leaf child(Segment segment) {
            int number = segment.number;
            Leaf[] known = numbered;
            if (known != null && number >= 0 && number < known.length && known[number] != null) {
                return known[number];
            }
            Leaf child = childFromMap(segment);
            if (number >= 0) {
                if (known == null || number >= known.length) {
                    numbered = known = Arrays.copyOf(known == null ? new Leaf[0] : known, number + 1);
                }
                known[number] = child;
            }
            return child;
        }

        private Leaf childFromMap(Segment segment) {
            if (children == null) {
                children = new LinkedHashMap<>();
            }
            Leaf child = children.get(segment);
            if (child == null) {
                Segment[] longer = Arrays.copyOf(path, path.length + 1);
                longer[path.length] = segment;
                child = new Leaf(longer);
                children.put(segment, child);
            }
            return child;
        }

        Totals totals(int slots) {
            if (totals == null) {
                totals = new Totals(slots);
            }
            return totals;
        }

        /** This leaf and every one below it that counted rows. */
        void collect(List<Leaf> into) {
            if (totals != null) {
                into.add(this);
            }
            if (children != null) {
                children.values().forEach(child -> child.collect(into));
            }
        }
    }

    /**
     * Running counts and sums of one group of respondents: a {@link Leaf} as rows are added, every shown group as
     * the sum of its leaves ({@link #add(Totals)}).
     *
     * <p>Per moment, respondents are counted in a table of satisfaction (1–10) × recommend (0–10, or not
     * answered): one increment per scored moment. Both are small whole-number scales, so the table is exact, and
     * every moment figure comes from it when the result is asked for — experienced, the sum of scores, the 9–10
     * and ≤ 6 counts, and the impact's n, means and co-moments (fed to {@link CoMoments} cell by cell, weighted by
     * count). 576 bytes per moment and group (with the rows for unscored and 0, see {@link #TABLE_CELLS}).
     */
    private static final class Totals {

        /** Respondents, and (for every figure but n) the sum of their weights: the same when unweighted. */
        int respondents;
        double respondentsWeight;
        int recommendN;
        double recommendWeight;
        double recommendWeightSquares;
        double promoters;
        double detractors;
        final double[] cxiN = new double[3]; // needs, easy, enjoyable: weights
        final double[] cxiTop = new double[3];
        final double[] cxiBottom = new double[3];
        double effortSum;
        double effortN;
        /**
         * [recommend, or NO_RECOMMEND][slot][satisfaction + 1] → respondents (see {@link #cell}), while every weight
         * so far was 1; no longer counted (and not read) once {@link #weightTable} is made.
         */
        final int[] scoreTable;
        /**
         * The same cells' sums of weights, made when the first respondent with a weight other than 1 arrives (filled
         * from {@link #scoreTable} then, as every weight before was 1); null while unweighted.
         */
        double[] weightTable;
        /**
         * With {@link #weightTable}: the respondents and the sums of their squared weights per slot, whether the
         * moment was scored and whether the KPI question was answered ({@link #group}). Every figure needs only these
         * sums of the cells' counts (n) and squared weights (Kish's effective n), so the weighted table keeps one sum
         * per cell: a table per leaf must stay small for the cache.
         */
        int[] countsByGroup;
        double[] squaresByGroup;
        /** Per slot: respondents who answered the moment's expectation question, and of them "better than expected". */
        final int[] expectationN;
        final double[] expectationWeight;
        final double[] betterThanExpected;

        private final int slots;

        Totals(int slots) {
            this.slots = slots;
            scoreTable = new int[slots * TABLE_CELLS];
            expectationN = new int[slots];
            expectationWeight = new double[slots];
            betterThanExpected = new double[slots];
        }

        /** Back to no respondents; a weight table made before stays, zeroed (counts then sum into it as weights). */
        void clear() {
            respondents = 0;
            respondentsWeight = 0;
            recommendN = 0;
            recommendWeight = 0;
            recommendWeightSquares = 0;
            promoters = 0;
            detractors = 0;
            Arrays.fill(cxiN, 0);
            Arrays.fill(cxiTop, 0);
            Arrays.fill(cxiBottom, 0);
            effortSum = 0;
            effortN = 0;
            Arrays.fill(scoreTable, 0);
            if (weightTable != null) {
                Arrays.fill(weightTable, 0);
                Arrays.fill(countsByGroup, 0);
                Arrays.fill(squaresByGroup, 0);
            }
            Arrays.fill(expectationN, 0);
            Arrays.fill(expectationWeight, 0);
            Arrays.fill(betterThanExpected, 0);
        }

        /**
         * Adds another group's counts and sums: every figure is a count or a sum, so a group of groups is their sum.
         * Counts are whole numbers and stay exact; sums of weights may differ from a row-by-row sum in the last bits.
         */
        void add(Totals other) {
            if (other.weightTable != null && weightTable == null) {
                startWeights(); // before other's counts are added: they come in with their own weights below
            }
            if (weightTable == null) {
                for (int cell = 0; cell < scoreTable.length; cell++) {
                    scoreTable[cell] += other.scoreTable[cell];
                }
            } else if (other.weightTable == null) {
                // an unweighted group's weights are all 1: its counts are its weights and squared weights
                for (int cell = 0; cell < scoreTable.length; cell++) {
                    weightTable[cell] += other.scoreTable[cell];
                }
                int[] counts = other.groupCounts();
                for (int group = 0; group < counts.length; group++) {
                    countsByGroup[group] += counts[group];
                    squaresByGroup[group] += counts[group];
                }
            } else {
                for (int cell = 0; cell < weightTable.length; cell++) {
                    weightTable[cell] += other.weightTable[cell];
                }
                for (int group = 0; group < countsByGroup.length; group++) {
                    countsByGroup[group] += other.countsByGroup[group];
                    squaresByGroup[group] += other.squaresByGroup[group];
                }
            }
            respondents += other.respondents;
            respondentsWeight += other.respondentsWeight;
            recommendN += other.recommendN;
            recommendWeight += other.recommendWeight;
            recommendWeightSquares += other.recommendWeightSquares;
            promoters += other.promoters;
            detractors += other.detractors;
            for (int item = 0; item < 3; item++) {
                cxiN[item] += other.cxiN[item];
                cxiTop[item] += other.cxiTop[item];
                cxiBottom[item] += other.cxiBottom[item];
            }
            effortSum += other.effortSum;
            effortN += other.effortN;
            for (int slot = 0; slot < slots; slot++) {
                expectationN[slot] += other.expectationN[slot];
                expectationWeight[slot] += other.expectationWeight[slot];
                betterThanExpected[slot] += other.betterThanExpected[slot];
            }
        }

        /** The weight tables, filled from the counts: every respondent counted so far weighed 1. */
        private void startWeights() {
            weightTable = new double[scoreTable.length];
            for (int cell = 0; cell < scoreTable.length; cell++) {
                weightTable[cell] = scoreTable[cell];
            }
            countsByGroup = groupCounts();
            squaresByGroup = new double[countsByGroup.length];
            for (int group = 0; group < countsByGroup.length; group++) {
                squaresByGroup[group] = countsByGroup[group];
            }
        }

        /** The respondents per {@link #group}, from the score table (unweighted). */
        private int[] groupCounts() {
            int[] counts = new int[slots * 4];
            for (int column = 0; column < TABLE_COLUMNS; column++) {
                for (int slot = 0; slot < slots; slot++) {
                    for (int row = 0; row < ROWS; row++) {
                        counts[group(slot, row - 1, column)] += scoreTable[cell(slot, row, column)];
                    }
                }
            }
            return counts;
        }

        /**
         * The group of a moment's cells: [slot][scored: 0 or 1][KPI answered: 0 or 1], worked out without a branch
         * ({@code score >>> 31} is 1 for {@link Answers#BLANK} only).
         */
        private static int group(int slot, int score, int column) {
            return slot * 4 + (score >>> 31 ^ 1) * 2 + (column == NO_RECOMMEND ? 0 : 1);
        }

        void add(Answers answers) {
            addAnswers(answers);
            int column = scoreColumn(answers);
            int[] scores = answers.scores;
            if (weightTable == null && answers.weight == 1) {
                int base = column * slots * ROWS;
                for (int slot = 0; slot < scores.length; slot++) {
                    scoreTable[base + slot * ROWS + scores[slot] + 1]++;
                }
            } else {
                addWeighted(scores, column, answers.weight);
            }
        }

        /**
         * A row into the weight tables, made (from the counts) when the first weight other than 1 arrives: per moment
         * its cell's sum of weights, and its group's respondents and squared weights.
         */
        private void addWeighted(int[] scores, int column, double weight) {
            if (weightTable == null) {
                startWeights();
            }
            double square = weight * weight;
            double[] weights = weightTable;
            int[] counts = countsByGroup;
            double[] squares = squaresByGroup;
            int base = column * slots * ROWS;
            for (int slot = 0; slot < scores.length; slot++) {
                int score = scores[slot];
                weights[base + slot * ROWS + score + 1] += weight;
                int group = group(slot, score, column);
                counts[group]++;
                squares[group] += square;
            }
        }

        /** The table column: the answer impact is measured against (0–10), or "not answered". */
        private static int scoreColumn(Answers answers) {
            return answers.impactAnswer == Answers.BLANK ? NO_RECOMMEND : answers.impactAnswer;
        }

        /** Everything but the moment scores. */
        private void addAnswers(Answers answers) {
            double weight = answers.weight;
            respondents++;
            respondentsWeight += weight;
            if (answers.expectationsGiven > 0) { // most surveys do not ask it: one test per row, not one per moment
                int[] expectations = answers.expectations;
                for (int slot = 0; slot < expectations.length; slot++) {
                    if (expectations[slot] != Answers.BLANK) {
                        expectationN[slot]++;
                        expectationWeight[slot] += weight;
                        betterThanExpected[slot] += expectations[slot] * weight;
                    }
                }
            }
            int recommend = answers.recommend;
            if (recommend != Answers.BLANK) {
                recommendN++;
                recommendWeight += weight;
                recommendWeightSquares += weight * weight;
                if (recommend >= 9) {
                    promoters += weight;
                } else if (recommend <= 6) {
                    detractors += weight;
                }
            }
            for (int item = 0; item < 3; item++) {
                addCxi(item, answers.cxi[item], weight);
            }
            if (answers.effort != Answers.BLANK) {
                effortSum += answers.effort * weight;
                effortN += weight;
            }
        }

        MomentCounts momentCounts(int slot) {
            return weightTable == null ? countedMoment(slot) : weighedMoment(slot);
        }

        /** A moment's figures from the counts: every weight is 1, so a cell's weights and squares are its count. */
        private MomentCounts countedMoment(int slot) {
            MomentCounts counts = new MomentCounts();
            for (int column = 0; column < NO_RECOMMEND; column++) {
                int notExperienced = scoreTable[cell(slot, 0, column)]; // row 0: the moment was not scored
                if (notExperienced != 0) {
                    counts.unexposedKpi.add(column, notExperienced, notExperienced, notExperienced);
                    counts.pointBiserial.add(0, column, notExperienced, notExperienced, notExperienced);
                }
            }
            for (int score = 1; score <= 10; score++) {
                for (int column = 0; column < TABLE_COLUMNS; column++) {
                    int count = scoreTable[cell(slot, score + 1, column)];
                    if (count == 0) {
                        continue;
                    }
                    counts.experienced += count;
                    addExperienced(counts, score, count);
                    if (column != NO_RECOMMEND) {
                        counts.impact.add(score, column, count, count, count);
                        counts.exposedKpi.add(column, count, count, count);
                        counts.pointBiserial.add(1, column, count, count, count);
                    }
                }
            }
            return counts;
        }

        /**
         * A moment's figures from the weight sums per cell, with the respondents and squared weights of whole groups:
         * a cell's sum of weights is 0 only when it is empty, as every weight is positive.
         */
        private MomentCounts weighedMoment(int slot) {
            MomentCounts counts = new MomentCounts();
            for (int column = 0; column < NO_RECOMMEND; column++) {
                double weight = weightTable[cell(slot, 0, column)];
                if (weight > 0) {
                    counts.unexposedKpi.add(column, 0, weight, 0);
                    counts.pointBiserial.addWeight(0, column, weight);
                }
            }
            for (int score = 1; score <= 10; score++) {
                for (int column = 0; column < TABLE_COLUMNS; column++) {
                    double weight = weightTable[cell(slot, score + 1, column)];
                    if (!(weight > 0)) {
                        continue;
                    }
                    addExperienced(counts, score, weight);
                    if (column != NO_RECOMMEND) {
                        counts.impact.addWeight(score, column, weight);
                        counts.exposedKpi.add(column, 0, weight, 0);
                        counts.pointBiserial.addWeight(1, column, weight);
                    }
                }
            }
            int group = slot * 4;
            int unexposed = countsByGroup[group + 1]; // not scored, KPI answered
            int exposed = countsByGroup[group + 3];   // scored, KPI answered
            counts.experienced = countsByGroup[group + 2] + exposed;
            counts.unexposedKpi.addCount(unexposed, squaresByGroup[group + 1]);
            counts.exposedKpi.addCount(exposed, squaresByGroup[group + 3]);
            counts.impact.addCount(exposed, squaresByGroup[group + 3]);
            counts.pointBiserial.addCount(unexposed + exposed, squaresByGroup[group + 1] + squaresByGroup[group + 3]);
            return counts;
        }

        /** The satisfaction figures of a cell of those who scored the moment. */
        private static void addExperienced(MomentCounts counts, int score, double weight) {
            counts.experiencedWeight += weight;
            counts.scoreSum += score * weight;
            if (score >= 9) {
                counts.nineTen += weight;
            } else if (score <= 6) {
                counts.sixOrLower += weight;
            }
        }

        /**
         * A cell of the score table, laid out [KPI answer][slot][satisfaction + 1]: a respondent's cells, one per moment
         * and all in the column of their one KPI answer, then lie together (240 ints for 20 moments) rather than spread
         * over the whole table.
         */
        private int cell(int slot, int row, int column) {
            return (column * slots + slot) * ROWS + row;
        }

        private void addCxi(int item, int answer, double weight) {
            if (answer == Answers.BLANK) {
                return;
            }
            cxiN[item] += weight;
            if (answer >= 4) {
                cxiTop[item] += weight;
            } else if (answer <= 2) {
                cxiBottom[item] += weight;
            }
        }
    }

    /**
     * One respondent's answers in the accumulator's layout: plain ints ({@link #BLANK} = not answered) and a score
     * per moment slot, so a streaming import can fill and reuse one object instead of building a {@link Respondent}
     * with its maps per row. Scales are checked as {@link Respondent} checks them (effort is not range-checked).
     */
    public static final class Answers {

        /** Not answered (for a moment: not experienced). */
        public static final int BLANK = -1;

        private final SurveyAccumulator owner;
        /** The KPI question impact is measured against. */
        private final ImpactQuestion kpi;
        private int recommend;
        private int overall;
        private int expectToStay;
        /** The answer impact is measured against (recommend or overall satisfaction), kept ready for the counting. */
        private int impactAnswer;
        private int effort;
        private final int[] cxi = new int[3]; // needs, easy, enjoyable
        private final int[] scores;
        /** Per slot: {@link #BLANK} when the expectation was not answered, 1 when better than expected, else 0. */
        private final int[] expectations;
        /** How many of {@link #expectations} are answered, so the usual row (none) costs no loop. */
        private int expectationsGiven;
        /** The respondent's weight: 1 unless the survey gives weights. */
        private double weight = 1;
        /** Per brand-value slot: the score (1 to the value's scale top), or {@link #BLANK}. */
        private final int[] brandScores;
        /** The scale top per brand-value slot, for the range check. */
        private final int[] brandScaleMax;
        /** How many of {@link #brandScores} are answered, so the usual row (none) costs no loop. */
        private int brandScoresGiven;
        private String[] segmentColumns = new String[4];
        private String[] segmentValues = new String[4];
        private int segmentCount;
        private String id;
        /**
         * The id as characters when given by {@link #id(char[], int, int)}: copied here (a few chars), made a
         * string only when {@link #id()} is asked — the counting never asks, a follow-up listener may for some rows.
         * -1 when there are none.
         */
        private char[] idChars = new char[32];
        private int idLength = -1;

        private Answers(SurveyAccumulator owner, int slots) {
            this.owner = owner;
            this.kpi = owner.settings.impactOn();
            scores = new int[slots];
            expectations = new int[slots];
            Arrays.fill(expectations, BLANK);
            brandScores = new int[owner.brandValues.size()];
            brandScaleMax = owner.brandValues.stream().mapToInt(BrandValueInfo::scaleMax).toArray();
            Arrays.fill(brandScores, BLANK);
            clear();
        }

        /** Back to "nothing answered", for the next respondent. */
        public void clear() {
            id = null;
            idLength = -1;
            recommend = BLANK;
            overall = BLANK;
            expectToStay = BLANK;
            impactAnswer = BLANK;
            effort = BLANK;
            Arrays.fill(cxi, BLANK);
            Arrays.fill(scores, BLANK);
            weight = 1;
            if (expectationsGiven > 0) {
                Arrays.fill(expectations, BLANK);
                expectationsGiven = 0;
            }
            if (brandScoresGiven > 0) {
                Arrays.fill(brandScores, BLANK);
                brandScoresGiven = 0;
            }
            Arrays.fill(segmentColumns, 0, segmentCount, null);
            Arrays.fill(segmentValues, 0, segmentCount, null);
            segmentCount = 0;
        }

        public void recommend(int score) {
            recommend = checked(score, 0, 10);
            if (kpi == ImpactQuestion.RECOMMEND) {
                impactAnswer = recommend;
            }
        }

        /** Overall satisfaction 1–10, or {@link #BLANK}. */
        public void overallSatisfaction(int score) {
            overall = checked(score, 1, 10);
            if (kpi == ImpactQuestion.OVERALL_SATISFACTION) {
                impactAnswer = overall;
            }
        }

        /** Expect to stay 1–10, or {@link #BLANK}. */
        public void expectToStay(int score) {
            expectToStay = checked(score, 1, 10);
            if (kpi == ImpactQuestion.EXPECT_TO_STAY) {
                impactAnswer = expectToStay;
            }
        }

        /** The respondent's id in the source file, for follow-up; not used by the counting. */
        public void id(String respondentId) {
            id = respondentId;
            idLength = -1;
        }

        /**
         * The id as {@code chars[from .. from + length)}, e.g. a range of a CSV reader's buffer, which is copied: the
         * buffer may be overwritten by the next row, these answers keep the id until {@link #clear} or another id.
         * The string is made on the first {@link #id()}, so a reader that hands over every row's id pays for a
         * string only when someone asks for it.
         */
        public void id(char[] chars, int from, int length) {
            if (length > idChars.length) {
                idChars = new char[Math.max(length, 2 * idChars.length)];
            }
            System.arraycopy(chars, from, idChars, 0, length);
            idLength = length;
            id = null;
        }

        public String id() {
            if (id == null && idLength >= 0) {
                id = new String(idChars, 0, idLength);
            }
            return id;
        }

        /** The recommend answer, or {@link #BLANK}. */
        public int recommendAnswer() {
            return recommend;
        }

        /** The lowest moment score given, or {@link #BLANK} when no moment was scored. */
        public int lowestMomentScore() {
            int lowest = BLANK;
            for (int score : scores) {
                if (score != BLANK && (lowest == BLANK || score < lowest)) {
                    lowest = score;
                }
            }
            return lowest;
        }

        /** The first analysed moment (in journey order) with the lowest score, or null when none was scored. */
        public UUID lowestMoment() {
            int lowest = lowestMomentScore();
            if (lowest == BLANK) {
                return null;
            }
            for (MomentInfo moment : owner.moments) {
                int slot = owner.slotOf(moment.id());
                if (scores[slot] == lowest) {
                    return moment.id();
                }
            }
            return null;
        }

        public void effort(int score) {
            effort = score;
        }

        public void cxiNeeds(int score) {
            cxi[0] = checked(score, 1, 5);
        }

        public void cxiEasy(int score) {
            cxi[1] = checked(score, 1, 5);
        }

        public void cxiEnjoyable(int score) {
            cxi[2] = checked(score, 1, 5);
        }

        /**
         * The scales {@link Respondent} checks; the counting relies on them. Non-short-circuit operators: one
         * never-taken branch rather than a branch on BLANK, which for moment scores is close to random.
         */
        private static int checked(int score, int min, int max) {
            if ((score < min | score > max) & score != BLANK) {
                throw new IllegalArgumentException("answer must be between " + min + " and " + max + " or BLANK but was "
                        + score);
            }
            return score;
        }

        /** The score for the moment in {@code slot} (see {@link SurveyAccumulator#slotOf}), or {@link #BLANK}. */
        public void momentScore(int slot, int score) {
            scores[slot] = checked(score, 1, 10);
        }

        /**
         * Every moment's score at once, {@code bySlot[slot]} a score 1–10 or {@link #BLANK}: for a reader that has
         * a whole row's moments at hand. Checked in one pass with a single branch at the end, then copied.
         *
         * @throws IllegalArgumentException when the length is not the number of slots or a score is out of range
         */
        public void momentScores(int[] bySlot) {
            if (bySlot.length != scores.length) {
                throw new IllegalArgumentException("expected " + scores.length + " moment scores but got "
                        + bySlot.length);
            }
            boolean bad = false;
            for (int score : bySlot) {
                bad |= (score < 1 | score > 10) & score != BLANK;
            }
            if (bad) {
                for (int score : bySlot) {
                    checked(score, 1, 10); // names the culprit
                }
            }
            System.arraycopy(bySlot, 0, scores, 0, scores.length);
        }

        /**
         * The respondent's weight (a survey tool's design or post-stratification weight): every figure counts them this
         * many times, n still counts them once.
         *
         * @throws IllegalArgumentException when the weight is not a positive finite number
         */
        public void weight(double respondentWeight) {
            if (!(respondentWeight > 0) || Double.isInfinite(respondentWeight)) {
                throw new IllegalArgumentException("weight must be a positive number but was " + respondentWeight);
            }
            weight = respondentWeight;
        }

        /** Whether the moment in {@code slot} was better than expected, for a moment whose expectation was asked. */
        public void betterThanExpected(int slot, boolean better) {
            if (expectations[slot] == BLANK) {
                expectationsGiven++;
            }
            expectations[slot] = better ? 1 : 0;
        }

        /**
         * How strongly the respondent experiences the brand value in {@code brandSlot} (see
         * {@link SurveyAccumulator#brandSlotOf}), on its scale, or {@link #BLANK}.
         *
         * @throws IllegalArgumentException when the score is outside the value's scale
         */
        public void brandScore(int brandSlot, int score) {
            int checked = checked(score, 1, brandScaleMax[brandSlot]);
            if (brandScores[brandSlot] == BLANK && checked != BLANK) {
                brandScoresGiven++;
            } else if (brandScores[brandSlot] != BLANK && checked == BLANK) {
                brandScoresGiven--;
            }
            brandScores[brandSlot] = checked;
        }

        /** Whether the brand value in {@code brandSlot} has a score already. */
        public boolean hasBrandScore(int brandSlot) {
            return brandScores[brandSlot] != BLANK;
        }

        /** Whether the moment in {@code slot} has an expectation answer already. */
        public boolean hasExpectation(int slot) {
            return expectations[slot] != BLANK;
        }

        /** Whether the moment in {@code slot} has a score already. */
        public boolean hasMomentScore(int slot) {
            return scores[slot] != BLANK;
        }

        /** The respondent's value in a segment column. */
        public void segment(String column, String value) {
            if (segmentCount == segmentColumns.length) {
                segmentColumns = Arrays.copyOf(segmentColumns, segmentCount * 2);
                segmentValues = Arrays.copyOf(segmentValues, segmentCount * 2);
            }
            segmentColumns[segmentCount] = column;
            segmentValues[segmentCount] = value;
            segmentCount++;
        }
    }
}
