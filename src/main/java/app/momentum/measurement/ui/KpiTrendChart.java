package app.momentum.measurement.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A KPI's measured values (solid), its targets (dashed) and its trend (dotted, over the periods the trend was fitted
 * through) on one axis of periods: every period that has a value or a target, in time order. A gap in one line
 * (a period with a target but no value) is bridged, so each line reads as one.
 *
 * <p>The options are built as plain data ({@link #options}), so they are tested without a UI.
 */
class KpiTrendChart extends EChart {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The palette in series order: measured, target, trend. */
    static final String MEASURED_COLOUR = "#1676f3";
    static final String TARGET_COLOUR = "#e8a10c";
    static final String TREND_COLOUR = "#7b8794";

    /**
     * @param trend the KPI's trend, or {@code null} with fewer than two measured periods (no line is drawn)
     */
    KpiTrendChart(KpiSeries series, KpiTrend trend, String kpiName) {
        setId("kpis-chart");
        setWidthFull();
        setHeight("18rem");
        getStyle().set("flex-shrink", "0");
        setAriaLabel(getTranslation("kpis.chart", kpiName));
        setOption(options(series.measurements().stream().map(KpiMeasurement::periodValue).toList(),
                series.targets().stream().map(KpiTarget::periodValue).toList(), trend,
                new Labels(getTranslation("kpis.measured"), getTranslation("kpis.target"), getTranslation("kpis.trend"),
                        period -> PeriodLabels.label(this, getLocale(), period))));
    }

    /** The series' names and how a period reads on the axis, so the options are built and tested without a UI. */
    record Labels(String measured, String target, String trend, Function<Period, String> period) {
    }

    /**
     * @param measurements ordered by period and then by when they were recorded: the latest of a period is drawn
     * @param targets      ordered by period
     * @param trend        drawn when not {@code null}
     */
    static EChartOptions options(List<KpiPeriodValue> measurements, List<KpiPeriodValue> targets, KpiTrend trend,
                                 Labels labels) {
        SortedMap<Period, BigDecimal> measured = KpiPeriodValue.byPeriod(measurements);
        SortedMap<Period, BigDecimal> targeted = KpiPeriodValue.byPeriod(targets);
        TreeSet<Period> periods = new TreeSet<>(measured.keySet());
        periods.addAll(targeted.keySet());
        List<Period> axis = new ArrayList<>(periods);
        EChartOptions options = EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .colors(MEASURED_COLOUR, TARGET_COLOUR, TREND_COLOUR)
                .categoryXAxis(axis.stream().map(labels.period()).toList())
                .valueYAxis()
                .series(EChartOptions.line(labels.measured()).values(axis.stream().map(measured::get).toList())
                        .set("connectNulls", JSON.booleanNode(true)))
                .series(EChartOptions.line(labels.target()).values(axis.stream().map(targeted::get).toList())
                        .set("connectNulls", JSON.booleanNode(true))
                        .set("lineStyle", JSON.objectNode().put("type", "dashed")));
        if (trend != null) {
            options.series(EChartOptions.line(labels.trend()).values(trendLine(axis, trend, measured.lastKey()))
                    .set("connectNulls", JSON.booleanNode(true))
                    .set("symbol", JSON.textNode("none"))
                    .set("lineStyle", JSON.objectNode().put("type", "dotted").put("width", 2)));
        }
        return options;
    }

    /**
     * The fitted line's value in each period from the first it was fitted through to the last measured one, a gap
     * elsewhere (it says nothing about the periods outside its window); rounded to 2 decimals for the tooltip.
     */
    static List<BigDecimal> trendLine(List<Period> axis, KpiTrend trend, Period lastMeasured) {
        Period first = trend.first();
        return axis.stream().map(p -> p.compareTo(first) < 0 || p.compareTo(lastMeasured) > 0 ? null
                : BigDecimal.valueOf(trend.at(p)).setScale(2, RoundingMode.HALF_UP)).toList();
    }
}
