package app.momentum.measurement.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The survey analysis over a stream of respondents: {@link #add} one at a time, then {@link #result}. Only running
 * counts and sums are kept, per group (everyone, and each segment column/value), so memory grows with the number
 * of moments and of distinct segment values, never with the number of respondents. This is the one implementation
 * of the analysis; {@link SurveyAnalysis#analyse} feeds it a list.
 */
public final class SurveyAccumulator {

    private final List<MomentInfo> moments;
    private final AnalysisSettings settings;
    /** Moment id → slot in the per-group arrays; a moment listed twice shares its slot. */
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final int[] slotOfMoment;
    private final Totals overall;
    // sorted columns and values keep the presentation stable between runs
    private final Map<String, Map<String, Totals>> bySegment = new TreeMap<>();
    /** This respondent's score per slot (0 = not experienced); reused between respondents. */
    private final int[] scores;

    /**
     * @param moments  the journey's moments, in the order the results should list them
     * @param settings the method's thresholds
     */
    public SurveyAccumulator(List<MomentInfo> moments, AnalysisSettings settings) {
        this.moments = List.copyOf(moments);
        this.settings = settings;
        slotOfMoment = new int[this.moments.size()];
        for (int i = 0; i < this.moments.size(); i++) {
            slotOfMoment[i] = slotOf.computeIfAbsent(this.moments.get(i).id(), id -> slotOf.size());
        }
        scores = new int[slotOf.size()];
        overall = new Totals(scores.length);
    }

    /** Counts one respondent (already validated by {@link Respondent}) into everyone and its segment groups. */
    public void add(Respondent respondent) {
        java.util.Arrays.fill(scores, 0);
        respondent.momentSatisfaction().forEach((moment, score) -> {
            Integer slot = slotOf.get(moment);
            if (slot != null) { // scores for moments outside the journey are not analysed
                scores[slot] = score;
            }
        });
        overall.add(respondent, scores);
        respondent.segments().forEach((column, value) -> {
            if (column != null && value != null) {
                bySegment.computeIfAbsent(column, c -> new TreeMap<>())
                        .computeIfAbsent(value, v -> new Totals(scores.length))
                        .add(respondent, scores);
            }
        });
    }

    /**
     * The analysis of everyone added so far. Never throws on thin data: an empty survey or an unscored moment
     * yields {@code NaN}s, {@code null} quadrants and unmet targets instead.
     */
    public AnalysisResult result() {
        Map<String, Map<String, SegmentResult>> segments = new LinkedHashMap<>();
        bySegment.forEach((column, values) -> {
            Map<String, SegmentResult> results = new LinkedHashMap<>();
            values.forEach((value, totals) -> results.put(value, segmentResult(totals)));
            segments.put(column, Collections.unmodifiableMap(results));
        });
        return new AnalysisResult(segmentResult(overall), Collections.unmodifiableMap(segments));
    }

    private SegmentResult segmentResult(Totals group) {
        NpsResult nps = Statistics.nps(group.recommendN, group.promoters, group.detractors);
        double cxi = Statistics.cxi(
                Statistics.cxiItem(group.cxiN[0], group.cxiTop[0], group.cxiBottom[0]),
                Statistics.cxiItem(group.cxiN[1], group.cxiTop[1], group.cxiBottom[1]),
                Statistics.cxiItem(group.cxiN[2], group.cxiTop[2], group.cxiBottom[2])).cxi();
        double meanEffort = group.effortN == 0 ? Double.NaN : (double) group.effortSum / group.effortN;
        List<MomentResult> results = new java.util.ArrayList<>(moments.size());
        for (int i = 0; i < moments.size(); i++) {
            results.add(momentResult(moments.get(i), group, slotOfMoment[i]));
        }
        return new SegmentResult(group.respondents, nps, cxi, meanEffort, results);
    }

    private MomentResult momentResult(MomentInfo moment, Totals group, int slot) {
        int experienced = group.experienced[slot];
        double frequency = group.respondents == 0 ? Double.NaN : (double) experienced / group.respondents;
        double mean = experienced == 0 ? Double.NaN : (double) group.scoreSum[slot] / experienced;
        double shareNineTen = experienced == 0 ? Double.NaN : (double) group.nineTen[slot] / experienced;
        double shareSixOrLower = experienced == 0 ? Double.NaN : (double) group.sixOrLower[slot] / experienced;
        CoMoments pairs = group.impact[slot];
        double impact = pairs.pearson();
        int impactN = (int) pairs.n();
        return new MomentResult(moment.id(), moment.title(), experienced, frequency, mean, shareNineTen,
                shareSixOrLower, impact, impactN, impactN >= settings.minReliableN(),
                Quadrant.of(mean, impact, settings),
                SurveyAnalysis.targetMet(moment.target(), experienced, mean, shareNineTen, settings),
                SurveyAnalysis.priority(frequency, mean, impact));
    }

    /** Running counts and sums of one group of respondents; arrays are per moment slot. */
    private static final class Totals {

        int respondents;
        int recommendN;
        int promoters;
        int detractors;
        final int[] cxiN = new int[3]; // needs, easy, enjoyable
        final int[] cxiTop = new int[3];
        final int[] cxiBottom = new int[3];
        long effortSum;
        int effortN;
        final int[] experienced;
        final long[] scoreSum;
        final int[] nineTen;
        final int[] sixOrLower;
        /** Satisfaction × recommend of those who scored the moment and answered recommend. */
        final CoMoments[] impact;

        Totals(int slots) {
            experienced = new int[slots];
            scoreSum = new long[slots];
            nineTen = new int[slots];
            sixOrLower = new int[slots];
            impact = new CoMoments[slots];
            for (int i = 0; i < slots; i++) {
                impact[i] = new CoMoments();
            }
        }

        void add(Respondent respondent, int[] scores) {
            respondents++;
            Integer recommend = respondent.recommend();
            if (recommend != null) {
                recommendN++;
                if (recommend >= 9) {
                    promoters++;
                } else if (recommend <= 6) {
                    detractors++;
                }
            }
            addCxi(0, respondent.cxiNeeds());
            addCxi(1, respondent.cxiEasy());
            addCxi(2, respondent.cxiEnjoyable());
            if (respondent.effort() != null) {
                effortSum += respondent.effort();
                effortN++;
            }
            for (int slot = 0; slot < scores.length; slot++) {
                int score = scores[slot];
                if (score == 0) {
                    continue;
                }
                experienced[slot]++;
                scoreSum[slot] += score;
                if (score >= 9) {
                    nineTen[slot]++;
                } else if (score <= 6) {
                    sixOrLower[slot]++;
                }
                if (recommend != null) {
                    impact[slot].add(score, recommend);
                }
            }
        }

        private void addCxi(int item, Integer answer) {
            if (answer == null) {
                return;
            }
            cxiN[item]++;
            if (answer >= 4) {
                cxiTop[item]++;
            } else if (answer <= 2) {
                cxiBottom[item]++;
            }
        }
    }
}
