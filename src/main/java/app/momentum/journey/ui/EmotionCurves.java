package app.momentum.journey.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.journey.internal.Moment;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The current and desired emotion curves of a journey, moment by moment in map order (-3 … +3). Clicking a
 * point selects its moment.
 */
class EmotionCurves extends EChart {

    static final String CURRENT_COLOR = "#94a3b8";
    static final String DESIRED_COLOR = "#0f766e";
    static final String MEASURED_COLOR = "#b45309";

    EmotionCurves(Consumer<UUID> onMomentClicked) {
        addClassName("emotion-curves");
        setId("emotion-curves");
        setHeight("14rem");
        getElement().setAttribute("aria-label", getTranslation("map.curves"));
        addPointClickListener(e -> e.getId().map(UUID::fromString).ifPresent(onMomentClicked));
    }

    void show(List<Moment> moments) {
        show(moments, Map.of());
    }

    /**
     * The curves, and when the journey has survey results, the measured mean satisfaction per moment on its own
     * 1–10 axis at the right: emotion and satisfaction are different scales and are not converted into each other.
     */
    void show(List<Moment> moments, Map<UUID, Double> measuredMeans) {
        EChartOptions options = curves(moments.stream().map(Moment::getTitle).toList(), List.of(
                series(getTranslation("moment.currentEmotion"), moments, Moment::getCurrentEmotion, CURRENT_COLOR, false),
                series(getTranslation("moment.desiredEmotion"), moments, Moment::getDesiredEmotion, DESIRED_COLOR, true)));
        if (!measuredMeans.isEmpty()) {
            addMeasured(options, getTranslation("map.measuredCurve"), moments, measuredMeans);
        }
        setOption(options);
    }

    static void addMeasured(EChartOptions options, String name, List<Moment> moments, Map<UUID, Double> measuredMeans) {
        var json = JsonNodeFactory.instance;
        var axes = json.arrayNode();
        axes.addObject().put("type", "value").put("min", -3).put("max", 3);
        axes.addObject().put("type", "value").put("min", 1).put("max", 10).put("position", "right")
                .putObject("splitLine").put("show", false);
        options.set("yAxis", axes);
        options.set("grid", json.objectNode().put("left", 40).put("right", 40).put("top", 40).put("bottom", 32));
        EChartOptions.Series measured = EChartOptions.line(name);
        moments.forEach(m -> {
            Double mean = measuredMeans.get(m.getId());
            measured.point(m.getId().toString(), m.getTitle(), mean == null ? null : Math.round(mean * 10) / 10.0);
        });
        measured.set("yAxisIndex", json.numberNode(1));
        measured.set("connectNulls", json.booleanNode(true));
        measured.set("itemStyle", json.objectNode().put("color", MEASURED_COLOR));
        measured.set("lineStyle", json.objectNode().put("color", MEASURED_COLOR).put("width", 2));
        options.series(measured);
    }

    /** The chart options for curves over the given moment titles: a line per series, the zero line marked. */
    static EChartOptions curves(List<String> titles, List<EChartOptions.Series> series) {
        EChartOptions options = EChartOptions.create()
                .tooltip(EChartOptions.Trigger.AXIS)
                .legend()
                .categoryXAxis(titles)
                .valueYAxis(-3, 3);
        options.set("grid", JsonNodeFactory.instance.objectNode().put("left", 40).put("right", 24).put("top", 40).put("bottom", 32));
        options.set("legend", JsonNodeFactory.instance.objectNode().put("top", 4));
        series.forEach(options::series);
        return options;
    }

    static EChartOptions.Series series(String name, List<Moment> moments, Function<Moment, Integer> value, String color,
                                       boolean emphasised) {
        // straight segments: a smoothed line would overshoot the -3 … +3 scale and suggest values nobody set
        EChartOptions.Series line = EChartOptions.line(name);
        moments.forEach(m -> line.point(m.getId().toString(), m.getTitle(), value.apply(m)));
        line.set("connectNulls", JsonNodeFactory.instance.booleanNode(true));
        line.set("itemStyle", JsonNodeFactory.instance.objectNode().put("color", color));
        line.set("lineStyle", JsonNodeFactory.instance.objectNode().put("color", color).put("width", emphasised ? 3 : 2)
                .put("type", emphasised ? "solid" : "dashed"));
        return line;
    }
}
