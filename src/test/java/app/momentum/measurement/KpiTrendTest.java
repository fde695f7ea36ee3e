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
}
