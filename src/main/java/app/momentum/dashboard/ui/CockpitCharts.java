package app.momentum.dashboard.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The cockpit's two small charts as plain ECharts options, so they are tested without a UI. */
final class CockpitCharts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String LINE_COLOUR = "#1676f3";

    private CockpitCharts() {
    }

    /** A tiny line of the values with no axes, labels or legend: the shape of the last periods. */
    static EChartOptions sparkline(List<String> periods, List<? extends Number> values) {
        ObjectNode hidden = JSON.objectNode().put("show", false);
        return EChartOptions.create()
                .colors(LINE_COLOUR)
                .set("grid", JSON.objectNode().put("left", 2).put("right", 2).put("top", 4).put("bottom", 4))
                .set("xAxis", hidden.deepCopy().put("type", "category").put("boundaryGap", false)
                        .set("data", strings(periods)))
                .set("yAxis", hidden.deepCopy().put("type", "value").put("scale", true))
                .tooltip(EChartOptions.Trigger.AXIS)
                .series(EChartOptions.line("").values(values)
                        .set("symbol", JSON.textNode("none"))
                        .set("lineStyle", JSON.objectNode().put("width", 2)));
    }

    static EChart sparklineChart(List<String> periods, List<? extends Number> values, String label) {
        EChart chart = new EChart(sparkline(periods, values));
        chart.setHeight("3rem");
        chart.setAriaLabel(label);
        chart.addClassName("cockpit-sparkline");
        return chart;
    }

    /**
     * The maturity compass in small: the four quadrants as the axes of a radar (each to its maximum), the latest
     * round's totals as one area.
     */
    static EChartOptions compass(List<String> quadrants, List<Double> maxima, List<Double> totals, String round) {
        ArrayNode indicators = JSON.arrayNode();
        for (int i = 0; i < quadrants.size(); i++) {
            indicators.add(JSON.objectNode().put("name", quadrants.get(i)).put("max", maxima.get(i)));
        }
        ArrayNode value = JSON.arrayNode();
        totals.forEach(value::add);
        ObjectNode data = JSON.objectNode().put("name", round);
        data.set("value", value);
        return EChartOptions.create()
                .colors(LINE_COLOUR)
                .tooltip(EChartOptions.Trigger.ITEM)
                .set("radar", JSON.objectNode().put("radius", "62%").put("splitNumber", 5).set("indicator", indicators))
                .series(EChartOptions.series("radar", round)
                        .set("data", JSON.arrayNode().add(data))
                        .set("areaStyle", JSON.objectNode().put("opacity", 0.25)));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
