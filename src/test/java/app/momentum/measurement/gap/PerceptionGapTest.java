package app.momentum.measurement.gap;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.TargetLevel;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PerceptionGapTest {

    @Test
    void anOwnerWhoExpectsAFullPointMoreThanCustomersGiveOverrates() {
        PerceptionGap gap = new PerceptionGap(UUID.randomUUID(), "Welcome", TargetLevel.SEVEN_PLUS, 8.0, 6.9);
        assertThat(gap.intended()).isEqualTo(7);
        assertThat(gap.estimateGap()).isCloseTo(1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gap.overestimated()).isTrue();
        assertThat(gap.intentGap()).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gap.belowIntent()).isTrue();
    }

    @Test
    void aNinePlusMomentIsHeldToNineAndASmallGapIsNotHighlighted() {
        PerceptionGap gap = new PerceptionGap(UUID.randomUUID(), "Keys day", TargetLevel.NINE_PLUS, 9.0, 8.5);
        assertThat(gap.intended()).isEqualTo(9);
        assertThat(gap.overestimated()).isFalse();
        assertThat(gap.belowIntent()).isTrue();
        assertThat(new PerceptionGap(UUID.randomUUID(), "x", TargetLevel.NINE_PLUS, 9.0, 9.2).belowIntent()).isFalse();
    }

    @Test
    void withoutAnEstimateOrAMeasurementNothingIsClaimed() {
        PerceptionGap noEstimate = new PerceptionGap(UUID.randomUUID(), "x", TargetLevel.SEVEN_PLUS, Double.NaN, 5.0);
        assertThat(noEstimate.overestimated()).isFalse();
        assertThat(noEstimate.belowIntent()).isTrue();
        PerceptionGap unmeasured = new PerceptionGap(UUID.randomUUID(), "x", TargetLevel.SEVEN_PLUS, 8.0, Double.NaN);
        assertThat(unmeasured.overestimated()).isFalse();
        assertThat(unmeasured.belowIntent()).isFalse();
    }
}
