package app.momentum.journey.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionStripTest {

    @Test
    void aLineJoinsOnlyAdjacentColumnsThatBothHaveAValue() {
        List<Integer> values = Arrays.asList(1, 2, null, 3, -1, null, null, 2, 0);

        assertThat(EmotionStrip.segmentStarts(values)).containsExactly(0, 3, 7);
    }

    @Test
    void noValuesOrASingleOneDrawNoSegment() {
        assertThat(EmotionStrip.segmentStarts(List.of())).isEmpty();
        assertThat(EmotionStrip.segmentStarts(List.of(2))).isEmpty();
        assertThat(EmotionStrip.segmentStarts(Arrays.asList(null, 2, null))).isEmpty();
        assertThat(EmotionStrip.segmentStarts(Arrays.asList(1.5, 2.0))).containsExactly(0);
    }

    @Test
    void emotionsRunFromTheBottomToTheTopAndAreClamped() {
        assertThat(EmotionStrip.emotionHeight(-3)).isEqualTo(0f);
        assertThat(EmotionStrip.emotionHeight(0)).isEqualTo(0.5f);
        assertThat(EmotionStrip.emotionHeight(1)).isCloseTo(4 / 6f, within(1e-6f));
        assertThat(EmotionStrip.emotionHeight(3)).isEqualTo(1f);
        assertThat(EmotionStrip.emotionHeight(-7)).isEqualTo(0f);
        assertThat(EmotionStrip.emotionHeight(99)).isEqualTo(1f);
    }

    @Test
    void measuredSatisfactionHasItsOwnScaleOnTheSameGrid() {
        assertThat(EmotionStrip.measuredHeight(1)).isEqualTo(0f);
        assertThat(EmotionStrip.measuredHeight(10)).isEqualTo(1f);
        // 4 and 7 lie on the -1 and +1 lines
        assertThat(EmotionStrip.measuredHeight(4)).isCloseTo(EmotionStrip.emotionHeight(-1), within(1e-6f));
        assertThat(EmotionStrip.measuredHeight(7)).isCloseTo(EmotionStrip.emotionHeight(1), within(1e-6f));
        assertThat(EmotionStrip.measuredHeight(0)).isEqualTo(0f);
        assertThat(EmotionStrip.measuredHeight(12.5)).isEqualTo(1f);
    }
}
