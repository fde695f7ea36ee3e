package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The impact matrix's second aspect on hand-computed data: how experiencing a moment relates to how strongly customers
 * experience a brand value, both ways.
 *
 * <p>The survey: six respondents experienced "Welcome" (satisfaction, honesty 1–5): (9,5) (8,4) (7,4) (6,3) (5,2)
 * (8,5); six did not, honesty 3,2,3,2,3,2. By hand: driver r = 0.94918 (Pearson over the six pairs); exposed mean
 * 23/6 = 3.8333 (variance 1.36667), unexposed mean 2.5 (variance 0.3); difference 1.3333, Welch 95 % interval
 * 1.3333 ± 1.96·√(1.36667/6 + 0.3/6) = 0.30032 … 2.36634; point-biserial r = 0.62470; everyone's mean 38/12.
 */
class BrandValueImpactTest {

    private static final double EPS = 1e-9;
    private static final UUID HONEST = UUID.nameUUIDFromBytes("honest".getBytes());
    private static final UUID WARM = UUID.nameUUIDFromBytes("warm".getBytes());
    private static final MomentInfo WELCOME = new MomentInfo(UUID.nameUUIDFromBytes("welcome".getBytes()), "Welcome",
            TargetLevel.SEVEN_PLUS);
    private static final MomentInfo BILL = new MomentInfo(UUID.nameUUIDFromBytes("bill".getBytes()), "Bill",
            TargetLevel.SEVEN_PLUS);
    private static final int[][] EXPOSED = {{9, 5}, {8, 4}, {7, 4}, {6, 3}, {5, 2}, {8, 5}};
    private static final int[] UNEXPOSED = {3, 2, 3, 2, 3, 2};

    @Test
    void bothImpactMethodsMatchTheHandComputedFigures() {
        BrandValueResult honest = analyse(1, AnalysisSettings.defaults()).brandValues().getFirst();

        assertThat(honest.brandValueId()).isEqualTo(HONEST);
        assertThat(honest.scaleMax()).isEqualTo(5);
        assertThat(honest.n()).isEqualTo(12);
        assertThat(honest.mean()).isCloseTo(38.0 / 12, within(EPS));
        BrandMomentImpact welcome = honest.of(WELCOME.id());
        assertThat(welcome.driver().value()).isCloseTo(0.9491775841769232, within(EPS));
        assertThat(welcome.driver().n()).isEqualTo(6);
        ExperienceEffect effect = welcome.effect();
        assertThat(effect.known()).isTrue();
        assertThat(effect.exposed().n()).isEqualTo(6);
        assertThat(effect.exposed().mean()).isCloseTo(23.0 / 6, within(EPS));
        assertThat(effect.exposed().nps()).isNaN(); // a brand score has no NPS
        assertThat(effect.unexposed().n()).isEqualTo(6);
        assertThat(effect.unexposed().mean()).isCloseTo(2.5, within(EPS));
        assertThat(effect.npsDifference().value()).isNaN();
        assertThat(effect.meanDifference().value()).isCloseTo(4.0 / 3, within(EPS));
        assertThat(effect.meanDifference().lower95()).isCloseTo(0.3003226310116627, within(EPS));
        assertThat(effect.meanDifference().upper95()).isCloseTo(2.366344035655004, within(EPS));
        assertThat(effect.impact().value()).isCloseTo(0.6246950475544242, within(EPS));
        assertThat(effect.impact().n()).isEqualTo(12);
    }

    @Test
    void aMomentContributesOnlyWithAReliablePositiveImpact() {
        // six experienced it: below the 30 respondents a reliable impact needs, however strong
        BrandMomentImpact few = analyse(1, AnalysisSettings.defaults()).brandValues().getFirst().of(WELCOME.id());
        assertThat(few.driver().reliable()).isFalse();
        assertThat(few.contributes()).isFalse();

        // the same answers ten times over: the same r, now on 60 respondents with an interval above 0
        BrandMomentImpact many = analyse(10, AnalysisSettings.defaults()).brandValues().getFirst().of(WELCOME.id());
        assertThat(many.effect().impact().value()).isCloseTo(0.6246950475544242, within(EPS));
        assertThat(many.effect().impact().reliable()).isTrue();
        assertThat(many.withMethod(ImpactMethod.EXPERIENCE_EFFECT).contributes()).isTrue();
        assertThat(many.withMethod(ImpactMethod.SATISFACTION_DRIVER).contributes()).isTrue();
    }

    @Test
    void aReliableNegativeImpactDoesNotContribute() {
        SurveyAccumulator accumulator = new SurveyAccumulator(List.of(WELCOME), List.of(new BrandValueInfo(HONEST, 10)),
                AnalysisSettings.defaults().withImpactMethod(ImpactMethod.EXPERIENCE_EFFECT));
        for (int i = 0; i < 40; i++) {
            accumulator.add(respondent("e" + i, 8, Map.of(HONEST, 2 + i % 2)));
            accumulator.add(respondent("u" + i, null, Map.of(HONEST, 8 + i % 2)));
        }
        BrandMomentImpact welcome = accumulator.result().brandValues().getFirst().of(WELCOME.id());

        assertThat(welcome.chosenImpact().value()).isNegative();
        assertThat(welcome.chosenImpact().reliable()).isTrue();
        assertThat(welcome.contributes()).isFalse();
    }

    @Test
    void respondentsWhoDidNotAnswerTheBrandQuestionAreNotCounted() {
        SurveyAccumulator accumulator = accumulator(AnalysisSettings.defaults());
        addSurvey(accumulator, 1);
        accumulator.add(respondent("no answer, experienced", 2, Map.of()));
        accumulator.add(respondent("no answer, not experienced", null, Map.of()));
        BrandValueResult honest = accumulator.result().brandValues().getFirst();

        assertThat(honest.n()).isEqualTo(12);
        assertThat(honest.of(WELCOME.id()).driver().value()).isCloseTo(0.9491775841769232, within(EPS));
        assertThat(honest.of(WELCOME.id()).effect().unexposed().n()).isEqualTo(6);
    }

    @Test
    void aWeightOfTwoCountsAsTheSameAnswerTwice() {
        SurveyAccumulator weighted = accumulator(AnalysisSettings.defaults());
        SurveyAccumulator doubled = accumulator(AnalysisSettings.defaults());
        addSurvey(weighted, 1);
        addSurvey(doubled, 1);
        weighted.add(weighted(respondent("heavy", 9, Map.of(HONEST, 1)), 2.0));
        doubled.add(respondent("heavy a", 9, Map.of(HONEST, 1)));
        doubled.add(respondent("heavy b", 9, Map.of(HONEST, 1)));
        BrandValueResult a = weighted.result().brandValues().getFirst();
        BrandValueResult b = doubled.result().brandValues().getFirst();

        assertThat(a.mean()).isCloseTo(b.mean(), within(EPS));
        assertThat(a.of(WELCOME.id()).driver().value()).isCloseTo(b.of(WELCOME.id()).driver().value(), within(EPS));
        assertThat(a.of(WELCOME.id()).effect().meanDifference().value())
                .isCloseTo(b.of(WELCOME.id()).effect().meanDifference().value(), within(EPS));
        // n counts respondents, not weights
        assertThat(a.n()).isEqualTo(13);
        assertThat(b.n()).isEqualTo(14);
    }

    @Test
    void aWeightedRespondentWidensTheIntervalsAsKishsEffectiveNSays() {
        SurveyAccumulator weighted = accumulator(AnalysisSettings.defaults());
        SurveyAccumulator doubled = accumulator(AnalysisSettings.defaults());
        addSurvey(weighted, 1);
        addSurvey(doubled, 1);
        weighted.add(weighted(respondent("heavy", null, Map.of(HONEST, 1)), 2.0));
        doubled.add(respondent("heavy a", null, Map.of(HONEST, 1)));
        doubled.add(respondent("heavy b", null, Map.of(HONEST, 1)));
        Difference a = weighted.result().brandValues().getFirst().of(WELCOME.id()).effect().meanDifference();
        Difference b = doubled.result().brandValues().getFirst().of(WELCOME.id()).effect().meanDifference();

        // the same difference; but one respondent counted twice is less evidence than two: a wider interval
        assertThat(a.value()).isCloseTo(b.value(), within(EPS));
        assertThat(a.upper95() - a.lower95()).isGreaterThan(b.upper95() - b.lower95());
    }

    @Test
    void everyBrandValueAndMomentPairHasItsOwnTableUnweighted() {
        everyBrandValueAndMomentPairHasItsOwnTable(false);
    }

    @Test
    void everyBrandValueAndMomentPairHasItsOwnTableWeighted() {
        everyBrandValueAndMomentPairHasItsOwnTable(true);
    }

    /**
     * Five values on both scales (counted in three packs of profiles: 1–5 × 1–10, 1–5 × 1–5, 1–10) × two moments,
     * each pair with its own pattern and blanks: every figure of a pair must equal that of an analysis of the pair
     * alone (one value, a pack of its own). Weighted, the first respondents weigh 1, so the tables switch to weights
     * part way.
     */
    private void everyBrandValueAndMomentPairHasItsOwnTable(boolean weighted) {
        UUID kind = UUID.randomUUID();
        UUID clear = UUID.randomUUID();
        UUID bold = UUID.randomUUID();
        List<BrandValueInfo> values = List.of(new BrandValueInfo(HONEST, 5), new BrandValueInfo(WARM, 10),
                new BrandValueInfo(kind, 5), new BrandValueInfo(clear, 5), new BrandValueInfo(bold, 10));
        List<Respondent> respondents = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 120; i++) {
            Map<UUID, Integer> moments = new HashMap<>();
            if (random.nextBoolean()) moments.put(WELCOME.id(), 1 + random.nextInt(10));
            if (random.nextInt(3) > 0) moments.put(BILL.id(), 1 + random.nextInt(10));
            Map<UUID, Integer> brand = new HashMap<>();
            for (BrandValueInfo value : values) {
                if (random.nextInt(5) > 0) brand.put(value.id(), 1 + random.nextInt(value.scaleMax()));
            }
            Double weight = weighted && i >= 10 ? 0.5 + random.nextInt(16) / 10.0 : null;
            respondents.add(new Respondent("r" + i, Map.of(), 8, null, null, null, null, moments, null, null,
                    Map.of(), weight, brand));
        }
        AnalysisResult all = SurveyAnalysis.analyse(List.of(WELCOME, BILL), values, respondents,
                AnalysisSettings.defaults());
        for (BrandValueInfo value : values) {
            BrandValueResult alone = SurveyAnalysis.analyse(List.of(WELCOME, BILL), List.of(value), respondents,
                    AnalysisSettings.defaults()).brandValues().getFirst();
            BrandValueResult actual = all.brandValues().stream()
                    .filter(v -> v.brandValueId().equals(value.id())).findFirst().orElseThrow();
            assertThat(actual.n()).isEqualTo(alone.n());
            assertThat(actual.mean()).isCloseTo(alone.mean(), within(EPS));
            for (MomentInfo moment : List.of(WELCOME, BILL)) {
                BrandMomentImpact expected = alone.of(moment.id());
                BrandMomentImpact pair = actual.of(moment.id());
                String what = value.scaleMax() + "-point value " + values.indexOf(value) + " × " + moment.title();
                assertThat(pair.momentId()).isEqualTo(moment.id());
                assertSameImpact(pair.driver(), expected.driver(), what + ", driver");
                assertSameImpact(pair.effect().impact(), expected.effect().impact(), what + ", effect");
                assertThat(pair.effect().meanDifference().value()).as(what)
                        .isCloseTo(expected.effect().meanDifference().value(), within(EPS));
                assertThat(pair.effect().meanDifference().lower95()).as(what)
                        .isCloseTo(expected.effect().meanDifference().lower95(), within(EPS));
                assertThat(pair.effect().exposed().n()).as(what).isEqualTo(expected.effect().exposed().n());
                assertThat(pair.effect().unexposed().n()).as(what).isEqualTo(expected.effect().unexposed().n());
            }
        }
    }

    @Test
    void aBrandValueIsAnalysedAsTheRecommendQuestionWouldBeWithTheSameAnswers() {
        // an independent reckoning: the KPI tables (another code path) given each value's scores as the recommend
        // answers must find the same driver and effect, weighted, with the values packed together in the brand tables
        everyValueAgainstTheKpiTables(false);
        everyValueAgainstTheKpiTables(true);
    }

    private void everyValueAgainstTheKpiTables(boolean weighted) {
        List<BrandValueInfo> values = List.of(new BrandValueInfo(HONEST, 5), new BrandValueInfo(WARM, 10),
                new BrandValueInfo(UUID.randomUUID(), 5));
        java.util.Random random = new java.util.Random(8);
        List<Map<UUID, Integer>> moments = new ArrayList<>();
        List<Map<UUID, Integer>> brands = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Map<UUID, Integer> scored = new HashMap<>();
            if (random.nextInt(4) > 0) scored.put(WELCOME.id(), 1 + random.nextInt(10));
            if (random.nextBoolean()) scored.put(BILL.id(), 1 + random.nextInt(10));
            Map<UUID, Integer> brand = new HashMap<>();
            for (BrandValueInfo value : values) {
                if (random.nextInt(6) > 0) brand.put(value.id(), 1 + random.nextInt(value.scaleMax()));
            }
            moments.add(scored);
            brands.add(brand);
            weights.add(weighted && i >= 12 ? 0.4 + random.nextInt(20) / 10.0 : null); // weights from row 13 on
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            respondents.add(new Respondent("r" + i, Map.of(), 8, null, null, null, null, moments.get(i), null, null,
                    Map.of(), weights.get(i), brands.get(i)));
        }
        AnalysisResult result = SurveyAnalysis.analyse(List.of(WELCOME, BILL), values, respondents,
                AnalysisSettings.defaults());
        for (BrandValueInfo value : values) {
            List<Respondent> asKpi = new ArrayList<>();
            for (int i = 0; i < moments.size(); i++) {
                asKpi.add(new Respondent("r" + i, Map.of(), brands.get(i).get(value.id()), null, null, null, null,
                        moments.get(i), null, null, Map.of(), weights.get(i)));
            }
            AnalysisResult kpi = SurveyAnalysis.analyse(List.of(WELCOME, BILL), asKpi, AnalysisSettings.defaults());
            BrandValueResult brand = result.brandValues().stream()
                    .filter(v -> v.brandValueId().equals(value.id())).findFirst().orElseThrow();
            for (MomentResult moment : kpi.overall().moments()) {
                BrandMomentImpact impact = brand.of(moment.momentId());
                String what = (weighted ? "weighted " : "") + value.scaleMax() + "-point value × " + moment.title();
                assertSameImpact(impact.driver(), moment.driver(), what + ", driver");
                assertThat(impact.effect().meanDifference().value()).as(what)
                        .isCloseTo(moment.effect().meanDifference().value(), within(EPS));
                assertThat(impact.effect().meanDifference().lower95()).as(what)
                        .isCloseTo(moment.effect().meanDifference().lower95(), within(EPS));
                assertThat(impact.effect().meanDifference().upper95()).as(what)
                        .isCloseTo(moment.effect().meanDifference().upper95(), within(EPS));
                assertThat(impact.effect().exposed().n()).as(what).isEqualTo(moment.effect().exposed().n());
                assertThat(impact.effect().unexposed().n()).as(what).isEqualTo(moment.effect().unexposed().n());
                assertThat(impact.effect().impact().value()).as(what + ", point-biserial")
                        .isCloseTo(moment.effect().impact().value(), within(EPS));
            }
        }
    }

    private static void assertSameImpact(Impact actual, Impact expected, String what) {
        assertThat(actual.n()).as(what + " n").isEqualTo(expected.n());
        assertThat(actual.value()).as(what).isCloseTo(expected.value(), within(EPS));
        assertThat(actual.interval().lower95()).as(what + " lower").isCloseTo(expected.interval().lower95(),
                within(EPS));
        assertThat(actual.interval().upper95()).as(what + " upper").isCloseTo(expected.interval().upper95(),
                within(EPS));
    }

    @Test
    void theVerdictFollowsTheImpactsSignAndReliability() {
        Difference above = new Difference(0.3, 0.1, 0.5);
        Difference across = new Difference(0.1, -0.1, 0.3);
        Difference below = new Difference(-0.3, -0.5, -0.1);
        assertThat(ImpactVerdict.of(new Impact(0.3, 80, above, true, null, 1))).isEqualTo(ImpactVerdict.ADDS);
        assertThat(ImpactVerdict.of(new Impact(-0.3, 80, below, true, null, 1))).isEqualTo(ImpactVerdict.WORKS_AGAINST);
        assertThat(ImpactVerdict.of(new Impact(0.1, 80, across, false, null, 1))).isEqualTo(ImpactVerdict.NO_EFFECT);
        assertThat(ImpactVerdict.of(Impact.UNKNOWN)).isEqualTo(ImpactVerdict.UNKNOWN);
    }

    @Test
    void anImpactOfExactlyZeroDoesNotContribute() {
        Impact zero = new Impact(0.0, 100, new Difference(0.0, 0.1, 0.2), true, null, Double.NaN);
        BrandMomentImpact impact = new BrandMomentImpact(WELCOME.id(), zero, ExperienceEffect.NONE,
                ImpactMethod.SATISFACTION_DRIVER);

        assertThat(impact.contributes()).isFalse();
    }

    @Test
    void theEffectIsUnknownWhenEveryoneExperiencedTheMoment() {
        SurveyAccumulator accumulator = accumulator(AnalysisSettings.defaults());
        for (int[] answer : EXPOSED) {
            accumulator.add(respondent("e" + answer[0] + answer[1], answer[0], Map.of(HONEST, answer[1])));
        }
        ExperienceEffect effect = accumulator.result().brandValues().getFirst().of(WELCOME.id()).effect();

        assertThat(effect.known()).isFalse();
        assertThat(effect.unknownBecause()).isEqualTo(ExperienceEffect.Unknown.EVERYONE_EXPERIENCED);
        assertThat(effect.impact().value()).isNaN();
    }

    @Test
    void carriersListTheStrongestImpactFirstAndUnknownLast() {
        SurveyAccumulator accumulator = new SurveyAccumulator(List.of(BILL, WELCOME),
                List.of(new BrandValueInfo(HONEST, 5)),
                AnalysisSettings.defaults().withImpactMethod(ImpactMethod.SATISFACTION_DRIVER));
        addSurvey(accumulator, 1); // nobody scored the bill: its impact is unknown
        BrandValueResult honest = accumulator.result().brandValues().getFirst();

        assertThat(honest.moments()).extracting(BrandMomentImpact::momentId).containsExactly(BILL.id(), WELCOME.id());
        assertThat(honest.of(BILL.id()).momentId()).isEqualTo(BILL.id());
        assertThat(honest.of(UUID.randomUUID())).isNull();
        assertThat(honest.carriers()).extracting(BrandMomentImpact::momentId).containsExactly(WELCOME.id(), BILL.id());
        assertThat(honest.withMethod(ImpactMethod.EXPERIENCE_EFFECT).moments())
                .allMatch(m -> m.method() == ImpactMethod.EXPERIENCE_EFFECT);
    }

    @Test
    void eachBrandValueIsCountedOnItsOwnAndInTheGivenOrder() {
        SurveyAccumulator accumulator = new SurveyAccumulator(List.of(WELCOME),
                List.of(new BrandValueInfo(WARM, 10), new BrandValueInfo(HONEST, 5)), AnalysisSettings.defaults());
        addSurvey(accumulator, 1);
        accumulator.add(respondent("warm only", 7, Map.of(WARM, 10)));
        List<BrandValueResult> values = accumulator.result().brandValues();

        assertThat(values).extracting(BrandValueResult::brandValueId).containsExactly(WARM, HONEST);
        assertThat(values.get(0).n()).isEqualTo(1);
        assertThat(values.get(0).mean()).isCloseTo(10, within(EPS));
        assertThat(values.get(0).scaleMax()).isEqualTo(10);
        assertThat(values.get(1).n()).isEqualTo(12);
    }

    @Test
    void aSurveyWithoutBrandValuesHasNoBrandResults() {
        SurveyAccumulator accumulator = new SurveyAccumulator(List.of(WELCOME), AnalysisSettings.defaults());
        // a brand answer for a value the analysis was not asked about is left out, as moments outside the journey are
        accumulator.add(respondent("r", 8, Map.of(HONEST, 4)));

        assertThat(accumulator.result().brandValues()).isEmpty();
    }

    @Test
    void refusesScoresOutsideTheValuesScaleAndAValueListedTwice() {
        SurveyAccumulator accumulator = accumulator(AnalysisSettings.defaults());
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        assertThatThrownBy(() -> answers.brandScore(0, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 5");
        assertThatThrownBy(() -> answers.brandScore(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Respondent("r", Map.of(), 8, null, null, null, null, Map.of(), null, null,
                Map.of(), null, Map.of(HONEST, 11))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brand value");
        assertThatThrownBy(() -> new SurveyAccumulator(List.of(WELCOME),
                List.of(new BrandValueInfo(HONEST, 5), new BrandValueInfo(HONEST, 10)), AnalysisSettings.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new BrandValueInfo(HONEST, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersClearedForTheNextRowForgetTheBrandScores() {
        SurveyAccumulator accumulator = accumulator(AnalysisSettings.defaults());
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        answers.brandScore(0, 4);
        assertThat(answers.hasBrandScore(0)).isTrue();
        answers.clear();
        assertThat(answers.hasBrandScore(0)).isFalse();
        answers.recommend(8);
        accumulator.add(answers);

        assertThat(accumulator.result().brandValues().getFirst().n()).isZero();
    }

    @Test
    void aBrandScoreSetBackToBlankIsNotCounted() {
        SurveyAccumulator accumulator = accumulator(AnalysisSettings.defaults());
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        answers.recommend(8);
        answers.brandScore(0, 4);
        answers.brandScore(0, SurveyAccumulator.Answers.BLANK);
        assertThat(answers.hasBrandScore(0)).isFalse();
        accumulator.add(answers);
        answers.clear();
        answers.recommend(8);
        answers.brandScore(0, 2);
        answers.brandScore(0, 3); // answered twice: the last answer, counted once
        accumulator.add(answers);

        BrandValueResult honest = accumulator.result().brandValues().getFirst();
        assertThat(honest.n()).isEqualTo(1);
        assertThat(honest.mean()).isEqualTo(3.0);
    }

    @Test
    void theListAnalysisCountsBrandValuesAsTheStreamDoes() {
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < EXPOSED.length; i++) {
            respondents.add(respondent("e" + i, EXPOSED[i][0], Map.of(HONEST, EXPOSED[i][1])));
            respondents.add(respondent("u" + i, null, Map.of(HONEST, UNEXPOSED[i])));
        }
        AnalysisResult result = SurveyAnalysis.analyse(List.of(WELCOME), List.of(new BrandValueInfo(HONEST, 5)),
                respondents, AnalysisSettings.defaults());

        assertThat(result.brandValues().getFirst().of(WELCOME.id()).driver().value())
                .isCloseTo(0.9491775841769232, within(EPS));
    }

    private static AnalysisResult analyse(int copies, AnalysisSettings settings) {
        SurveyAccumulator accumulator = accumulator(settings);
        addSurvey(accumulator, copies);
        return accumulator.result();
    }

    private static SurveyAccumulator accumulator(AnalysisSettings settings) {
        return new SurveyAccumulator(List.of(WELCOME), List.of(new BrandValueInfo(HONEST, 5)), settings);
    }

    private static void addSurvey(SurveyAccumulator accumulator, int copies) {
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < EXPOSED.length; i++) {
                accumulator.add(respondent(copy + "e" + i, EXPOSED[i][0], Map.of(HONEST, EXPOSED[i][1])));
                accumulator.add(respondent(copy + "u" + i, null, Map.of(HONEST, UNEXPOSED[i])));
            }
        }
    }

    private static Respondent respondent(String id, Integer welcome, Map<UUID, Integer> brand) {
        Map<UUID, Integer> moments = new HashMap<>();
        if (welcome != null) {
            moments.put(WELCOME.id(), welcome);
        }
        return new Respondent(id, Map.of(), 8, null, null, null, null, moments, null, null, Map.of(), null, brand);
    }

    private static Respondent weighted(Respondent r, double weight) {
        return new Respondent(r.id(), r.segments(), r.recommend(), r.effort(), r.cxiNeeds(), r.cxiEasy(),
                r.cxiEnjoyable(), r.momentSatisfaction(), r.overallSatisfaction(), r.expectToStay(),
                r.betterThanExpected(), weight, r.brandValues());
    }
}
