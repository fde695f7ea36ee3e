package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.TargetLevel;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Impact against the chosen KPI question, worked out by hand. Moment scores 9, 7, 5, 3;
 * recommend 5, 5, 5, 6 → r = −3 / √(20 · 0.75) ≈ −0.7746; overall satisfaction 9, 8, 5, 4 → r = 18 / √(20 · 17) ≈ 0.9762.
 */
class ImpactQuestionTest {

    /** These are the satisfaction driver's figures: every respondent experienced the moment. */
    static final AnalysisSettings DRIVER = AnalysisSettings.defaults().withImpactMethod(ImpactMethod.SATISFACTION_DRIVER);

    final MomentInfo moment = new MomentInfo(UUID.randomUUID(), "Welcome", TargetLevel.SEVEN_PLUS);
    final List<Respondent> respondents = List.of(
            respondent("a", 5, 9, 9),
            respondent("b", 5, 8, 7),
            respondent("c", 5, 5, 5),
            respondent("d", 6, 4, 3));

    @Test
    void byDefaultImpactIsOnRecommendation() {
        MomentResult result = SurveyAnalysis.analyse(List.of(moment), respondents, DRIVER)
                .overall().moments().getFirst();
        assertThat(result.impact()).isCloseTo(-0.7746, within(1e-4));
        assertThat(result.impactN()).isEqualTo(4);
        assertThat(result.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT);
    }

    @Test
    void onOverallSatisfactionWhenChosen() {
        AnalysisSettings onOverall = DRIVER.withImpactOn(ImpactQuestion.OVERALL_SATISFACTION);
        SegmentResult overall = SurveyAnalysis.analyse(List.of(moment), respondents, onOverall).overall();
        MomentResult result = overall.moments().getFirst();
        assertThat(result.impact()).isCloseTo(0.9762, within(1e-4));
        assertThat(result.quadrant()).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
        // NPS is still on the recommend question
        assertThat(overall.nps().n()).isEqualTo(4);
        assertThat(overall.nps().nps()).isEqualTo(-100.0);
    }

    @Test
    void onExpectingToStayWhenChosen() {
        // expect to stay 9, 8, 5, 4 against moment scores 9, 7, 5, 3: the same figures as overall satisfaction above
        AnalysisSettings onStay = DRIVER.withImpactOn(ImpactQuestion.EXPECT_TO_STAY);
        List<Respondent> staying = respondents.stream().map(r -> new Respondent(r.id(), Map.of(), r.recommend(), null,
                null, null, null, r.momentSatisfaction(), null, r.overallSatisfaction())).toList();
        MomentResult result = SurveyAnalysis.analyse(List.of(moment), staying, onStay).overall().moments().getFirst();
        assertThat(result.impact()).isCloseTo(0.9762, within(1e-4));
        assertThat(result.impactN()).isEqualTo(4);
        // nobody answered overall satisfaction: impact on it is unknown
        assertThat(SurveyAnalysis.analyse(List.of(moment), staying,
                DRIVER.withImpactOn(ImpactQuestion.OVERALL_SATISFACTION)).overall().moments().getFirst().impact())
                .isNaN();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Respondent("x", Map.of(), 5, null, null, null, null,
                Map.of(), null, 11)).hasMessageContaining("expectToStay must be between 1 and 10 but was 11");
    }

    @Test
    void respondentsWithoutTheChosenAnswerDoNotCountForImpact() {
        AnalysisSettings onOverall = DRIVER.withImpactOn(ImpactQuestion.OVERALL_SATISFACTION);
        List<Respondent> withGap = List.of(respondents.get(0), respondents.get(1), respondents.get(2),
                new Respondent("e", Map.of(), 10, null, null, null, null, Map.of(moment.id(), 10), null));
        MomentResult result = SurveyAnalysis.analyse(List.of(moment), withGap, onOverall).overall().moments().getFirst();
        assertThat(result.experienced()).isEqualTo(4);
        assertThat(result.impactN()).isEqualTo(3);
    }

    private Respondent respondent(String id, int recommend, int overall, int momentScore) {
        return new Respondent(id, Map.of(), recommend, null, null, null, null, Map.of(moment.id(), momentScore), overall);
    }
}
