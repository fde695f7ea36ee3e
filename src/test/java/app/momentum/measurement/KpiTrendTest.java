package app.momentum.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KpiTrendTest {

    @Test
    void fitsALeastSquaresLineThroughMonthlyValues() {
        SortedMap<Period, BigDecimal> values = new TreeMap<>();
        values.put(Period.month(2026, 1), new BigDecimal("10"));
        values.put(Period.month(2026, 2), new BigDecimal("14"));
        values.put(Period.month(2026, 3), new BigDecimal("12"));
        values.put(Period.month(2026, 4), new BigDecimal("16"));

        KpiTrend trend = KpiTrend.of(values, true).orElseThrow();

        // x = 0,1,2,3; y = 10,14,12,16: slope = 1.6, line through (1.5, 13)
        assertThat(trend.slopePerMonth()).isCloseTo(1.6, within(1e-9));
        assertThat(trend.at(Period.month(2026, 1))).isCloseTo(10.6, within(1e-6));
        assertThat(trend.at(Period.month(2026, 4))).isCloseTo(15.4, within(1e-6));
        assertThat(trend.direction()).isEqualTo(KpiTrend.Direction.UP);
        assertThat(trend.improving()).isTrue();
        assertThat(trend.change()).isEqualByComparingTo("4");
        assertThat(trend.previous().period()).isEqualTo(Period.month(2026, 3));
    }

    @Test
    void aRisingLineIsBadNewsWhenLowerIsBetter() {
        SortedMap<Period, BigDecimal> churn = new TreeMap<>();
        churn.put(Period.quarter(2025, 4), new BigDecimal("5"));
        churn.put(Period.quarter(2026, 1), new BigDecimal("6.5"));

        KpiTrend trend = KpiTrend.of(churn, false).orElseThrow();

        assertThat(trend.slopePerMonth()).isCloseTo(0.5, within(1e-9)); // quarters are three months apart
        assertThat(trend.direction()).isEqualTo(KpiTrend.Direction.UP);
        assertThat(trend.improving()).isFalse();
        assertThat(trend.change()).isEqualByComparingTo("1.5");
    }

    @Test
    void aFlatLineIsNeitherAndOnePointHasNoTrend() {
        SortedMap<Period, BigDecimal> flat = new TreeMap<>();
        flat.put(Period.month(2026, 1), new BigDecimal("7"));
        assertThat(KpiTrend.of(flat, true)).isEmpty();
        flat.put(Period.month(2026, 2), new BigDecimal("7.0"));
        KpiTrend trend = KpiTrend.of(flat, true).orElseThrow();
        assertThat(trend.direction()).isEqualTo(KpiTrend.Direction.FLAT);
        assertThat(trend.improving()).isFalse();
    }

    @Test
    void theTrendAndTheLastChangeAreJudgedSeparately() {
        // the NPS: rising over the months, but the last step is down
        SortedMap<Period, BigDecimal> nps = new TreeMap<>();
        nps.put(Period.month(2026, 7), new BigDecimal("12"));
        nps.put(Period.month(2026, 8), new BigDecimal("15"));
        nps.put(Period.month(2026, 9), new BigDecimal("18"));
        nps.put(Period.month(2026, 10), new BigDecimal("22"));
        nps.put(Period.month(2026, 11), new BigDecimal("19"));

        KpiTrend trend = KpiTrend.of(nps, true).orElseThrow();

        assertThat(trend.trendVerdict()).isEqualTo(KpiTrend.Verdict.BETTER);
        assertThat(trend.change()).isEqualByComparingTo("-3");
        assertThat(trend.changeVerdict()).isEqualTo(KpiTrend.Verdict.WORSE);
        assertThat(KpiTrend.of(nps, false).orElseThrow().changeVerdict()).as("lower is better").isEqualTo(KpiTrend.Verdict.BETTER);
        assertThat(KpiTrend.of(nps, false).orElseThrow().trendVerdict()).isEqualTo(KpiTrend.Verdict.WORSE);
        assertThat(trend.periods()).isEqualTo(5);
        assertThat(trend.first()).isEqualTo(Period.month(2026, 7));
    }

    @Test
    void anUnchangedLastStepIsNeitherBetterNorWorse() {
        SortedMap<Period, BigDecimal> values = new TreeMap<>();
        values.put(Period.month(2026, 1), new BigDecimal("5"));
        values.put(Period.month(2026, 2), new BigDecimal("7"));
        values.put(Period.month(2026, 3), new BigDecimal("7.00"));
        assertThat(KpiTrend.of(values, true).orElseThrow().changeVerdict()).isEqualTo(KpiTrend.Verdict.UNCHANGED);
        assertThat(KpiTrend.of(values, false).orElseThrow().changeVerdict()).isEqualTo(KpiTrend.Verdict.UNCHANGED);
        values.put(Period.month(2026, 4), new BigDecimal("7"));
        values.put(Period.month(2026, 5), new BigDecimal("7"));
        values.put(Period.month(2026, 6), new BigDecimal("7"));
        values.put(Period.month(2026, 7), new BigDecimal("7"));
        assertThat(KpiTrend.of(values, true).orElseThrow().trendVerdict()).as("flat window").isEqualTo(KpiTrend.Verdict.UNCHANGED);
    }

    @Test
    void onlyTheLastSixPeriodsMakeTheTrend() {
        SortedMap<Period, BigDecimal> values = new TreeMap<>();
        // a long fall, then six months of steady rise
        values.put(Period.month(2025, 1), new BigDecimal("90"));
        values.put(Period.month(2025, 2), new BigDecimal("80"));
        values.put(Period.month(2025, 3), new BigDecimal("70"));
        for (int month = 1; month <= 6; month++) {
            values.put(Period.month(2026, month), new BigDecimal(10 + month));
        }

        KpiTrend trend = KpiTrend.of(values, true).orElseThrow();

        assertThat(KpiTrend.WINDOW).isEqualTo(6);
        assertThat(trend.periods()).isEqualTo(6);
        assertThat(trend.first()).isEqualTo(Period.month(2026, 1));
        assertThat(trend.slopePerMonth()).isCloseTo(1.0, within(1e-9));
        assertThat(trend.direction()).isEqualTo(KpiTrend.Direction.UP);
        values.remove(Period.month(2026, 1));
        assertThat(KpiTrend.of(values, true).orElseThrow().first()).as("one older period joins").isEqualTo(Period.month(2025, 3));
    }

    @Test
    void aTargetIsMetAtOrBeyondItInTheGoodDirection() {
        assertThat(KpiTrend.targetMet(new BigDecimal("25"), new BigDecimal("25"), true)).contains(true);
        assertThat(KpiTrend.targetMet(new BigDecimal("26"), new BigDecimal("25"), true)).contains(true);
        assertThat(KpiTrend.targetMet(new BigDecimal("24.9"), new BigDecimal("25"), true)).contains(false);
        assertThat(KpiTrend.targetMet(new BigDecimal("3"), new BigDecimal("3.0"), false)).contains(true);
        assertThat(KpiTrend.targetMet(new BigDecimal("2"), new BigDecimal("3"), false)).contains(true);
        assertThat(KpiTrend.targetMet(new BigDecimal("3.1"), new BigDecimal("3"), false)).contains(false);
        assertThat(KpiTrend.targetMet(new BigDecimal("3"), null, true)).isEmpty();
        assertThat(KpiTrend.targetMet(null, new BigDecimal("3"), true)).isEmpty();
    }
}
