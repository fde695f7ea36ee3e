package app.momentum.maturity.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.maturity.domain.Quadrant;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The history of rounds: per round (oldest first) the four quadrant totals as grouped bars, each as its share of the
 * quadrant's maximum so the four compare (the tooltip and the table beside give the totals and the change). Options
 * are plain data ({@link #options}).
 */
class HistoryChart extends EChart {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    HistoryChart(List<HistoryEntry> history) {
        setId("maturity-history-chart");
        setWidthFull();
        setHeight("16rem");
        setAriaLabel(getTranslation("maturityScan.history.aria"));
        setOption(options(history, q -> MaturityLabels.quadrant(this, q), getTranslation("maturityScan.history.axis")));
    }

    static EChartOptions options(List<HistoryEntry> history, Function<Quadrant, String> quadrantName, String axisName) {
        EChartOptions options = EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .colors("#1676f3", "#7b3fe4", "#0f9d58", "#e8a10c")
                .categoryXAxis(history.stream().map(h -> h.summary().name()).toList())
                .valueYAxis(0, 100)
                .set("aria", JSON.objectNode().put("enabled", true));
        for (Quadrant quadrant : Quadrant.values()) {
            options.series(EChartOptions.bar(quadrantName.apply(quadrant))
                    .values(history.stream().map(h -> (Number) CompassChart.share(h.quadrantTotals().get(quadrant),
                            quadrant.max())).toList()));
        }
        // the legend on top and the axis named: at the bottom the legend covered the rounds' names
        options.set("legend", JSON.objectNode().put("top", 0));
        var yAxis = JSON.objectNode().put("type", "value").put("min", 0).put("max", 100).put("name", axisName)
                .put("nameLocation", "end");
        yAxis.putObject("axisLabel").put("formatter", "{value} %");
        options.set("yAxis", yAxis);
        options.set("grid", JSON.objectNode().put("left", 48).put("right", 16).put("top", 56).put("bottom", 32));
        return options;
    }
}
