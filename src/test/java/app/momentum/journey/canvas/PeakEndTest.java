package app.momentum.journey.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The marks on the desired curve: the one moment that stands out, and the last one designed. */
class PeakEndTest {

    private static PeakEnd of(Integer... desired) {
        return PeakEnd.of(Arrays.asList(desired));
    }

    @Test
    void theSingleHighestPositiveMomentIsThePeakAndTheLastRatedIsTheEnd() {
        PeakEnd marks = of(0, 1, 3, -1, 2, null);
        assertThat(marks.peak()).hasValue(2);
        assertThat(marks.end()).hasValue(4);
    }

    @Test
    void aTieAtTheTopIsNoPeak() {
        assertThat(of(2, 3, 1, 3).peak()).isEmpty();
        assertThat(of(2, 3, 1, 3).end()).hasValue(3);
    }

    @Test
    void aTieBelowTheTopDoesNotMatter() {
        assertThat(of(1, 1, 2).peak()).hasValue(2);
        assertThat(of(2, 1, 1).peak()).hasValue(0);
    }

    @Test
    void theHighestMustBePositiveToBeAPeak() {
        assertThat(of(-2, 0, -1).peak()).isEmpty();
        assertThat(of(-2, 1, -1).peak()).hasValue(1);
    }

    @Test
    void aLaterEqualValueAfterAHigherOneIsStillNoTie() {
        assertThat(of(3, 2, 2).peak()).hasValue(0);
    }

    @Test
    void withoutDesiredEmotionsThereAreNoMarks() {
        assertThat(PeakEnd.of(List.of()).peak()).isEmpty();
        assertThat(PeakEnd.of(List.of()).end()).isEmpty();
        assertThat(of(null, null).end()).isEmpty();
    }

    @Test
    void aLoneValueIsBothPeakAndEndWhenPositive() {
        assertThat(of(null, 2, null).peak()).hasValue(1);
        assertThat(of(null, 2, null).end()).hasValue(1);
    }
}
