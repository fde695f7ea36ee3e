package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The thresholds' ranges, and the defaults a new organisation starts with. */
class AnalysisSettingsTest {

    @Test
    void theDefaultsAreTheMethods() {
        AnalysisSettings defaults = AnalysisSettings.defaults();
        assertThat(defaults.satisfactionThreshold()).isEqualTo(7.0);
        assertThat(defaults.ninePlusShareTarget()).isEqualTo(0.5);
        assertThat(defaults.aboveExpectationShareTarget()).isEqualTo(0.5);
        assertThat(defaults.minReliableN()).isEqualTo(30);
        assertThat(defaults.impactOn()).isEqualTo(ImpactQuestion.RECOMMEND);
        assertThat(defaults.impactMethod()).as("the source's own measure").isEqualTo(ImpactMethod.EXPERIENCE_EFFECT);
    }

    @Test
    void sharesAreBetweenZeroAndOneInclusiveAndNIsNotNegative() {
        AnalysisSettings defaults = AnalysisSettings.defaults();
        assertThat(new AnalysisSettings(7, 0, 7, 0, 0).ninePlusShareTarget()).isZero();
        assertThat(new AnalysisSettings(7, 0, 7, 1, 0).ninePlusShareTarget()).isEqualTo(1);
        assertThatThrownBy(() -> new AnalysisSettings(7, 0, 7, -0.01, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisSettings(7, 0, 7, 1.01, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysisSettings(7, 0, 7, 0.5, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(defaults.withAboveExpectationShareTarget(0).aboveExpectationShareTarget()).isZero();
        assertThat(defaults.withAboveExpectationShareTarget(1).aboveExpectationShareTarget()).isEqualTo(1);
        assertThatThrownBy(() -> defaults.withAboveExpectationShareTarget(-0.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withAboveExpectationShareTarget(1.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withAboveExpectationShareTarget(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingOneSettingKeepsTheOthers() {
        AnalysisSettings tuned = new AnalysisSettings(6.5, 0.1, 7.5, 0.6, 40, ImpactQuestion.EXPECT_TO_STAY,
                ImpactMethod.SATISFACTION_DRIVER, 0.7);
        assertThat(tuned.withImpactMethod(ImpactMethod.EXPERIENCE_EFFECT)).isEqualTo(new AnalysisSettings(6.5, 0.1,
                7.5, 0.6, 40, ImpactQuestion.EXPECT_TO_STAY, ImpactMethod.EXPERIENCE_EFFECT, 0.7));
        assertThat(tuned.withImpactOn(ImpactQuestion.RECOMMEND)).isEqualTo(new AnalysisSettings(6.5, 0.1, 7.5, 0.6,
                40, ImpactQuestion.RECOMMEND, ImpactMethod.SATISFACTION_DRIVER, 0.7));
        assertThat(tuned.withAboveExpectationShareTarget(0.4)).isEqualTo(new AnalysisSettings(6.5, 0.1, 7.5, 0.6,
                40, ImpactQuestion.EXPECT_TO_STAY, ImpactMethod.SATISFACTION_DRIVER, 0.4));
    }
}
