package app.momentum.report.ui;

import app.momentum.report.BoardReportDocument.Quadrant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts options of the printable board report, built as plain data (unit-tested without a UI): a KPI's
 * sparkline (a line without axes, the last point marked) and the maturity compass (four sectors in a polar system
 * whose radius is the share of the quadrant's maximum, with five level rings, and a point per quadrant; the previous
 * round as grey points). No animation, so the page prints what it shows.
 */
final class BoardReportCharts {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final String ACCENT = "#0f766e";
    static final String[] QUADRANT_COLOURS = {"#0f766e", "#1d4ed8", "#b45309", "#7c3aed"};

    private BoardReportCharts() {
    }

    /** A sparkline of the values (null where none was measured). */
    static ObjectNode sparkline(List<Double> values) {
        ObjectNode option = JSON.objectNode();
        option.put("animation", false);
        option.set("grid", JSON.objectNode().put("left", 2).put("right", 4).put("top", 4).put("bottom", 4));
        ArrayNode categories = option.putObject("xAxis").put("type", "category").put("show", false)
                .put("boundaryGap", false).putArray("data");
        for (int i = 0; i < values.size(); i++) {
            categories.add(String.valueOf(i + 1));
        }
        option.putObject("yAxis").put("type", "value").put("show", false).put("scale", true);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "line").put("connectNulls", true).put("showSymbol", false).put("silent", true);
        series.putObject("lineStyle").put("color", ACCENT).put("width", 1.5);
        ArrayNode data = series.putArray("data");
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                data.addNull();
            } else {
                data.add(values.get(i));
                last = i;
            }
        }
        if (last >= 0) {
            // the latest value as a dot
            ObjectNode point = JSON.objectNode().put("value", values.get(last)).put("symbol", "circle")
                    .put("symbolSize", 5);
            point.putObject("itemStyle").put("color", ACCENT);
            data.set(last, point);
        }
        return option;
    }

    /** The compass: quadrant names as angles, radius 0–100 % of each maximum in five rings. */
    static ObjectNode compass(List<Quadrant> quadrants, String currentName, String previousName) {
        ObjectNode option = JSON.objectNode();
        option.put("animation", false);
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0).putArray("data").add(currentName).add(previousName);
        option.putObject("polar").putArray("radius").add("0%").add("78%");
        ObjectNode angle = option.putObject("angleAxis").put("type", "category").put("startAngle", 90)
                .put("clockwise", true);
        ArrayNode names = angle.putArray("data");
        quadrants.forEach(q -> names.add(q.name()));
        angle.putObject("splitLine").put("show", true);
        ObjectNode radius = option.putObject("radiusAxis").put("min", 0).put("max", 100).put("interval", 20);
        radius.putObject("axisLabel").put("show", false);
        radius.putObject("splitLine").put("show", true);
        ArrayNode series = option.putArray("series");
        ObjectNode sectors = series.addObject().put("type", "bar").put("coordinateSystem", "polar")
                .put("name", currentName).put("barCategoryGap", "0%");
        ArrayNode sectorData = sectors.putArray("data");
        ObjectNode points = series.addObject().put("type", "scatter").put("coordinateSystem", "polar")
                .put("name", currentName).put("symbolSize", 10);
        ArrayNode pointData = points.putArray("data");
        ObjectNode previous = series.addObject().put("type", "scatter").put("coordinateSystem", "polar")
                .put("name", previousName).put("symbolSize", 7);
        previous.putObject("itemStyle").put("color", "#6b7280");
        ArrayNode previousData = previous.putArray("data");
        for (int i = 0; i < quadrants.size(); i++) {
            Quadrant q = quadrants.get(i);
            double share = share(q.total(), q.max());
            String colour = QUADRANT_COLOURS[i % QUADRANT_COLOURS.length];
            ObjectNode sector = sectorData.addObject().put("value", share).put("name", q.name());
            sector.putObject("itemStyle").put("color", colour).put("opacity", 0.35);
            ObjectNode point = pointData.addObject().put("name", q.name());
            point.putArray("value").add(share).add(q.name());
            point.putObject("itemStyle").put("color", colour);
            if (q.previousTotal() != null) {
                previousData.addObject().put("name", q.name()).putArray("value")
                        .add(share(q.previousTotal(), q.max())).add(q.name());
            }
        }
        return option;
    }

    /** The total as a percentage of the maximum, to one decimal, within 0–100. */
    static double share(double total, int max) {
        if (max <= 0) {
            return 0;
        }
        return Math.round(Math.max(0, Math.min(1, total / max)) * 1000) / 10.0;
    }
}
