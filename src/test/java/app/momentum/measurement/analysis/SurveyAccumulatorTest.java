package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The streaming accumulator against a straightforward list computation on random surveys: the figures the analysis
 * computed before it streamed (lists per group, two-pass Pearson), kept here as the reference.
 */
class SurveyAccumulatorTest {

    private static final double EPS = 1e-9;
    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();

    @Test
    void matchesTheListComputationOnRandomSurveys() {
        Random random = new Random(7);
        for (int survey = 0; survey < 20; survey++) {
            List<MomentInfo> moments = moments(1 + random.nextInt(6));
            List<Respondent> respondents = randomRespondents(random, moments, random.nextInt(400));

            SurveyAccumulator accumulator = new SurveyAccumulator(moments, SETTINGS);
            respondents.forEach(accumulator::add);
            AnalysisResult result = accumulator.result();

            assertGroup(result.overall(), reference(moments, respondents));
            Map<String, Map<String, List<Respondent>>> groups = new HashMap<>();
            for (Respondent r : respondents) {
                r.segments().forEach((column, value) -> groups.computeIfAbsent(column, c -> new HashMap<>())
                        .computeIfAbsent(value, v -> new ArrayList<>()).add(r));
            }
            assertThat(result.bySegment().keySet()).containsExactlyInAnyOrderElementsOf(groups.keySet());
            groups.forEach((column, values) -> {
                assertThat(List.copyOf(result.bySegment().get(column).keySet()))
                        .isEqualTo(values.keySet().stream().sorted().toList());
                values.forEach((value, members) ->
                        assertGroup(result.bySegment().get(column).get(value), reference(moments, members)));
            });
            // every combination of two or more of a respondent's segment values, against the same list computation
            Map<SegmentKey, List<Respondent>> combinations = new HashMap<>();
            for (Respondent r : respondents) {
                List<String> columns = r.segments().keySet().stream().sorted().toList();
                for (int subset = 3; subset < 1 << columns.size(); subset++) {
                    if (Integer.bitCount(subset) < 2) continue;
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        if ((subset & 1 << i) != 0) values.put(columns.get(i), r.segments().get(columns.get(i)));
                    }
                    combinations.computeIfAbsent(SegmentKey.of(values), k -> new ArrayList<>()).add(r);
                }
            }
            assertThat(result.combinations().keySet()).containsExactlyInAnyOrderElementsOf(combinations.keySet());
            combinations.forEach((key, members) -> assertGroup(result.combinations().get(key),
                    reference(moments, members)));
            // the list entry point is the same implementation
            assertThat(SurveyAnalysis.analyse(moments, respondents, SETTINGS))
                    .isEqualTo(result);
        }
    }

    @Test
    void answersFilledDirectlyGiveTheSameResultAsRespondents() {
        Random random = new Random(11);
        List<MomentInfo> moments = moments(4);
        List<Respondent> respondents = randomRespondents(random, moments, 300);
        SurveyAccumulator viaRespondents = new SurveyAccumulator(moments, SETTINGS);
        SurveyAccumulator viaAnswers = new SurveyAccumulator(moments, SETTINGS);
        SurveyAccumulator.Answers answers = viaAnswers.newAnswers();
        for (Respondent r : respondents) {
            viaRespondents.add(r);
            answers.clear();
            if (r.recommend() != null) answers.recommend(r.recommend());
            if (r.effort() != null) answers.effort(r.effort());
            if (r.cxiNeeds() != null) answers.cxiNeeds(r.cxiNeeds());
            if (r.cxiEasy() != null) answers.cxiEasy(r.cxiEasy());
            if (r.cxiEnjoyable() != null) answers.cxiEnjoyable(r.cxiEnjoyable());
            r.momentSatisfaction().forEach((id, score) -> {
                if (viaAnswers.slotOf(id) >= 0) { // not the moment outside the journey
                    answers.momentScore(viaAnswers.slotOf(id), score);
                }
            });
            r.betterThanExpected().forEach((id, better) -> answers.betterThanExpected(viaAnswers.slotOf(id), better));
            r.segments().forEach(answers::segment);
            viaAnswers.add(answers);
        }
        assertThat(viaAnswers.result()).isEqualTo(viaRespondents.result());
    }

    @Test
    void answersAreCheckedAndBoundToTheirAccumulator() {
        SurveyAccumulator accumulator = new SurveyAccumulator(moments(1), SETTINGS);
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        assertThatThrownBy(() -> answers.recommend(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers.momentScore(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyAccumulator(moments(1), SETTINGS).add(answers))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accumulator.slotOf(UUID.randomUUID())).isEqualTo(-1);
    }

    @Test
    void allMomentScoresAtOnceAreCheckedAndCopied() {
        SurveyAccumulator accumulator = new SurveyAccumulator(moments(3), SETTINGS);
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        assertThat(accumulator.slotCount()).isEqualTo(3);
        int[] scores = {7, SurveyAccumulator.Answers.BLANK, 2};
        answers.momentScores(scores);
        scores[0] = 1; // a copy is kept
        assertThat(answers.lowestMomentScore()).isEqualTo(2);
        assertThat(answers.hasMomentScore(1)).isFalse();
        assertThatThrownBy(() -> answers.momentScores(new int[] {7, 11, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers.momentScores(new int[] {7, 0, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers.momentScores(new int[] {7}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdGivenAsCharsIsCopiedAndMadeAStringWhenAsked() {
        SurveyAccumulator.Answers answers = new SurveyAccumulator(moments(1), SETTINGS).newAnswers();
        char[] buffer = "x;R_first;y".toCharArray();
        answers.id(buffer, 2, 7);
        "z;R_other;y".getChars(0, 11, buffer, 0); // the reader's buffer overwritten by the next row
        assertThat(answers.id()).isEqualTo("R_first").isSameAs(answers.id());
        answers.id("R_string");
        assertThat(answers.id()).isEqualTo("R_string");
        answers.id("R_long_id_".repeat(10).toCharArray(), 0, 100);
        assertThat(answers.id()).hasSize(100);
        answers.clear();
        assertThat(answers.id()).isNull();
    }

    @Test
    void weightedCoMomentsEqualPairByPair() {
        CoMoments one = new CoMoments();
        CoMoments weighted = new CoMoments();
        double[][] pairs = {{3, 7}, {3, 7}, {3, 7}, {9, 10}, {5, 2}, {5, 2}};
        for (double[] p : pairs) {
            one.add(p[0], p[1]);
        }
        weighted.add(3, 7, 3);
        weighted.add(9, 10, 1);
        weighted.add(5, 2, 2);
        assertThat(weighted.n()).isEqualTo(6);
        assertThat(weighted.pearson()).isCloseTo(one.pearson(), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void weightsOfOneChangeNothing() {
        Random random = new Random(19);
        List<MomentInfo> moments = moments(4);
        List<Respondent> respondents = randomRespondents(random, moments, 300);
        List<Respondent> weighedOne = respondents.stream().map(r -> withWeight(r, 1.0)).toList();
        assertThat(SurveyAnalysis.analyse(moments, weighedOne, SETTINGS))
                .isEqualTo(SurveyAnalysis.analyse(moments, respondents, SETTINGS));
    }

    @Test
    void aWholeNumberWeightCountsLikeThatManyCopiesOfTheRespondent() {
        // every figure but n and the intervals (which rest on the effective n) equals the survey with the copies
        Random random = new Random(23);
        for (int survey = 0; survey < 5; survey++) {
            List<MomentInfo> moments = moments(3);
            List<Respondent> respondents = randomRespondents(random, moments, 200);
            List<Respondent> weighted = new ArrayList<>();
            List<Respondent> copied = new ArrayList<>();
            for (Respondent r : respondents) {
                int weight = 1 + random.nextInt(3);
                weighted.add(withWeight(r, (double) weight));
                for (int copy = 0; copy < weight; copy++) {
                    copied.add(r);
                }
            }
            AnalysisResult byWeight = SurveyAnalysis.analyse(moments, weighted, SETTINGS);
            AnalysisResult byCopies = SurveyAnalysis.analyse(moments, copied, SETTINGS);
            assertPointEstimates(byWeight.overall(), byCopies.overall());
            byCopies.bySegment().forEach((column, values) -> values.forEach((value, group) ->
                    assertPointEstimates(byWeight.bySegment().get(column).get(value), group)));
            byCopies.combinations().forEach((key, group) ->
                    assertPointEstimates(byWeight.combinations().get(key), group));
            assertThat(byWeight.overall().respondents()).as("n counts respondents once").isEqualTo(200);
        }
    }

    @Test
    void weightedFiguresMatchTheHandCalculation() {
        // A scored 8 by a respondent weighing 3 and 4 by one weighing 1; a third (weight 2) did not experience A
        // mean (8·3 + 4·1) / 4 = 7.0 (unweighted 6.0); frequency 4 / 6; recommend 10, 5, 9 → promoters 3 + 2 = 5 of 6,
        // detractors 1 of 6 → NPS (5 − 1) / 6 = 66.7; effective n (3 + 1 + 2)² / (9 + 1 + 4) = 36 / 14
        MomentInfo a = new MomentInfo(UUID.randomUUID(), "A", TargetLevel.SEVEN_PLUS);
        List<Respondent> survey = List.of(
                withWeight(new Respondent("r1", Map.of(), 10, null, null, null, null, Map.of(a.id(), 8)), 3.0),
                withWeight(new Respondent("r2", Map.of(), 5, null, null, null, null, Map.of(a.id(), 4)), 1.0),
                withWeight(new Respondent("r3", Map.of(), 9, null, null, null, null, Map.of()), 2.0));
        SegmentResult overall = SurveyAnalysis.analyse(List.of(a), survey, SETTINGS).overall();
        assertThat(overall.respondents()).isEqualTo(3);
        assertThat(overall.nps().n()).isEqualTo(3);
        assertThat(overall.nps().nps()).isCloseTo(400 / 6.0, org.assertj.core.api.Assertions.within(1e-9));
        double effective = 36 / 14.0;
        double p = 5 / 6.0;
        double d = 1 / 6.0;
        double margin = 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / effective) * 100;
        assertThat(overall.nps().lower95()).isCloseTo(400 / 6.0 - margin, org.assertj.core.api.Assertions.within(1e-9));
        MomentResult moment = overall.moments().getFirst();
        assertThat(moment.experienced()).isEqualTo(2);
        assertThat(moment.meanSatisfaction()).isCloseTo(7.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(moment.frequency()).isCloseTo(4 / 6.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(moment.shareSixOrLower()).isCloseTo(0.25, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(moment.driver().n()).as("n counts respondents").isEqualTo(2);
    }

    @Test
    void aWeightedCorrelationsIntervalRestsOnTheEffectiveN() {
        // (satisfaction, recommend, weight): the weights start after an unweighted row, as in a real file;
        // effective n = (1 + 2 + 1 + 1 + 3)² / (1 + 4 + 1 + 1 + 9) = 64 / 16 = 4
        MomentInfo a = new MomentInfo(UUID.randomUUID(), "A", TargetLevel.SEVEN_PLUS);
        double[][] rows = {{6, 5, 1}, {8, 9, 2}, {9, 10, 1}, {4, 3, 1}, {7, 8, 3}};
        List<Respondent> weighted = new ArrayList<>();
        List<Respondent> copied = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Respondent r = new Respondent("r" + i, Map.of(), (int) rows[i][1], null, null, null, null,
                    Map.of(a.id(), (int) rows[i][0]));
            weighted.add(withWeight(r, rows[i][2]));
            for (int copy = 0; copy < rows[i][2]; copy++) {
                copied.add(r);
            }
        }
        Impact driver = SurveyAnalysis.analyse(List.of(a), weighted, SETTINGS).overall().moments().getFirst().driver();
        double r = SurveyAnalysis.analyse(List.of(a), copied, SETTINGS).overall().moments().getFirst().driver().value();
        assertThat(driver.value()).isCloseTo(r, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(driver.n()).isEqualTo(5);
        assertThat(driver.interval()).isEqualTo(Statistics.correlationInterval(r, 4.0));
    }

    @Test
    void aWeightMustBePositiveAndExpectationsAreKeptPerMoment() {
        List<MomentInfo> moments = moments(2);
        SurveyAccumulator accumulator = new SurveyAccumulator(moments, SETTINGS);
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.weight(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.weight(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        answers.weight(Double.MIN_VALUE);
        assertThat(answers.hasExpectation(0)).isFalse();
        answers.betterThanExpected(0, true);
        assertThat(answers.hasExpectation(0)).isTrue();
        assertThat(answers.hasExpectation(1)).isFalse();
        answers.momentScore(0, 9);
        answers.momentScore(1, 9);
        accumulator.add(answers);
        answers.clear();
        assertThat(answers.hasExpectation(0)).as("cleared for the next respondent").isFalse();
        answers.momentScore(0, 5);
        accumulator.add(answers);
        List<MomentResult> result = accumulator.result().overall().moments();
        assertThat(result.get(0).expectationN()).isEqualTo(1);
        assertThat(result.get(0).shareBetterThanExpected()).isEqualTo(1.0);
        assertThat(result.get(1).expectationN()).isZero();
        assertThat(result.get(1).shareBetterThanExpected()).isNaN();
    }

    /**
     * A leaf finds its children by the values' small numbers (the first 64 values of the first four columns): the
     * 65th value of the first column and the first value of the second must stay two children of the same leaf.
     */
    @Test
    void valuesBeyondTheNumberedOnesAreTheirOwnGroups() {
        SurveyAccumulator accumulator = new SurveyAccumulator(moments(1), SETTINGS);
        for (int value = 0; value < 70; value++) { // column "a" seen first, with 70 values
            accumulator.add(new Respondent("a" + value, Map.of("a", "A" + value), 9, null, null, null, null,
                    Map.of()));
        }
        for (int row = 0; row < 3; row++) { // then rows with only "b": children of the same leaf as "A64"
            accumulator.add(new Respondent("b" + row, Map.of("b", "B"), 2, null, null, null, null, Map.of()));
        }
        accumulator.add(new Respondent("x", Map.of("a", "A64", "b", "B"), 10, null, null, null, null, Map.of()));

        AnalysisResult result = accumulator.result();

        assertThat(result.bySegment().get("a")).hasSize(70);
        assertThat(result.bySegment().get("a").get("A64").respondents()).isEqualTo(2);
        assertThat(result.bySegment().get("a").get("A63").respondents()).isEqualTo(1);
        assertThat(result.bySegment().get("b").get("B").respondents()).isEqualTo(4);
        assertThat(result.bySegment().get("b").get("B").nps().nps()).isEqualTo(-50.0); // 2, 2, 2 and 10
        assertThat(result.combinations().get(SegmentKey.of(Map.of("a", "A64", "b", "B"))).respondents())
                .isEqualTo(1);
    }

    @Test
    void combinationsTakeTheFirstFourSegmentColumnsOfARowAndAreOneGroupWhateverTheOrder() {
        List<MomentInfo> moments = moments(1);
        SurveyAccumulator accumulator = new SurveyAccumulator(moments, SETTINGS);
        Map<String, String> forward = new java.util.LinkedHashMap<>();
        for (String column : List.of("a", "b", "c", "d", "e")) {
            forward.put(column, column.toUpperCase());
        }
        Map<String, String> backward = new java.util.LinkedHashMap<>();
        List.of("e", "d", "c", "b", "a").forEach(column -> backward.put(column, column.toUpperCase()));
        accumulator.add(new Respondent("r1", forward, 9, null, null, null, null, Map.of()));
        accumulator.add(new Respondent("r2", backward, 9, null, null, null, null, Map.of()));
        AnalysisResult result = accumulator.result();
        assertThat(result.bySegment()).hasSize(5);
        // r1 combines a–d (11 groups); r2 lists e, d, c, b first: a second set of 11, sharing those of b–d
        assertThat(result.combinations().get(SegmentKey.of(Map.of("b", "B", "c", "C"))).respondents()).isEqualTo(2);
        assertThat(result.combinations().get(SegmentKey.of(Map.of("a", "A", "b", "B"))).respondents()).isEqualTo(1);
        assertThat(result.combinations().get(SegmentKey.of(Map.of("d", "D", "e", "E"))).respondents()).isEqualTo(1);
        assertThat(result.combinations()).hasSize(11 + 11 - 4);
        // listed by columns, then by values
        assertThat(List.copyOf(result.combinations().keySet())).isSortedAccordingTo(java.util.Comparator
                .comparing(SegmentKey::columnsText).thenComparing(SegmentKey::valuesText));
    }

    /**
     * Each row is counted once, into the leaf of its segment values, and every group is summed from leaves: the
     * same figures as counting each group's rows on their own. Random rows with up to six segment columns (some
     * missing, so a row's first four differ from row to row), listed in any order, a column named twice now and
     * then (its first value counts), and weights that are not whole numbers.
     */
    @Test
    void groupsSummedFromLeavesEqualEachGroupCountedOnItsOwn() {
        Random random = new Random(29);
        List<MomentInfo> moments = moments(3);
        String[] columns = {"a", "b", "c", "d", "e", "f"};
        for (int survey = 0; survey < 3; survey++) {
            SurveyAccumulator accumulator = new SurveyAccumulator(moments, SETTINGS);
            SurveyAccumulator.Answers answers = accumulator.newAnswers();
            // per expected group: the rows' answers without segments, counted by an accumulator of its own
            Map<String, Map<String, SurveyAccumulator>> singles = new HashMap<>();
            Map<SegmentKey, SurveyAccumulator> combinations = new HashMap<>();
            SurveyAccumulator everyone = new SurveyAccumulator(moments, SETTINGS);
            for (int row = 0; row < 400; row++) {
                List<String> listed = new ArrayList<>(List.of(columns));
                java.util.Collections.shuffle(listed, random);
                Map<String, String> values = new java.util.LinkedHashMap<>(); // the values that count, in row order
                List<String[]> named = new ArrayList<>();
                for (String column : listed) {
                    if (random.nextInt(3) > 0) {
                        // "a" with many values: beyond the first 64 a leaf finds its children in its map
                        String value = column.toUpperCase() + random.nextInt(column.equals("a") ? 90 : 2);
                        named.add(new String[] {column, value});
                        values.putIfAbsent(column, value);
                        if (random.nextInt(10) == 0) { // the same column again: ignored
                            named.add(new String[] {column, value + "x"});
                        }
                    }
                }
                int[] scores = new int[moments.size()];
                for (int slot = 0; slot < scores.length; slot++) {
                    scores[slot] = random.nextInt(4) == 0 ? SurveyAccumulator.Answers.BLANK : 1 + random.nextInt(10);
                }
                int recommend = random.nextInt(8) == 0 ? SurveyAccumulator.Answers.BLANK : random.nextInt(11);
                double weight = row < 50 ? 1 : 0.5 + random.nextInt(100) / 97.0; // weights start after some rows
                int cxi = random.nextInt(6) == 0 ? SurveyAccumulator.Answers.BLANK : 1 + random.nextInt(5);
                java.util.function.Consumer<SurveyAccumulator> count = into -> {
                    SurveyAccumulator.Answers a = into == accumulator ? answers : into.newAnswers();
                    a.clear();
                    a.momentScores(scores);
                    a.recommend(recommend);
                    a.cxiNeeds(cxi);
                    a.effort(cxi);
                    a.weight(weight);
                    if (into == accumulator) {
                        named.forEach(pair -> a.segment(pair[0], pair[1]));
                    }
                    into.add(a);
                };
                count.accept(accumulator);
                count.accept(everyone);
                values.forEach((column, value) -> count.accept(singles.computeIfAbsent(column, c -> new HashMap<>())
                        .computeIfAbsent(value, v -> new SurveyAccumulator(moments, SETTINGS))));
                List<Map.Entry<String, String>> firstFour = List.copyOf(values.entrySet())
                        .subList(0, Math.min(4, values.size()));
                for (int subset = 3; subset < 1 << firstFour.size(); subset++) {
                    if (Integer.bitCount(subset) < 2) continue;
                    Map<String, String> key = new HashMap<>();
                    for (int i = 0; i < firstFour.size(); i++) {
                        if ((subset & 1 << i) != 0) key.put(firstFour.get(i).getKey(), firstFour.get(i).getValue());
                    }
                    count.accept(combinations.computeIfAbsent(SegmentKey.of(key),
                            k -> new SurveyAccumulator(moments, SETTINGS)));
                }
            }
            AnalysisResult result = accumulator.result();
            assertSameFigures(result.overall(), everyone.result().overall());
            assertThat(result.bySegment().keySet()).containsExactlyInAnyOrderElementsOf(singles.keySet());
            singles.forEach((column, values) -> {
                assertThat(result.bySegment().get(column).keySet()).containsExactlyInAnyOrderElementsOf(values.keySet());
                values.forEach((value, group) ->
                        assertSameFigures(result.bySegment().get(column).get(value), group.result().overall()));
            });
            assertThat(result.combinations().keySet()).containsExactlyInAnyOrderElementsOf(combinations.keySet());
            combinations.forEach((key, group) ->
                    assertSameFigures(result.combinations().get(key), group.result().overall()));
        }
    }

    @Test
    void theSameWeightedSurveyGivesTheSameFiguresToTheLastBit() {
        // groups are sums of leaves: summed in the same order every time, so the rounding of weighted sums is too
        Random random = new Random(31);
        List<MomentInfo> moments = moments(2);
        List<Respondent> respondents = new ArrayList<>();
        for (Respondent r : randomRespondents(random, moments, 300)) {
            Map<String, String> segments = new HashMap<>(r.segments());
            segments.put("size", "S" + random.nextInt(4));
            segments.put("age", "A" + random.nextInt(5));
            respondents.add(withWeight(new Respondent(r.id(), segments, r.recommend(), r.effort(), r.cxiNeeds(),
                    r.cxiEasy(), r.cxiEnjoyable(), r.momentSatisfaction()), 0.3 + random.nextInt(90) / 31.0));
        }
        AnalysisResult first = SurveyAnalysis.analyse(moments, respondents, SETTINGS);
        for (int run = 0; run < 3; run++) {
            assertThat(SurveyAnalysis.analyse(moments, respondents, SETTINGS)).isEqualTo(first);
        }
    }

    /** The same figures, up to rounding in the last bits of weighted sums (added up in another order). */
    private static void assertSameFigures(SegmentResult actual, SegmentResult expected) {
        assertThat(actual.respondents()).isEqualTo(expected.respondents());
        assertThat(actual.nps().n()).isEqualTo(expected.nps().n());
        assertClose(actual.nps().lower95(), expected.nps().lower95());
        assertClose(actual.cxi().cxi(), expected.cxi().cxi());
        assertPointEstimates(actual, expected);
        for (int i = 0; i < actual.moments().size(); i++) {
            MomentResult a = actual.moments().get(i);
            MomentResult e = expected.moments().get(i);
            assertThat(a.experienced()).isEqualTo(e.experienced());
            assertImpact(a.driver(), e.driver());
            assertImpact(a.effect().impact(), e.effect().impact());
            assertThat(a.effect().unknownBecause()).isEqualTo(e.effect().unknownBecause());
            assertThat(a.targetMet()).isEqualTo(e.targetMet());
        }
    }

    private static Respondent withWeight(Respondent r, Double weight) {
        return new Respondent(r.id(), r.segments(), r.recommend(), r.effort(), r.cxiNeeds(), r.cxiEasy(),
                r.cxiEnjoyable(), r.momentSatisfaction(), r.overallSatisfaction(), r.expectToStay(),
                r.betterThanExpected(), weight);
    }

    private static void assertPointEstimates(SegmentResult actual, SegmentResult expected) {
        assertClose(actual.nps().nps(), expected.nps().nps());
        assertClose(actual.cxi().cxi(), expected.cxi().cxi());
        assertClose(actual.meanEffort(), expected.meanEffort());
        for (int i = 0; i < actual.moments().size(); i++) {
            MomentResult a = actual.moments().get(i);
            MomentResult e = expected.moments().get(i);
            assertClose(a.frequency(), e.frequency());
            assertClose(a.meanSatisfaction(), e.meanSatisfaction());
            assertClose(a.shareNineTen(), e.shareNineTen());
            assertClose(a.shareSixOrLower(), e.shareSixOrLower());
            assertClose(a.shareBetterThanExpected(), e.shareBetterThanExpected());
            assertClose(a.driver().value(), e.driver().value());
            assertClose(a.effect().exposed().mean(), e.effect().exposed().mean());
            assertClose(a.effect().unexposed().nps(), e.effect().unexposed().nps());
            if (a.effect().known() && e.effect().known()) {
                assertClose(a.effect().impact().value(), e.effect().impact().value());
                assertClose(a.effect().npsDifference().value(), e.effect().npsDifference().value());
                assertClose(a.effect().meanDifference().value(), e.effect().meanDifference().value());
            }
        }
    }

    @Test
    void anExactlyZeroCorrelationIsReportedAsZeroNotAsRoundingNoise() {
        // two groups with the same answers in shuffled order: covariance exactly 0, which the running update can
        // leave as ±1e-16; the sign alone would put a moment in another quadrant
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < 3 + random.nextInt(12); i++) {
                int answer = random.nextInt(11);
                pairs.add(new int[] {0, answer});
                pairs.add(new int[] {1, answer});
            }
            java.util.Collections.shuffle(pairs, random);
            CoMoments moments = new CoMoments();
            pairs.forEach(p -> moments.add(p[0], p[1]));
            double r = moments.pearson();
            if (!Double.isNaN(r)) {
                assertThat(r).as("round %d", round).isEqualTo(0.0);
            }
        }
    }

    private static void assertGroup(SegmentResult actual, SegmentResult expected) {
        assertThat(actual.respondents()).isEqualTo(expected.respondents());
        assertThat(actual.nps()).isEqualTo(expected.nps());
        assertThat(actual.cxi()).isEqualTo(expected.cxi());
        assertClose(actual.meanEffort(), expected.meanEffort());
        assertThat(actual.moments()).hasSameSizeAs(expected.moments());
        for (int i = 0; i < actual.moments().size(); i++) {
            MomentResult a = actual.moments().get(i);
            MomentResult e = expected.moments().get(i);
            assertThat(a.momentId()).isEqualTo(e.momentId());
            assertThat(a.experienced()).isEqualTo(e.experienced());
            assertClose(a.frequency(), e.frequency());
            assertClose(a.meanSatisfaction(), e.meanSatisfaction());
            assertClose(a.shareNineTen(), e.shareNineTen());
            assertClose(a.shareSixOrLower(), e.shareSixOrLower());
            assertClose(a.impact(), e.impact());
            assertThat(a.impactN()).isEqualTo(e.impactN());
            assertThat(a.reliable()).isEqualTo(e.reliable());
            assertThat(a.quadrant()).as("quadrant of %s: %s vs %s", a.method(), a.chosenImpact(), e.chosenImpact()).isEqualTo(e.quadrant());
            assertThat(a.targetMet()).isEqualTo(e.targetMet());
            assertThat(a.expectationN()).isEqualTo(e.expectationN());
            assertClose(a.shareBetterThanExpected(), e.shareBetterThanExpected());
            assertClose(a.priority(), e.priority());
            assertThat(a.method()).isEqualTo(e.method());
            assertImpact(a.driver(), e.driver());
            assertImpact(a.effect().impact(), e.effect().impact());
            assertThat(a.effect().unknownBecause()).isEqualTo(e.effect().unknownBecause());
            assertThat(a.effect().exposed().n()).isEqualTo(e.effect().exposed().n());
            assertThat(a.effect().unexposed().n()).isEqualTo(e.effect().unexposed().n());
            assertClose(a.effect().exposed().mean(), e.effect().exposed().mean());
            assertClose(a.effect().unexposed().mean(), e.effect().unexposed().mean());
            assertClose(a.effect().exposed().nps(), e.effect().exposed().nps());
            assertClose(a.effect().unexposed().nps(), e.effect().unexposed().nps());
            assertDifference(a.effect().npsDifference(), e.effect().npsDifference());
            assertDifference(a.effect().meanDifference(), e.effect().meanDifference());
        }
    }

    private static void assertImpact(Impact actual, Impact expected) {
        assertClose(actual.value(), expected.value());
        assertThat(actual.n()).isEqualTo(expected.n());
        assertDifference(actual.interval(), expected.interval());
        assertThat(actual.reliable()).isEqualTo(expected.reliable());
        assertThat(actual.quadrant()).isEqualTo(expected.quadrant());
        assertClose(actual.priority(), expected.priority());
    }

    private static void assertDifference(Difference actual, Difference expected) {
        assertClose(actual.value(), expected.value());
        assertClose(actual.lower95(), expected.lower95());
        assertClose(actual.upper95(), expected.upper95());
    }

    private static void assertClose(double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, org.assertj.core.api.Assertions.within(EPS));
        }
    }

    /** The analysis of one group the way it was computed from lists, before the accumulator. */
    private static SegmentResult reference(List<MomentInfo> moments, List<Respondent> group) {
        NpsResult nps = Statistics.nps(group.stream().map(Respondent::recommend).toList());
        CxiResult cxi = Statistics.cxi(group.stream().map(Respondent::cxiNeeds).toList(),
                group.stream().map(Respondent::cxiEasy).toList(),
                group.stream().map(Respondent::cxiEnjoyable).toList());
        double meanEffort = Statistics.mean(group.stream().map(Respondent::effort).toList());
        List<MomentResult> results = new ArrayList<>();
        for (MomentInfo moment : moments) {
            List<Integer> scores = new ArrayList<>();
            List<double[]> pairs = new ArrayList<>();
            List<Integer> exposedKpi = new ArrayList<>();
            List<Integer> unexposedKpi = new ArrayList<>();
            List<double[]> exposure = new ArrayList<>();
            for (Respondent r : group) {
                Integer score = r.momentSatisfaction().get(moment.id());
                if (r.recommend() != null) {
                    (score == null ? unexposedKpi : exposedKpi).add(r.recommend());
                    exposure.add(new double[] {score == null ? 0 : 1, r.recommend()});
                }
                if (score == null) continue;
                scores.add(score);
                if (r.recommend() != null) pairs.add(new double[] {score, r.recommend()});
            }
            int experienced = scores.size();
            double frequency = group.isEmpty() ? Double.NaN : (double) experienced / group.size();
            double mean = Statistics.mean(scores);
            double nineTen = scores.isEmpty() ? Double.NaN
                    : (double) scores.stream().filter(s -> s >= 9).count() / scores.size();
            double sixOrLower = scores.isEmpty() ? Double.NaN
                    : (double) scores.stream().filter(s -> s <= 6).count() / scores.size();
            double target = moment.target() == TargetLevel.NINE_PLUS ? 9 : SETTINGS.sevenPlusMeanTarget();
            Impact driver = referenceImpact(twoPassPearson(pairs), pairs.size(), frequency, mean, target);
            ExperienceEffect effect;
            ExperienceEffect.KpiGroup exposedGroup = new ExperienceEffect.KpiGroup(exposedKpi.size(),
                    Statistics.mean(exposedKpi), Statistics.nps(exposedKpi).nps());
            ExperienceEffect.KpiGroup unexposedGroup = new ExperienceEffect.KpiGroup(unexposedKpi.size(),
                    Statistics.mean(unexposedKpi), Statistics.nps(unexposedKpi).nps());
            if (exposedKpi.size() < 5 || unexposedKpi.size() < 5) {
                effect = new ExperienceEffect(exposedGroup, unexposedGroup, Difference.UNKNOWN, Difference.UNKNOWN,
                        Impact.UNKNOWN, exposedKpi.size() < unexposedKpi.size()
                        ? ExperienceEffect.Unknown.NO_ONE_EXPERIENCED : ExperienceEffect.Unknown.EVERYONE_EXPERIENCED);
            } else {
                NpsResult a = Statistics.nps(exposedKpi);
                NpsResult b = Statistics.nps(unexposedKpi);
                effect = new ExperienceEffect(exposedGroup, unexposedGroup,
                        Statistics.npsDifference(a.n(), count(exposedKpi, 9, 10), count(exposedKpi, 0, 6),
                                b.n(), count(unexposedKpi, 9, 10), count(unexposedKpi, 0, 6)),
                        Statistics.meanDifference(exposedKpi.size(), Statistics.mean(exposedKpi),
                                twoPassVariance(exposedKpi), unexposedKpi.size(), Statistics.mean(unexposedKpi),
                                twoPassVariance(unexposedKpi)),
                        referenceImpact(twoPassPearson(exposure), exposure.size(), frequency, mean, target), null);
            }
            List<Boolean> expectations = group.stream().map(r -> r.betterThanExpected().get(moment.id()))
                    .filter(java.util.Objects::nonNull).toList();
            double shareBetter = expectations.isEmpty() ? Double.NaN
                    : (double) expectations.stream().filter(b -> b).count() / expectations.size();
            results.add(new MomentResult(moment.id(), moment.title(), experienced, frequency, mean, nineTen,
                    sixOrLower, driver, effect, SETTINGS.impactMethod(),
                    SurveyAnalysis.targetMet(moment.target(), experienced, mean, nineTen, shareBetter, SETTINGS),
                    expectations.size(), shareBetter));
        }
        return new SegmentResult(group.size(), nps, cxi, meanEffort, results);
    }

    private static Impact referenceImpact(double r, int n, double frequency, double mean, double target) {
        Difference interval = Statistics.correlationInterval(r, n);
        Quadrant quadrant = Quadrant.of(mean, r, SETTINGS);
        return new Impact(r, n, interval, n >= SETTINGS.minReliableN() && interval.excludesZero(), quadrant,
                Priorities.priority(quadrant, frequency, mean, r, target));
    }

    private static int count(List<Integer> answers, int from, int to) {
        return (int) answers.stream().filter(a -> a >= from && a <= to).count();
    }

    private static double twoPassVariance(List<Integer> values) {
        double mean = Statistics.mean(values);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (values.size() - 1);
    }

    /** The textbook formula: means first, then deviations. */
    private static double twoPassPearson(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 2) return Double.NaN;
        double mx = pairs.stream().mapToDouble(p -> p[0]).sum() / n;
        double my = pairs.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        if (sxx == 0 || syy == 0) return Double.NaN;
        double r = sxy / Math.sqrt(sxx * syy);
        // whole-number data: what is within rounding noise of 0 is 0 (as CoMoments reports it)
        return Math.abs(r) < 1e-12 ? 0 : Math.max(-1, Math.min(1, r));
    }

    private static List<MomentInfo> moments(int count) {
        List<MomentInfo> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(new MomentInfo(UUID.randomUUID(), "M" + i,
                    i % 2 == 0 ? TargetLevel.SEVEN_PLUS : TargetLevel.NINE_PLUS));
        }
        return moments;
    }

    private static List<Respondent> randomRespondents(Random random, List<MomentInfo> moments, int count) {
        String[] regions = {"North", "South", "East"};
        String[] channels = {"Phone", "Web"};
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double latent = random.nextGaussian();
            Map<String, String> segments = new HashMap<>();
            if (random.nextInt(10) > 0) segments.put("region", regions[random.nextInt(regions.length)]);
            if (random.nextBoolean()) segments.put("channel", channels[random.nextInt(channels.length)]);
            if (random.nextInt(3) == 0) segments.put("type", random.nextBoolean() ? "New" : "Existing");
            Map<UUID, Integer> scores = new HashMap<>();
            for (MomentInfo moment : moments) {
                if (random.nextInt(4) > 0) scores.put(moment.id(), clamp(7 + 1.5 * latent + random.nextGaussian(), 1, 10));
            }
            scores.put(UUID.randomUUID(), 5); // a moment outside the journey is ignored
            // the first moment's expectation is asked, of most who experienced it (and some who did not answer it)
            Map<UUID, Boolean> expectations = new HashMap<>();
            if (!moments.isEmpty() && random.nextInt(5) > 0) {
                expectations.put(moments.getFirst().id(), random.nextDouble() < 0.4 + 0.2 * latent);
            }
            respondents.add(new Respondent("r" + i, segments,
                    maybe(random, clamp(7 + 2 * latent + random.nextGaussian(), 0, 10)),
                    maybe(random, clamp(3 - latent, 1, 7)),
                    maybe(random, clamp(3.5 + latent, 1, 5)), maybe(random, clamp(3.5 + latent, 1, 5)),
                    maybe(random, clamp(3 + latent, 1, 5)), scores, null, null, expectations));
        }
        return respondents;
    }

    private static Integer maybe(Random random, int value) {
        return random.nextInt(8) == 0 ? null : value;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }
}
