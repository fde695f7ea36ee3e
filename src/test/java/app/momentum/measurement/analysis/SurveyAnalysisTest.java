package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The whole analysis on a tiny survey worked out by hand. */
class SurveyAnalysisTest {

    private static final Offset<Double> EPS = within(1e-3);
    private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();
    private static final AnalysisSettings DRIVER = DEFAULTS.withImpactMethod(ImpactMethod.SATISFACTION_DRIVER);

    private static final MomentInfo A = new MomentInfo(UUID.randomUUID(), "Claim filed", TargetLevel.SEVEN_PLUS);
    private static final MomentInfo B = new MomentInfo(UUID.randomUUID(), "Call back", TargetLevel.NINE_PLUS);
    private static final MomentInfo C = new MomentInfo(UUID.randomUUID(), "Never seen", TargetLevel.SEVEN_PLUS);
    private static final List<MomentInfo> MOMENTS = List.of(A, B, C);

    /*
     * r1 North: recommend 10, effort 2, A 9, B 10
     * r2 North: recommend  8, effort 3, A 7, B 9
     * r3 South: recommend  6, effort 4, A 5
     * r4 South: recommend  –, effort –, A 8, B 6
     * nobody experienced C
     */
    private static final List<Respondent> SURVEY = List.of(
            respondent("r1", "North", 10, 2, Map.of(A.id(), 9, B.id(), 10)),
            respondent("r2", "North", 8, 3, Map.of(A.id(), 7, B.id(), 9)),
            respondent("r3", "South", 6, 4, Map.of(A.id(), 5)),
            respondent("r4", "South", null, null, Map.of(A.id(), 8, B.id(), 6)));

    @Test
    void overallFiguresMatchTheHandCalculation() {
        SegmentResult overall = SurveyAnalysis.analyse(MOMENTS, SURVEY, DEFAULTS).overall();
        assertThat(overall.respondents()).isEqualTo(4);
        // recommend answered by 3: 10 promoter, 8 passive, 6 detractor → NPS (1 − 1) / 3 = 0
        assertThat(overall.nps().n()).isEqualTo(3);
        assertThat(overall.nps().nps()).isCloseTo(0.0, EPS);
        // effort (2 + 3 + 4) / 3 = 3
        assertThat(overall.meanEffort()).isEqualTo(3.0);
        assertThat(overall.cxi().cxi()).as("no CXi answers").isNaN();
        assertThat(overall.moments()).extracting(MomentResult::momentId).containsExactly(A.id(), B.id(), C.id());
    }

    @Test
    void momentFiguresMatchTheHandCalculation() {
        List<MomentResult> moments = SurveyAnalysis.analyse(MOMENTS, SURVEY, DRIVER).overall().moments();

        // A: experienced 4/4; mean (9 + 7 + 5 + 8) / 4 = 7.25; 9–10: 1/4; ≤6: 1/4 (the 5)
        // impact over r1..r3 (r4 has no recommend): (9,10), (7,8), (5,6) lie on a line → 1.0, n = 3
        // quadrant: 7.25 ≥ 7 and 1.0 > 0 → high/positive; 7+ target: 7.25 ≥ 7 → met
        // priority (keep and spread) (1 − 1.0) × 1.0 = 0: everyone experiences it already
        MomentResult a = moments.get(0);
        assertThat(a.title()).isEqualTo("Claim filed");
        assertThat(a.experienced()).isEqualTo(4);
        assertThat(a.frequency()).isEqualTo(1.0);
        assertThat(a.meanSatisfaction()).isEqualTo(7.25);
        assertThat(a.shareNineTen()).isEqualTo(0.25);
        assertThat(a.shareSixOrLower()).isEqualTo(0.25);
        assertThat(a.impact()).isCloseTo(1.0, EPS);
        assertThat(a.impactN()).isEqualTo(3);
        assertThat(a.reliable()).as("3 < 30").isFalse();
        assertThat(a.quadrant()).isEqualTo(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT);
        assertThat(a.targetMet()).isTrue();
        assertThat(a.priority()).isCloseTo(0.0, EPS);
        assertThat(a.effect().unknownBecause()).as("all experienced A").isEqualTo(ExperienceEffect.Unknown.EVERYONE_EXPERIENCED);

        // B: experienced 3/4 = 0.75; mean (10 + 9 + 6) / 3 = 8.333; 9–10: 2/3; ≤6: 1/3
        // impact over r1, r2: (10,10), (9,8) → two distinct points → 1.0, n = 2
        // 9+ target: 2/3 ≥ 0.5 → met; keep and spread: priority (1 − 0.75) × 1.0 = 0.25
        MomentResult b = moments.get(1);
        assertThat(b.experienced()).isEqualTo(3);
        assertThat(b.frequency()).isEqualTo(0.75);
        assertThat(b.meanSatisfaction()).isCloseTo(8.333, EPS);
        assertThat(b.shareNineTen()).isCloseTo(0.667, EPS);
        assertThat(b.shareSixOrLower()).isCloseTo(0.333, EPS);
        assertThat(b.impactN()).isEqualTo(2);
        assertThat(b.targetMet()).isTrue();
        assertThat(b.priority()).isCloseTo(0.25, EPS);

        // C: nobody experienced it → frequency 0, no scores, no quadrant, target not met
        MomentResult c = moments.get(2);
        assertThat(c.experienced()).isZero();
        assertThat(c.frequency()).isEqualTo(0.0);
        assertThat(c.meanSatisfaction()).isNaN();
        assertThat(c.impact()).isNaN();
        assertThat(c.quadrant()).isNull();
        assertThat(c.targetMet()).isFalse();
        assertThat(c.priority()).isNaN();
    }

    @Test
    void segmentsAreAnalysedOverTheirOwnRespondents() {
        AnalysisResult result = SurveyAnalysis.analyse(MOMENTS, SURVEY, DRIVER);
        assertThat(result.bySegment()).containsOnlyKeys("region");
        Map<String, SegmentResult> region = result.bySegment().get("region");
        assertThat(region).containsOnlyKeys("North", "South");

        // North = r1, r2: recommend 10, 8 → NPS (1 − 0) / 2 = 50; A mean (9 + 7) / 2 = 8; B 9–10: 2/2
        SegmentResult north = region.get("North");
        assertThat(north.respondents()).isEqualTo(2);
        assertThat(north.nps().nps()).isCloseTo(50.0, EPS);
        assertThat(north.meanEffort()).isEqualTo(2.5);
        assertThat(north.moments().get(0).meanSatisfaction()).isEqualTo(8.0);
        assertThat(north.moments().get(1).shareNineTen()).isEqualTo(1.0);

        // South = r3, r4: recommend 6 only → NPS −100; A mean (5 + 8) / 2 = 6.5, impact from one pair → NaN
        // B experienced by r4 only → frequency 1/2; mean 6 → 9+ target not met
        SegmentResult south = region.get("South");
        assertThat(south.respondents()).isEqualTo(2);
        assertThat(south.nps().nps()).isCloseTo(-100.0, EPS);
        MomentResult southA = south.moments().get(0);
        assertThat(southA.meanSatisfaction()).isEqualTo(6.5);
        assertThat(southA.impactN()).isEqualTo(1);
        assertThat(southA.impact()).isNaN();
        assertThat(southA.quadrant()).isNull();
        assertThat(southA.targetMet()).as("6.5 < 7").isFalse();
        MomentResult southB = south.moments().get(1);
        assertThat(southB.frequency()).isEqualTo(0.5);
        assertThat(southB.targetMet()).isFalse();
    }

    @Test
    void aCombinationOfSegmentValuesIsAnalysedOverTheRespondentsWhoHaveThemAll() {
        // r1 North/New 10, r2 North/Existing 8, r3 South/New 6, r4 North/New 9 (recommend)
        List<Respondent> survey = List.of(
                new Respondent("r1", Map.of("region", "North", "type", "New"), 10, null, null, null, null, Map.of()),
                new Respondent("r2", Map.of("region", "North", "type", "Existing"), 8, null, null, null, null, Map.of()),
                new Respondent("r3", Map.of("type", "New", "region", "South"), 6, null, null, null, null, Map.of()),
                new Respondent("r4", Map.of("type", "New", "region", "North"), 9, null, null, null, null, Map.of()));
        AnalysisResult result = SurveyAnalysis.analyse(MOMENTS, survey, DEFAULTS);
        assertThat(result.combinations()).hasSize(3);
        // North × New = r1, r4: both promoters → NPS +100, however each row listed its values
        SegmentResult northNew = result.group(Map.of("type", "New", "region", "North"));
        assertThat(northNew.respondents()).isEqualTo(2);
        assertThat(northNew.nps().nps()).isCloseTo(100.0, EPS);
        assertThat(result.group(Map.of("region", "South", "type", "New")).nps().nps()).isCloseTo(-100.0, EPS);
        assertThat(result.group(Map.of("region", "South", "type", "Existing"))).as("nobody").isNull();
        assertThat(result.group(Map.of("region", "North")).respondents()).isEqualTo(3);
        assertThat(result.group(Map.of())).isSameAs(result.overall());
        assertThat(new SegmentKey(List.of("region", "type"), List.of("North", "New")).columnsText())
                .isEqualTo("region\ttype");
        assertThat(SegmentKey.parse("region\ttype", "North\tNew"))
                .isEqualTo(SegmentKey.of(Map.of("type", "New", "region", "North")));
        assertThat(SegmentKey.isCombination("region\ttype")).isTrue();
        assertThat(SegmentKey.isCombination("region")).isFalse();
    }

    @Test
    void respondentsWithoutASegmentValueAreInNoGroupOfThatColumn() {
        List<Respondent> survey = List.of(
                respondent("r1", "North", 9, null, Map.of()),
                new Respondent("r2", Map.of("channel", "Phone"), 9, null, null, null, null, Map.of()));
        Map<String, Map<String, SegmentResult>> bySegment = SurveyAnalysis.analyse(MOMENTS, survey, DEFAULTS)
                .bySegment();
        assertThat(bySegment.get("region")).containsOnlyKeys("North");
        assertThat(bySegment.get("region").get("North").respondents()).isEqualTo(1);
        assertThat(bySegment.get("channel").get("Phone").respondents()).isEqualTo(1);
    }

    @Test
    void sevenPlusTargetIsMetAtAMeanOfExactlySeven() {
        // scores 6 and 8 → mean 7.0 → met (≥); scores 6 and 7 → mean 6.5 → not met
        assertThat(singleMoment(TargetLevel.SEVEN_PLUS, 6, 8).targetMet()).isTrue();
        assertThat(singleMoment(TargetLevel.SEVEN_PLUS, 6, 7).targetMet()).isFalse();
    }

    @Test
    void ninePlusTargetIsMetAtExactlyHalfNinesAndTens() {
        // 10 and 5 → 1/2 = 50 % → met; 10, 5, 8 → 1/3 → not met even though the mean is 7.67
        assertThat(singleMoment(TargetLevel.NINE_PLUS, 10, 5).targetMet()).isTrue();
        assertThat(singleMoment(TargetLevel.NINE_PLUS, 10, 5, 8).targetMet()).isFalse();
    }

    @Test
    void aNinePlusMomentWhoseExpectationWasAskedMustAlsoBeBetterThanExpected() {
        // scores 10, 9, 9, 5 → 3/4 are 9–10 (≥ 50 %); expectation asked of three: better, not, not → 1/3 < 50 %
        MomentInfo nine = new MomentInfo(UUID.randomUUID(), "Surprise", TargetLevel.NINE_PLUS);
        List<Respondent> survey = List.of(
                expecting("r1", nine, 10, true), expecting("r2", nine, 9, false), expecting("r3", nine, 9, false),
                respondent("r4", null, 8, null, Map.of(nine.id(), 5)));
        MomentResult result = SurveyAnalysis.analyse(List.of(nine), survey, DEFAULTS).overall().moments().get(0);
        assertThat(result.shareNineTen()).isEqualTo(0.75);
        assertThat(result.expectationN()).isEqualTo(3);
        assertThat(result.shareBetterThanExpected()).isCloseTo(1 / 3.0, EPS);
        assertThat(result.targetMet()).as("9–10 enough, but not above expectation").isFalse();
        // exactly at the threshold is enough: a third at 1/3
        assertThat(SurveyAnalysis.analyse(List.of(nine), survey, DEFAULTS.withAboveExpectationShareTarget(1 / 3.0))
                .overall().moments().get(0).targetMet()).isTrue();
        // at a threshold of 30 % a third is enough
        assertThat(SurveyAnalysis.analyse(List.of(nine), survey, DEFAULTS.withAboveExpectationShareTarget(0.3))
                .overall().moments().get(0).targetMet()).isTrue();
        // two of three better: 67 % ≥ 50 %
        List<Respondent> better = List.of(expecting("r1", nine, 10, true), expecting("r2", nine, 9, true),
                expecting("r3", nine, 9, false), respondent("r4", null, 8, null, Map.of(nine.id(), 5)));
        assertThat(SurveyAnalysis.analyse(List.of(nine), better, DEFAULTS).overall().moments().get(0).targetMet())
                .isTrue();
        // not asked: judged on 9–10 alone
        MomentResult notAsked = singleMoment(TargetLevel.NINE_PLUS, 10, 9, 9, 5);
        assertThat(notAsked.expectationN()).isZero();
        assertThat(notAsked.shareBetterThanExpected()).isNaN();
        assertThat(notAsked.targetMet()).isTrue();
        // a 7+ moment is judged on its mean, whatever the expectation
        MomentInfo seven = new MomentInfo(UUID.randomUUID(), "Plain", TargetLevel.SEVEN_PLUS);
        assertThat(SurveyAnalysis.analyse(List.of(seven), List.of(expecting("r1", seven, 8, false)), DEFAULTS)
                .overall().moments().get(0).targetMet()).isTrue();
    }

    private static Respondent expecting(String id, MomentInfo moment, int score, boolean better) {
        return new Respondent(id, Map.of(), 8, null, null, null, null, Map.of(moment.id(), score), null, null,
                Map.of(moment.id(), better));
    }

    @Test
    void anImpactBelowTheMinimumSampleIsFlaggedUnreliable() {
        // withPairs: r = 0.421 over 30 pairs, Fisher interval 0.072 … 0.68: only n decides here
        assertThat(withPairs(29).reliable()).isFalse();
        MomentResult thirty = withPairs(30);
        assertThat(thirty.impactN()).isEqualTo(30);
        assertThat(thirty.reliable()).isTrue();
    }

    @Test
    void reliabilityNeedsAnIntervalThatExcludesZeroAsWellAsEnoughRespondents() {
        // 30 pairs whose r is 0.0 → enough respondents, but the interval spans 0: indicative only
        MomentInfo moment = new MomentInfo(UUID.randomUUID(), "M", TargetLevel.SEVEN_PLUS);
        List<Respondent> survey = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // satisfaction 4 or 8 crossed with recommend 2 or 9 in equal numbers: no correlation at all
            survey.add(respondent("r" + i, null, i % 2 == 0 ? 2 : 9, null, Map.of(moment.id(), i % 4 < 2 ? 4 : 8)));
        }
        MomentResult result = SurveyAnalysis.analyse(List.of(moment), survey, DRIVER).overall().moments().get(0);
        assertThat(result.impactN()).isEqualTo(30);
        assertThat(result.impact()).isCloseTo(0.0, EPS);
        assertThat(result.driver().interval().lower95()).isNegative();
        assertThat(result.reliable()).isFalse();
    }

    /*
     * Experience effect, worked out by hand. Ten respondents answered recommend; five experienced moment M:
     *   experienced      (M, recommend): (4,10) (5,9) (6,8) (5,6) (3,3)
     *   not experienced  recommend:      10 10 9 9 7
     * Experienced: n 5, promoters 2, detractors 2 → NPS 0; mean 36/5 = 7.2; sample variance 30.8/4 = 7.7.
     * Not experienced: n 5, promoters 4, detractors 0 → NPS 80; mean 9.0; sample variance 6/4 = 1.5.
     * NPS difference 0 − 80 = −80; variances (0.4 + 0.4 − 0²)/5 = 0.16 and (0.8 − 0.8²)/5 = 0.032;
     *   margin 1.96 · √0.192 · 100 = 85.883 → −165.883 … +5.883.
     * Mean difference 7.2 − 9.0 = −1.8; margin 1.96 · √(7.7/5 + 1.5/5) = 2.659 → −4.459 … +0.859.
     * Point-biserial: overall mean 8.1, population variance 44.9/10 = 4.49;
     *   r = (7.2 − 9.0)/√4.49 · √(0.5 · 0.5) = −0.4247; Fisher interval (n 10) −0.8319 … +0.2797.
     * M's mean satisfaction 23/5 = 4.6 < 7 and r ≤ 0 → fix; priority 0.5 · (7 − 4.6) · 0.4247 = 0.5097.
     * The satisfaction driver over the five pairs is r = +0.5057: the same moment would read "raise".
     */
    private static final MomentInfo M = new MomentInfo(UUID.randomUUID(), "First bill", TargetLevel.SEVEN_PLUS);

    private static List<Respondent> effectSurvey(int[] notExperiencedRecommend) {
        List<Respondent> survey = new ArrayList<>();
        int[][] experienced = {{4, 10}, {5, 9}, {6, 8}, {5, 6}, {3, 3}};
        for (int[] answer : experienced) {
            survey.add(respondent("e" + survey.size(), null, answer[1], null, Map.of(M.id(), answer[0])));
        }
        for (int recommend : notExperiencedRecommend) {
            survey.add(respondent("n" + survey.size(), null, recommend, null, Map.of()));
        }
        return survey;
    }

    @Test
    void experienceEffectComparesTheKpiOfThoseWhoExperiencedTheMomentWithTheOthers() {
        MomentResult result = SurveyAnalysis.analyse(List.of(M), effectSurvey(new int[] {10, 10, 9, 9, 7}), DEFAULTS)
                .overall().moments().get(0);
        ExperienceEffect effect = result.effect();
        assertThat(effect.known()).isTrue();
        assertThat(effect.exposed()).isEqualTo(new ExperienceEffect.KpiGroup(5, 7.2, 0.0));
        assertThat(effect.unexposed().n()).isEqualTo(5);
        assertThat(effect.unexposed().mean()).isCloseTo(9.0, EPS);
        assertThat(effect.unexposed().nps()).isCloseTo(80.0, EPS);
        assertThat(effect.npsDifference().value()).isCloseTo(-80.0, EPS);
        assertThat(effect.npsDifference().lower95()).isCloseTo(-165.883, EPS);
        assertThat(effect.npsDifference().upper95()).isCloseTo(5.883, EPS);
        assertThat(effect.meanDifference().value()).isCloseTo(-1.8, EPS);
        assertThat(effect.meanDifference().lower95()).isCloseTo(-4.459, EPS);
        assertThat(effect.meanDifference().upper95()).isCloseTo(0.859, EPS);
        Impact impact = effect.impact();
        assertThat(impact.value()).isCloseTo(-0.4247, EPS);
        assertThat(impact.n()).isEqualTo(10);
        assertThat(impact.interval().lower95()).isCloseTo(-0.8319, EPS);
        assertThat(impact.interval().upper95()).isCloseTo(0.2797, EPS);
        assertThat(impact.reliable()).as("10 < 30 and the interval spans 0").isFalse();
        // by default (the source's method) the moment is one to fix, with a priority > 0
        assertThat(result.method()).isEqualTo(ImpactMethod.EXPERIENCE_EFFECT);
        assertThat(result.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT);
        assertThat(result.priority()).isCloseTo(0.5097, EPS);
        assertThat(result.impact()).isEqualTo(impact.value());
        // the driver reads the same answers the other way
        assertThat(result.driver().value()).isCloseTo(0.5057, EPS);
        MomentResult byDriver = result.withMethod(ImpactMethod.SATISFACTION_DRIVER);
        assertThat(byDriver.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
        assertThat(byDriver.impactN()).isEqualTo(5);
        // raise: 0.5 · (7 − 4.6) · 0.5057
        assertThat(byDriver.priority()).isCloseTo(0.5 * 2.4 * 0.5057, EPS);
        assertThat(result.driver().interval().lower95()).isCloseTo(-0.6799, EPS);
        assertThat(result.driver().interval().upper95()).isCloseTo(0.9598, EPS);
    }

    @Test
    void experienceEffectIsUnknownWhenNearlyEveryoneOrNoOneExperiencedTheMoment() {
        // four did not experience M: too few to compare with
        ExperienceEffect everyone = SurveyAnalysis.analyse(List.of(M), effectSurvey(new int[] {10, 10, 9, 9}), DEFAULTS)
                .overall().moments().get(0).effect();
        assertThat(everyone.known()).isFalse();
        assertThat(everyone.unknownBecause()).isEqualTo(ExperienceEffect.Unknown.EVERYONE_EXPERIENCED);
        assertThat(everyone.impact().value()).isNaN();
        assertThat(everyone.npsDifference().known()).isFalse();
        assertThat(everyone.unexposed().n()).as("the groups are still reported").isEqualTo(4);

        MomentInfo rare = new MomentInfo(UUID.randomUUID(), "Rare", TargetLevel.SEVEN_PLUS);
        List<Respondent> survey = new ArrayList<>(effectSurvey(new int[] {10, 10, 9, 9, 7}));
        survey.add(respondent("x", null, 8, null, Map.of(rare.id(), 9)));
        MomentResult rareResult = SurveyAnalysis.analyse(List.of(M, rare), survey, DEFAULTS).overall().moments().get(1);
        assertThat(rareResult.effect().unknownBecause()).isEqualTo(ExperienceEffect.Unknown.NO_ONE_EXPERIENCED);
        assertThat(rareResult.quadrant()).as("no impact, no quadrant").isNull();
        assertThat(rareResult.priority()).isNaN();
    }

    @Test
    void experienceEffectOnOverallSatisfactionComparesMeansOnly() {
        List<Respondent> survey = new ArrayList<>();
        int[] overall = {10, 9, 8, 6, 3, 10, 10, 9, 9, 7};
        for (int i = 0; i < overall.length; i++) {
            survey.add(new Respondent("r" + i, Map.of(), null, null, null, null, null,
                    i < 5 ? Map.of(M.id(), 5) : Map.of(), overall[i]));
        }
        ExperienceEffect effect = SurveyAnalysis.analyse(List.of(M), survey,
                DEFAULTS.withImpactOn(ImpactQuestion.OVERALL_SATISFACTION)).overall().moments().get(0).effect();
        assertThat(effect.meanDifference().value()).isCloseTo(-1.8, EPS);
        assertThat(effect.npsDifference().known()).as("NPS is a recommendation figure").isFalse();
        assertThat(effect.exposed().nps()).isNaN();
        assertThat(effect.impact().value()).isCloseTo(-0.4247, EPS);
    }

    @Test
    void anEmptySurveyGivesNaNResultsWithoutExceptions() {
        assertThatCode(() -> SurveyAnalysis.analyse(MOMENTS, List.of(), DEFAULTS)).doesNotThrowAnyException();
        AnalysisResult result = SurveyAnalysis.analyse(MOMENTS, List.of(), DEFAULTS);
        SegmentResult overall = result.overall();
        assertThat(overall.respondents()).isZero();
        assertThat(overall.nps().n()).isZero();
        assertThat(overall.nps().nps()).isNaN();
        assertThat(overall.cxi().cxi()).isNaN();
        assertThat(overall.meanEffort()).isNaN();
        assertThat(overall.moments()).hasSize(3).allSatisfy(moment -> {
            assertThat(moment.experienced()).isZero();
            assertThat(moment.frequency()).isNaN();
            assertThat(moment.meanSatisfaction()).isNaN();
            assertThat(moment.impact()).isNaN();
            assertThat(moment.quadrant()).isNull();
            assertThat(moment.targetMet()).isFalse();
            assertThat(moment.reliable()).isFalse();
        });
        assertThat(result.bySegment()).isEmpty();
    }

    private static MomentResult singleMoment(TargetLevel target, int... scores) {
        MomentInfo moment = new MomentInfo(UUID.randomUUID(), "M", target);
        List<Respondent> survey = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            survey.add(respondent("r" + i, null, null, null, Map.of(moment.id(), scores[i])));
        }
        return SurveyAnalysis.analyse(List.of(moment), survey, DEFAULTS).overall().moments().get(0);
    }

    /** {@code n} respondents who all scored the moment and answered recommend, with varying scores. */
    private static MomentResult withPairs(int n) {
        MomentInfo moment = new MomentInfo(UUID.randomUUID(), "M", TargetLevel.SEVEN_PLUS);
        List<Respondent> survey = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            survey.add(respondent("r" + i, null, i % 11, null, Map.of(moment.id(), 1 + i % 10)));
        }
        return SurveyAnalysis.analyse(List.of(moment), survey, DRIVER).overall().moments().get(0);
    }

    private static Respondent respondent(String id, String region, Integer recommend, Integer effort,
                                         Map<UUID, Integer> satisfaction) {
        Map<String, String> segments = new HashMap<>();
        if (region != null) {
            segments.put("region", region);
        }
        return new Respondent(id, segments, recommend, effort, null, null, null, satisfaction);
    }
}
