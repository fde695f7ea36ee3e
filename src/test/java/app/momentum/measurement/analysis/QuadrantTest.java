package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quadrant boundaries: satisfaction at the threshold is high; impact at the threshold is not positive. */
class QuadrantTest {

    private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();

    @Test
    void satisfactionExactlyAtTheThresholdCountsAsHigh() {
        assertThat(Quadrant.of(7.0, 0.3, DEFAULTS)).isEqualTo(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT);
        assertThat(Quadrant.of(6.99, 0.3, DEFAULTS)).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
    }

    @Test
    void impactExactlyAtTheThresholdCountsAsNegative() {
        assertThat(Quadrant.of(8.0, 0.0, DEFAULTS)).isEqualTo(Quadrant.HIGH_SATISFACTION_NEGATIVE_IMPACT);
        assertThat(Quadrant.of(5.0, 0.0, DEFAULTS)).isEqualTo(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT);
        assertThat(Quadrant.of(5.0, 0.01, DEFAULTS)).isEqualTo(Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT);
    }

    @Test
    void customThresholdsAreUsed() {
        AnalysisSettings strict = new AnalysisSettings(8.0, 0.2, 7.0, 0.5, 30);
        assertThat(Quadrant.of(7.5, 0.2, strict)).isEqualTo(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT);
        assertThat(Quadrant.of(8.0, 0.21, strict)).isEqualTo(Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT);
    }

    @Test
    void unknownValuesGiveNoQuadrant() {
        assertThat(Quadrant.of(Double.NaN, 0.5, DEFAULTS)).isNull();
        assertThat(Quadrant.of(8.0, Double.NaN, DEFAULTS)).isNull();
    }

    @Test
    void adviceKeyNamesTheQuadrant() {
        assertThat(Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT.adviceKey())
                .isEqualTo("quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT.advice");
    }
}
