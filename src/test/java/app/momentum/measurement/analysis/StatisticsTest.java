package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The survey arithmetic against small datasets worked out by hand. */
class StatisticsTest {

    private static final Offset<Double> EPS = within(1e-3);

    @Test
    void npsAndItsIntervalMatchTheHandCalculation() {
        // 10 answers: promoters (9–10): 10, 9, 9, 10 = 4; detractors (0–6): 6, 5, 3 = 3; passives 8, 7, 7
        // pP = 0.4, pD = 0.3 → NPS = (0.4 − 0.3) × 100 = 10
        // var = (0.4 + 0.3 − 0.1²) / 10 = 0.69 / 10 = 0.069; se = √0.069 = 0.262679
        // margin = 1.96 × 0.262679 × 100 = 51.485 → CI [10 − 51.485, 10 + 51.485] = [−41.485, 61.485]
        NpsResult nps = Statistics.nps(List.of(10, 9, 9, 8, 7, 7, 6, 5, 3, 10));
        assertThat(nps.n()).isEqualTo(10);
        assertThat(nps.nps()).isCloseTo(10.0, EPS);
        assertThat(nps.lower95()).isCloseTo(-41.485, EPS);
        assertThat(nps.upper95()).isCloseTo(61.485, EPS);
    }

    @Test
    void npsIntervalIsClampedAndUnansweredAreSkipped() {
        // 9, 10, 10 and two blanks: n = 3, all promoters → NPS 100; var = (1 + 0 − 1) / 3 = 0 → CI [100, 100]
        NpsResult allPromoters = Statistics.nps(Arrays.asList(9, null, 10, 10, null));
        assertThat(allPromoters.n()).isEqualTo(3);
        assertThat(allPromoters.nps()).isEqualTo(100.0);
        assertThat(allPromoters.upper95()).isEqualTo(100.0);
        // 10, 0: pP = pD = 0.5 → NPS 0; var = (1 − 0) / 2 = 0.5; margin = 1.96 × 0.7071 × 100 = 138.6 → clamped
        NpsResult split = Statistics.nps(List.of(10, 0));
        assertThat(split.nps()).isEqualTo(0.0);
        assertThat(split.lower95()).isEqualTo(-100.0);
        assertThat(split.upper95()).isEqualTo(100.0);
    }

    @Test
    void npsWithoutAnswersIsNaN() {
        NpsResult nps = Statistics.nps(Arrays.asList(null, null));
        assertThat(nps.n()).isZero();
        assertThat(nps.nps()).isNaN();
        assertThat(nps.lower95()).isNaN();
        assertThat(nps.upper95()).isNaN();
    }

    @Test
    void cxiScoresEachItemOverItsOwnAnswersAndAveragesTheItems() {
        // needs 5,4,3,2,1: top (4–5) 2, bottom (1–2) 2 of 5 → (2 − 2) / 5 = 0
        // easy 5,5,4,1: top 3, bottom 1 of 4 → (3 − 1) / 4 = 50
        // enjoyable blank,4,4,3: 3 answered, top 2, bottom 0 → 2 / 3 = 66.667
        // CXi = (0 + 50 + 66.667) / 3 = 38.889
        CxiResult cxi = Statistics.cxi(List.of(5, 4, 3, 2, 1), List.of(5, 5, 4, 1), Arrays.asList(null, 4, 4, 3));
        assertThat(cxi.needs()).isCloseTo(0.0, EPS);
        assertThat(cxi.easy()).isCloseTo(50.0, EPS);
        assertThat(cxi.enjoyable()).isCloseTo(66.667, EPS);
        assertThat(cxi.cxi()).isCloseTo(38.889, EPS);
    }

    @Test
    void cxiIsUnknownUnlessAllThreeItemsHaveAnswers() {
        // only needs answered: 5, 1, 1, 3 → (1 − 2) / 4 = −25; a mean of one item is not the CXi
        CxiResult partial = Statistics.cxi(List.of(5, 1, 1, 3), List.of(), Arrays.asList(null, null));
        assertThat(partial.needs()).isCloseTo(-25.0, EPS);
        assertThat(partial.easy()).isNaN();
        assertThat(partial.enjoyable()).isNaN();
        assertThat(partial.cxi()).isNaN();
        assertThat(partial.known()).isFalse();
        assertThat(partial.itemsKnown()).isEqualTo(1);
        // two of three (the case: needs_met left on "Ignore"): still unknown, both items kept
        CxiResult two = Statistics.cxi(Double.NaN, 40.0, 26.0);
        assertThat(two.cxi()).isNaN();
        assertThat(two.itemsKnown()).isEqualTo(2);
        assertThat(Statistics.cxi(List.of(), List.of(), List.of()).cxi()).isNaN();
        assertThat(Statistics.cxi(List.of(), List.of(), List.of()).itemsKnown()).isZero();
        CxiResult all = Statistics.cxi(10.0, 40.0, 28.0);
        assertThat(all.known()).isTrue();
        assertThat(all.itemsKnown()).isEqualTo(3);
        assertThat(all.cxi()).isCloseTo(26.0, EPS);
    }

    @Test
    void meanSkipsBlanksAndIsNaNWhenEmpty() {
        // (2 + 3 + 7) / 3 = 4
        assertThat(Statistics.mean(Arrays.asList(2, null, 3, 7))).isEqualTo(4.0);
        assertThat(Statistics.mean(List.of())).isNaN();
    }

    @Test
    void pearsonOfPerfectlyCorrelatedAndAntiCorrelatedSets() {
        assertThat(Statistics.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(1.0, EPS);
        assertThat(Statistics.pearson(new double[] {1, 2, 3}, new double[] {9, 6, 3})).isCloseTo(-1.0, EPS);
    }

    @Test
    void pearsonMatchesAFivePointHandCalculation() {
        // x = 1..5 (mean 3), y = 2,4,5,4,5 (mean 4)
        // dx = −2,−1,0,1,2; dy = −2,0,1,0,1
        // Σdx·dy = 4 + 0 + 0 + 0 + 2 = 6; Σdx² = 10; Σdy² = 4 + 0 + 1 + 0 + 1 = 6
        // r = 6 / √(10 × 6) = 6 / 7.746 = 0.7746
        double r = Statistics.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
        assertThat(r).isCloseTo(0.7746, within(1e-4));
    }

    @Test
    void pearsonIsNaNWithoutVarianceOrWithTooFewPairs() {
        assertThat(Statistics.pearson(new double[] {7, 7, 7}, new double[] {1, 5, 9})).isNaN();
        assertThat(Statistics.pearson(new double[] {1, 5, 9}, new double[] {7, 7, 7})).isNaN();
        assertThat(Statistics.pearson(new double[] {3}, new double[] {8})).isNaN();
        assertThat(Statistics.pearson(new double[0], new double[0])).isNaN();
    }

    @Test
    void pearsonRefusesMisalignedPairs() {
        assertThatThrownBy(() -> Statistics.pearson(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }

    @Test
    void correlationIntervalByFisherZ() {
        // r = 0.5, n = 28: z = atanh 0.5 = 0.549306; se = 1/√25 = 0.2; z ± 1.96 × 0.2 = 0.157306 … 0.941306
        // tanh → 0.156021 … 0.735822 (asymmetric around 0.5)
        Difference positive = Statistics.correlationInterval(0.5, 28);
        assertThat(positive.value()).isEqualTo(0.5);
        assertThat(positive.lower95()).isCloseTo(0.156021, EPS);
        assertThat(positive.upper95()).isCloseTo(0.735822, EPS);
        assertThat(positive.excludesZero()).isTrue();
        // r = −0.3, n = 103: z = −0.309520; se = 0.1; tanh(−0.505520 … −0.113520) = −0.466447 … −0.113034
        Difference negative = Statistics.correlationInterval(-0.3, 103);
        assertThat(negative.lower95()).isCloseTo(-0.466447, EPS);
        assertThat(negative.upper95()).isCloseTo(-0.113034, EPS);
        assertThat(negative.excludesZero()).isTrue();
        // r = 0.1, n = 10: se = 1/√7 = 0.377964 → the interval spans 0: no effect shown
        assertThat(Statistics.correlationInterval(0.1, 10).excludesZero()).isFalse();
    }

    @Test
    void correlationIntervalIsUnknownWithoutEnoughPairsAndHasNoSpreadAtOne() {
        assertThat(Statistics.correlationInterval(0.5, 3).known()).isFalse();
        assertThat(Statistics.correlationInterval(Double.NaN, 100).known()).isFalse();
        assertThat(Statistics.correlationInterval(0.5, 4).known()).isTrue();
        Difference perfect = Statistics.correlationInterval(-1, 50);
        assertThat(perfect).isEqualTo(new Difference(-1, -1, -1));
        assertThat(perfect.excludesZero()).isTrue();
    }

    @Test
    void npsDifferenceOfTwoGroupsWithItsInterval() {
        // A: 100 answers, 50 promoters, 20 detractors → NPS 30; var = (0.5 + 0.2 − 0.3²) / 100 = 0.0061
        // B: 50 answers, 10 promoters, 25 detractors → NPS −30; var = (0.2 + 0.5 − 0.3²) / 50 = 0.0122
        // difference 60; se = √0.0183 × 100 = 13.5277; margin = 26.514 → [33.486, 86.514]
        Difference difference = Statistics.npsDifference(100, 50, 20, 50, 10, 25);
        assertThat(difference.value()).isCloseTo(60.0, EPS);
        assertThat(difference.lower95()).isCloseTo(33.486, EPS);
        assertThat(difference.upper95()).isCloseTo(86.514, EPS);
        assertThat(difference.excludesZero()).isTrue();
        // the other way round: −60, [−86.514, −33.486]
        Difference reversed = Statistics.npsDifference(50, 10, 25, 100, 50, 20);
        assertThat(reversed.value()).isCloseTo(-60.0, EPS);
        assertThat(reversed.lower95()).isCloseTo(-86.514, EPS);
        assertThat(reversed.upper95()).isCloseTo(-33.486, EPS);
    }

    @Test
    void npsDifferenceIsClampedAndUnknownForAnEmptyGroup() {
        // 2 answers each: all promoters vs one promoter and one detractor: 100 − 0 = 100;
        // var = 0 + (1 − 0)/2 = 0.5; margin = 1.96 × 0.7071 × 100 = 138.6 → [−38.6, 200] (clamped from 238.6)
        Difference wide = Statistics.npsDifference(2, 2, 0, 2, 1, 1);
        assertThat(wide.value()).isCloseTo(100.0, EPS);
        assertThat(wide.lower95()).isCloseTo(-38.593, EPS);
        assertThat(wide.upper95()).isEqualTo(200.0);
        Difference widest = Statistics.npsDifference(2, 1, 1, 2, 2, 0);
        assertThat(widest.lower95()).isEqualTo(-200.0);
        assertThat(Statistics.npsDifference(0, 0, 0, 10, 5, 0).known()).isFalse();
        assertThat(Statistics.npsDifference(10, 5, 0, 0, 0, 0).known()).isFalse();
    }

    @Test
    void meanDifferenceWithWelchInterval() {
        // A: 8, 9, 10, 9 → mean 9, sample variance (1 + 0 + 1 + 0) / 3 = 0.6667; B: 5, 6, 7 → mean 6, variance 1
        // difference 3; se = √(0.6667/4 + 1/3) = √0.5 = 0.707107; margin = 1.385929 → [1.614071, 4.385929]
        Difference difference = Statistics.meanDifference(4, 9, 2.0 / 3, 3, 6, 1);
        assertThat(difference.value()).isCloseTo(3.0, EPS);
        assertThat(difference.lower95()).isCloseTo(1.614071, EPS);
        assertThat(difference.upper95()).isCloseTo(4.385929, EPS);
        assertThat(difference.excludesZero()).isTrue();
        // no variance on either side: the interval is the difference itself
        assertThat(Statistics.meanDifference(2, 7, 0, 2, 7, 0)).isEqualTo(new Difference(0, 0, 0));
        assertThat(new Difference(0, 0, 0).excludesZero()).isFalse();
    }

    @Test
    void meanDifferenceIsUnknownWithFewerThanTwoAnswersInAGroup() {
        assertThat(Statistics.meanDifference(1, 9, 0, 10, 6, 1).known()).isFalse();
        assertThat(Statistics.meanDifference(10, 9, 1, 1, 6, 0).known()).isFalse();
        assertThat(Statistics.meanDifference(2, 9, 1, 2, 6, 1).known()).isTrue();
    }
}
