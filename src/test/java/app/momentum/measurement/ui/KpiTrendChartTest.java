package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The KPI chart's options: one axis of periods, the measured line, the dashed targets and the dotted trend. */
class KpiTrendChartTest {

    static final KpiTrendChart.Labels LABELS = new KpiTrendChart.Labels("Measured", "Target", "Trend", Period::code);

    @Test
    void valuesAndTargetsShareOneAxisOfEveryPeriodInTimeOrder() {
        List<KpiPeriodValue> measured = List.of(value(Period.month(2026, 1), "10"), value(Period.month(2026, 2), "11"),
                value(Period.month(2026, 2), "12")); // February recorded twice: the later one is drawn
        List<KpiPeriodValue> targets = List.of(value(Period.month(2026, 2), "15"), value(Period.quarter(2026, 2), "16"));

        JsonNode option = KpiTrendChart.options(measured, targets, null, LABELS).build();

        assertThat(texts(option.get("xAxis").get("data"))).containsExactly("2026-01", "2026-02", "2026-Q2");
        assertThat(option.get("xAxis").get("type").asString()).isEqualTo("category");
        assertThat(option.get("yAxis").get("type").asString()).isEqualTo("value");
        assertThat(option.get("tooltip").get("trigger").asString()).isEqualTo("axis");
        assertThat(option.has("legend")).isTrue();
        assertThat(texts(option.get("color"))).containsExactly(KpiTrendChart.MEASURED_COLOUR, KpiTrendChart.TARGET_COLOUR,
                KpiTrendChart.TREND_COLOUR);

        JsonNode series = option.get("series");
        assertThat(series).hasSize(2); // no trend: no third line
        JsonNode values = series.get(0);
        assertThat(values.get("type").asString()).isEqualTo("line");
        assertThat(values.get("name").asString()).isEqualTo("Measured");
        assertThat(numbers(values.get("data"))).containsExactly(10.0, 12.0, null);
        assertThat(values.get("connectNulls").asBoolean()).isTrue();
        assertThat(values.has("lineStyle")).isFalse(); // solid

        JsonNode target = series.get(1);
        assertThat(target.get("name").asString()).isEqualTo("Target");
        assertThat(numbers(target.get("data"))).containsExactly(null, 15.0, 16.0);
        assertThat(target.get("lineStyle").get("type").asString()).isEqualTo("dashed");
        assertThat(target.get("connectNulls").asBoolean()).isTrue();
    }

    @Test
    void theTrendIsADottedLineOnlyOverThePeriodsItWasFittedThrough() {
        List<KpiPeriodValue> measured = new ArrayList<>();
        for (int month = 1; month <= 8; month++) { // 8 months: the trend looks at the last 6
            measured.add(value(Period.month(2026, month), String.valueOf(10 + 2 * month)));
        }
        List<KpiPeriodValue> targets = List.of(value(Period.month(2026, 9), "30")); // after the last value
        KpiTrend trend = KpiTrend.of(KpiPeriodValue.byPeriod(measured), true).orElseThrow();

        JsonNode option = KpiTrendChart.options(measured, targets, trend, LABELS).build();

        JsonNode line = option.get("series").get(2);
        assertThat(line.get("name").asString()).isEqualTo("Trend");
        assertThat(line.get("lineStyle").get("type").asString()).isEqualTo("dotted");
        assertThat(line.get("lineStyle").get("width").asInt()).isEqualTo(2);
        assertThat(line.get("symbol").asString()).isEqualTo("none");
        assertThat(line.get("connectNulls").asBoolean()).isTrue();
        // Jan and Feb lie before the window, September (a target only) after the last value
        assertThat(numbers(line.get("data"))).containsExactly(null, null, 16.0, 18.0, 20.0, 22.0, 24.0, 26.0, null);
    }

    @Test
    void theTrendLineIsRoundedToTwoDecimalsForTheTooltip() {
        List<KpiPeriodValue> measured = List.of(value(Period.month(2026, 1), "10"), value(Period.month(2026, 2), "10"),
                value(Period.month(2026, 3), "11"));
        KpiTrend trend = KpiTrend.of(KpiPeriodValue.byPeriod(measured), true).orElseThrow();

        List<BigDecimal> line = KpiTrendChart.trendLine(List.of(Period.month(2026, 1), Period.month(2026, 2),
                Period.month(2026, 3)), trend, Period.month(2026, 3));

        // slope 0.5 per month through (Feb, 10.333…)
        assertThat(line).extracting(BigDecimal::toPlainString).containsExactly("9.83", "10.33", "10.83");
    }

    @Test
    void onlyTargetsStillDrawAnAxisWithAnEmptyValueLine() {
        JsonNode option = KpiTrendChart.options(List.of(), List.of(value(Period.quarter(2026, 1), "40")), null, LABELS).build();

        assertThat(texts(option.get("xAxis").get("data"))).containsExactly("2026-Q1");
        assertThat(numbers(option.get("series").get(0).get("data"))).containsExactly((Double) null);
        assertThat(numbers(option.get("series").get(1).get("data"))).containsExactly(40.0);
    }

    private static KpiPeriodValue value(Period period, String number) {
        return KpiPeriodValue.of(period, new BigDecimal(number));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<Double> numbers(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.isNull() ? null : n.asDouble()).toList();
    }
}
