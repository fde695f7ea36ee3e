package app.momentum.measurement.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.SurveyAccumulator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who is followed up: recommend ≤ 4 or a moment ≤ 3, with the lowest moment named. */
class FollowUpCollectorTest {

    final MomentInfo welcome = new MomentInfo(UUID.randomUUID(), "Welcome", TargetLevel.SEVEN_PLUS);
    final MomentInfo bill = new MomentInfo(UUID.randomUUID(), "First bill", TargetLevel.SEVEN_PLUS);
    final SurveyAccumulator accumulator = new SurveyAccumulator(List.of(welcome, bill), AnalysisSettings.defaults());
    final FollowUpCollector collector = new FollowUpCollector();

    @Test
    void theThresholdsAreInclusive() {
        assertThat(FollowUpRule.needsFollowUp(4, SurveyAccumulator.Answers.BLANK)).isTrue();
        assertThat(FollowUpRule.needsFollowUp(5, 4)).isFalse();
        assertThat(FollowUpRule.needsFollowUp(5, 3)).isTrue();
        assertThat(FollowUpRule.needsFollowUp(SurveyAccumulator.Answers.BLANK, SurveyAccumulator.Answers.BLANK)).isFalse();
    }

    @Test
    void picksLowRecommendersAndVeryLowMomentsNamingTheLowestMoment() {
        respondent("r1", 9, 8, 2);   // a very low bill despite recommending
        respondent("r2", 3, 7, SurveyAccumulator.Answers.BLANK); // would not recommend
        respondent("r3", 6, 5, 4);   // unhappy but not very: no call
        respondent("r4", SurveyAccumulator.Answers.BLANK, 1, 1); // two lows: the first in journey order

        assertThat(collector.candidates()).containsExactly(
                new FollowUpCandidate("r1", 9, bill.id(), 2),
                new FollowUpCandidate("r2", 3, null, null),
                new FollowUpCandidate("r4", null, welcome.id(), 1));
        assertThat(collector.notQueued()).isZero();
    }

    @Test
    void keepsAtMostTheMaximumAndCountsTheRest() {
        for (int i = 0; i < FollowUpCollector.MAX_ITEMS + 5; i++) {
            respondent("r" + i, 0, SurveyAccumulator.Answers.BLANK, SurveyAccumulator.Answers.BLANK);
        }
        assertThat(collector.candidates()).hasSize(FollowUpCollector.MAX_ITEMS);
        assertThat(collector.notQueued()).isEqualTo(5);
    }

    private void respondent(String id, int recommend, int welcomeScore, int billScore) {
        SurveyAccumulator.Answers answers = accumulator.newAnswers();
        answers.id(id);
        answers.recommend(recommend);
        if (welcomeScore != SurveyAccumulator.Answers.BLANK) {
            answers.momentScore(accumulator.slotOf(welcome.id()), welcomeScore);
        }
        if (billScore != SurveyAccumulator.Answers.BLANK) {
            answers.momentScore(accumulator.slotOf(bill.id()), billScore);
        }
        collector.respondent(answers);
    }

    @Test
    void startingAgainForgetsTheRowsSeen() {
        respondent("r1", 3, 7, 7);
        collector.startAgain(); // the file is read again from its first row

        respondent("r1", 3, 7, 7);

        assertThat(collector.candidates()).containsExactly(new FollowUpCandidate("r1", 3, null, null));
        assertThat(collector.notQueued()).isZero();
    }
}
