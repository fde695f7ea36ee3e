package app.momentum.measurement.analysis;

import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns survey responses into the method's results: overall and per segment value, the same figures, so a
 * team can see whether a moment fails everyone or one group of customers.
 */
public final class SurveyAnalysis {

    private SurveyAnalysis() {
    }

    /**
     * Analyses the survey. Never throws on thin data: an empty survey or an unscored moment yields
     * {@code NaN}s, {@code null} quadrants and unmet targets instead.
     *
     * @param moments     the journey's moments, in the order the results should list them
     * @param respondents the responses (already validated by {@link Respondent})
     * @param settings    the method's thresholds
     */
    public static AnalysisResult analyse(List<MomentInfo> moments, List<Respondent> respondents,
                                         AnalysisSettings settings) {
        SegmentResult overall = analyseGroup(moments, respondents, settings);
        // sorted columns and values keep the presentation stable between runs
        Map<String, Map<String, List<Respondent>>> groups = new TreeMap<>();
        for (Respondent respondent : respondents) {
            respondent.segments().forEach((column, value) -> {
                if (column != null && value != null) {
                    groups.computeIfAbsent(column, c -> new TreeMap<>())
                            .computeIfAbsent(value, v -> new ArrayList<>()).add(respondent);
                }
            });
        }
        Map<String, Map<String, SegmentResult>> bySegment = new LinkedHashMap<>();
        groups.forEach((column, values) -> {
            Map<String, SegmentResult> results = new LinkedHashMap<>();
            values.forEach((value, members) -> results.put(value, analyseGroup(moments, members, settings)));
            bySegment.put(column, Collections.unmodifiableMap(results));
        });
        return new AnalysisResult(overall, Collections.unmodifiableMap(bySegment));
    }

    private static SegmentResult analyseGroup(List<MomentInfo> moments, List<Respondent> group,
                                              AnalysisSettings settings) {
        NpsResult nps = Statistics.nps(group.stream().map(Respondent::recommend).toList());
        CxiResult cxi = Statistics.cxi(group.stream().map(Respondent::cxiNeeds).toList(),
                group.stream().map(Respondent::cxiEasy).toList(),
                group.stream().map(Respondent::cxiEnjoyable).toList());
        double meanEffort = Statistics.mean(group.stream().map(Respondent::effort).toList());
        List<MomentResult> results = moments.stream().map(moment -> analyseMoment(moment, group, settings)).toList();
        return new SegmentResult(group.size(), nps, cxi.cxi(), meanEffort, results);
    }

    private static MomentResult analyseMoment(MomentInfo moment, List<Respondent> group, AnalysisSettings settings) {
        List<Integer> scores = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>(); // {satisfaction, recommend}
        for (Respondent respondent : group) {
            Integer score = respondent.momentSatisfaction().get(moment.id());
            if (score == null) {
                continue;
            }
            scores.add(score);
            if (respondent.recommend() != null) {
                pairs.add(new double[] {score, respondent.recommend()});
            }
        }
        int experienced = scores.size();
        double frequency = group.isEmpty() ? Double.NaN : (double) experienced / group.size();
        double mean = Statistics.mean(scores);
        double shareNineTen = share(scores, 9, 10);
        double shareSixOrLower = share(scores, 1, 6);
        double impact = Statistics.pearson(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        int impactN = pairs.size();
        return new MomentResult(moment.id(), moment.title(), experienced, frequency, mean, shareNineTen,
                shareSixOrLower, impact, impactN, impactN >= settings.minReliableN(),
                Quadrant.of(mean, impact, settings),
                targetMet(moment.target(), experienced, mean, shareNineTen, settings),
                priority(frequency, mean, impact));
    }

    /**
     * A 7+ moment is judged on its mean (relief for most customers is enough); a 9+ moment on its share of
     * 9s and 10s, because a good mean can hide that nobody was delighted. Without scores a target is not met.
     */
    static boolean targetMet(TargetLevel target, int experienced, double mean, double shareNineTen,
                             AnalysisSettings settings) {
        if (experienced == 0) {
            return false;
        }
        return switch (target) {
            case SEVEN_PLUS -> mean >= settings.sevenPlusMeanTarget();
            case NINE_PLUS -> shareNineTen >= settings.ninePlusShareTarget();
        };
    }

    /**
     * {@code frequency × (10 − meanSatisfaction) × max(impact, 0)}; higher = act first. A moment that does not
     * drive recommendation scores 0 however poor it is, because raising it would not move NPS (its quadrant
     * advice still applies). {@code NaN} when mean or impact is unknown: the priority cannot be judged.
     */
    static double priority(double frequency, double meanSatisfaction, double impact) {
        if (Double.isNaN(frequency) || Double.isNaN(meanSatisfaction) || Double.isNaN(impact)) {
            return Double.NaN;
        }
        return frequency * (10 - meanSatisfaction) * Math.max(impact, 0);
    }

    /** Share (0–1) of scores within [low, high]; {@code NaN} without scores. */
    private static double share(List<Integer> scores, int low, int high) {
        if (scores.isEmpty()) {
            return Double.NaN;
        }
        long count = scores.stream().filter(s -> s >= low && s <= high).count();
        return (double) count / scores.size();
    }
}
