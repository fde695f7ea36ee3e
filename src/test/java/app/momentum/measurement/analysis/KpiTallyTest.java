package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A group's KPI answers, weighted and not, worked out by hand. */
class KpiTallyTest {

    @Test
    void unweightedTheFiguresAreThePlainOnes() {
        // answers 10, 9, 6: mean 25/3, sample variance ((5/3)² + (2/3)² + (7/3)²) / 2 = 13/3; NPS (2 − 1)/3
        KpiTally tally = new KpiTally();
        tally.add(10, 1, 1, 1);
        tally.add(9, 1, 1, 1);
        tally.add(6, 1, 1, 1);
        assertThat(tally.n()).isEqualTo(3);
        assertThat(tally.effectiveN()).isEqualTo(3.0);
        assertThat(tally.mean()).isCloseTo(25 / 3.0, within(1e-12));
        assertThat(tally.variance()).isCloseTo(13 / 3.0, within(1e-12));
        assertThat(tally.nps().nps()).isCloseTo(100 / 3.0, within(1e-12));
    }

    @Test
    void tooFewOrTooUnevenAnswersHaveNoVarianceAndAnEmptyGroupNoDifference() {
        KpiTally one = new KpiTally();
        assertThat(one.variance()).isNaN();
        assertThat(one.mean()).isNaN();
        one.add(7, 1, 1, 1);
        assertThat(one.variance()).as("one answer").isNaN();
        // two respondents, but one weighs (nearly) everything: effective n 1 → no spread to estimate
        KpiTally uneven = new KpiTally();
        uneven.add(7, 1, 1, 1);
        uneven.add(9, 1, 0, 0);
        assertThat(uneven.effectiveN()).isEqualTo(1.0);
        assertThat(uneven.variance()).isNaN();
        KpiTally two = new KpiTally();
        two.add(7, 1, 1, 1);
        two.add(9, 1, 1, 1);
        assertThat(two.variance()).isCloseTo(2.0, within(1e-12));
        assertThat(new KpiTally().npsMinus(two).known()).isFalse();
        assertThat(two.npsMinus(new KpiTally()).known()).isFalse();
        assertThat(new KpiTally().nps().n()).isZero();
    }
}
