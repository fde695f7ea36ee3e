package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Priority per quadrant on hand-computed cases, and the order the mining table lists moments in. */
class PrioritiesTest {

    private static final Offset<Double> EPS = within(1e-9);
    private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();

    @Test
    void aMomentToFixIsRankedByFrequencyShortfallAndTheSizeOfItsNegativeImpact() {
        // "Eerste rekening": 90 % get it, mean 4.8 against a 7+ target, impact −0.35 → 0.9 × 2.2 × 0.35 = 0.693
        assertThat(Priorities.priority(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT, 0.9, 4.8, -0.35, 7.0))
                .isCloseTo(0.693, EPS);
    }

    @Test
    void aMomentToRaiseIsRankedTheSameWayWithItsPositiveImpact() {
        // 9+ moment, 40 % get it, mean 6.5 → shortfall to 9 is 2.5; impact 0.2 → 0.4 × 2.5 × 0.2 = 0.2
        assertThat(Priorities.priority(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, 0.4, 6.5, 0.2, 9.0))
                .isCloseTo(0.2, EPS);
        // a low mean above a lowered target has no shortfall
        assertThat(Priorities.priority(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, 0.4, 6.5, 0.2, 6.0)).isZero();
    }

    @Test
    void aMomentToKeepAndSpreadIsRankedByTheRoomToSpreadIt() {
        // 30 % experience it, impact 0.5 → (1 − 0.3) × 0.5 = 0.35; everyone already: 0
        assertThat(Priorities.priority(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, 0.3, 8.0, 0.5, 7.0))
                .isCloseTo(0.35, EPS);
        assertThat(Priorities.priority(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, 1.0, 8.0, 0.5, 7.0)).isZero();
        // under a negative impact threshold a "positive" impact can be below 0: no room is claimed
        assertThat(Priorities.priority(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, 0.3, 8.0, -0.05, 7.0)).isZero();
    }

    @Test
    void anOverDeliveringMomentIsRankedByFrequencyAndSurplusAsACostCandidate() {
        // 80 % get it, mean 8.5 against 7 → 0.8 × 1.5 = 1.2; a 9+ moment at 8.5 has no surplus
        assertThat(Priorities.priority(Quadrant.HIGH_SATISFACTION_NEGATIVE_IMPACT, 0.8, 8.5, -0.1, 7.0))
                .isCloseTo(1.2, EPS);
        assertThat(Priorities.priority(Quadrant.HIGH_SATISFACTION_NEGATIVE_IMPACT, 0.8, 8.5, -0.1, 9.0)).isZero();
    }

    @Test
    void withoutAQuadrantOrFrequencyThereIsNoPriority() {
        assertThat(Priorities.priority(null, 0.5, 6.0, 0.3, 7.0)).isNaN();
        assertThat(Priorities.priority(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT, Double.NaN, 6.0, -0.3, 7.0)).isNaN();
    }

    @Test
    void theTargetScoreIsTheSevenPlusMeanTargetOrNine() {
        assertThat(Priorities.targetScore(TargetLevel.SEVEN_PLUS, DEFAULTS)).isEqualTo(7.0);
        assertThat(Priorities.targetScore(TargetLevel.SEVEN_PLUS,
                new AnalysisSettings(7.0, 0.0, 7.5, 0.5, 30))).isEqualTo(7.5);
        assertThat(Priorities.targetScore(TargetLevel.NINE_PLUS, DEFAULTS)).isEqualTo(9.0);
    }

    @Test
    void theTableListsFixFirstThenRaiseKeepAndOverDeliveringEachByPriority() {
        MomentResult keepLow = moment("keep low", Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, 0.1);
        MomentResult fixLow = moment("fix low", Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT, 0.05);
        MomentResult over = moment("over", Quadrant.HIGH_SATISFACTION_NEGATIVE_IMPACT, 3.0);
        MomentResult unplaced = moment("unplaced", null, Double.NaN);
        MomentResult raise = moment("raise", Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, 2.0);
        MomentResult fixHigh = moment("fix high", Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT, 0.7);
        MomentResult keepHigh = moment("keep high", Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, 0.6);
        MomentResult keepUnknown = moment("keep unknown", Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, Double.NaN);
        List<MomentResult> moments = new ArrayList<>(List.of(keepUnknown, keepLow, fixLow, over, unplaced, raise,
                fixHigh, keepHigh));
        moments.sort(Priorities.ACTION_ORDER);
        assertThat(moments).extracting(MomentResult::title).containsExactly("fix high", "fix low", "raise",
                "keep high", "keep low", "keep unknown", "over", "unplaced");
        assertThat(Priorities.rank(null)).isEqualTo(4);
    }

    private static MomentResult moment(String title, Quadrant quadrant, double priority) {
        Impact impact = new Impact(0.1, 40, Difference.UNKNOWN, false, quadrant, priority);
        return new MomentResult(UUID.randomUUID(), title, 10, 0.5, 7.0, 0.3, 0.2, impact, ExperienceEffect.NONE,
                ImpactMethod.SATISFACTION_DRIVER, false);
    }
}
