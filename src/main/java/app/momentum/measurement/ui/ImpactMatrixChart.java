package app.momentum.measurement.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer experience impact matrix: each measured moment as a bubble at (satisfaction, impact), sized by how
 * many customers experience it, coloured by quadrant, with the quadrant lines at the tenant's thresholds.
 * Clicking a bubble reports its moment.
 *
 * <p>Tooltips are rendered as rich text rather than HTML: they contain moment titles, which are user text.
 */
class ImpactMatrixChart extends EChart {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Height in pixels with few moments (26rem). */
    static final int MIN_HEIGHT = 416;
    private static final int HIGHEST_SATISFACTION = 10;
    /**
     * Label text: the line height is given, not left to ECharts, which takes it from the width of a CJK character
     * and so thinks a line is 4 px high where the browser has no CJK font; overlapping labels would then not move.
     */
    static final int LABEL_FONT_SIZE = 11;
    static final int LABEL_LINE_HEIGHT = 14;
    /** Longer titles break onto more lines. */
    static final int LABEL_WIDTH = 160;
    /** A generous average width of a character at the label's font size, to estimate how many lines a title takes. */
    private static final double LABEL_CHARACTER_WIDTH = 6.5;
    /** Room the labels must leave above and below the column they form when all are moved apart. */
    private static final int LABEL_MARGIN = 48;

    ImpactMatrixChart(Consumer<UUID> onMomentClicked) {
        addClassName("impact-matrix-chart");
        setId("impact-matrix-chart");
        setHeight(MIN_HEIGHT + "px");
        setWidthFull();
        getElement().setAttribute("aria-label", getTranslation("mining.chart.aria"));
        addPointClickListener(e -> e.getId().map(UUID::fromString).ifPresent(onMomentClicked));
    }

    void show(List<MomentResult> moments, AnalysisSettings settings) {
        setHeight(height(moments) + "px");
        setOption(options(moments, settings, new Labels(getLocale(), this::getTranslation)));
    }

    /** Translations the options need, so they can be built and tested without a UI. */
    record Labels(Locale locale, Translator translator) {
        String get(String key, Object... args) {
            return translator.translate(key, args);
        }
    }

    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    /** Bubble diameter in pixels for a frequency of 0–1: big enough to click, small enough not to cover others. */
    static int bubbleSize(double frequency) {
        return (int) Math.round(12 + 36 * Math.sqrt(Math.max(0, Math.min(1, frequency))));
    }

    static String colour(Quadrant quadrant) {
        return switch (quadrant) {
            case HIGH_SATISFACTION_POSITIVE_IMPACT -> "#15803d";
            case LOW_SATISFACTION_POSITIVE_IMPACT -> "#b45309";
            case LOW_SATISFACTION_NEGATIVE_IMPACT -> "#b91c1c";
            case HIGH_SATISFACTION_NEGATIVE_IMPACT -> "#1d4ed8";
        };
    }

    /** Moments without a quadrant (unscored, or no impact) cannot be placed and are left out. */
    static EChartOptions options(List<MomentResult> moments, AnalysisSettings settings, Labels labels) {
        EChartOptions options = EChartOptions.create();
        options.set("tooltip", JSON.objectNode().put("trigger", "item").put("renderMode", "richText"));
        options.set("grid", JSON.objectNode().put("left", 56).put("right", 32).put("top", 24).put("bottom", 48));
        int lowest = lowestSatisfactionShown(moments);
        options.set("xAxis", axis(labels.get("mining.chart.x"), lowest, HIGHEST_SATISFACTION)
                .put("nameLocation", "middle").put("nameGap", 28));
        options.set("yAxis", axis(labels.get("mining.chart.y." + settings.impactMethod().name(),
                labels.get("mining.kpi." + settings.impactOn().name())), -1, 1).put("nameLocation", "middle").put("nameGap", 40));
        EChartOptions.Series bubbles = EChartOptions.series("scatter", labels.get("mining.tab.matrix"));
        ArrayNode data = JSON.arrayNode();
        for (MomentResult moment : moments) {
            if (moment.quadrant() == null) {
                continue;
            }
            ObjectNode item = data.addObject();
            if (moment.momentId() != null) { // null once the moment was deleted from the map
                item.put("id", moment.momentId().toString());
            }
            item.put("name", moment.title());
            item.putArray("value").add(round(moment.meanSatisfaction())).add(round(moment.impact()));
            item.put("symbolSize", bubbleSize(moment.frequency()));
            // near the right edge the label goes to the bubble's left, so it does not run off the chart
            if (labelGoesLeft(moment.meanSatisfaction(), lowest)) {
                item.putObject("label").put("position", "left");
            }
            item.putObject("itemStyle").put("color", colour(moment.quadrant()))
                    .put("opacity", moment.reliable() ? 0.85 : 0.45);
            item.putObject("tooltip").put("formatter", escapeTemplate(tooltip(moment, labels)));
        }
        bubbles.set("data", data);
        bubbles.set("label", JSON.objectNode().put("show", true).put("position", "right").put("formatter", "{b}")
                .put("fontSize", LABEL_FONT_SIZE).put("lineHeight", LABEL_LINE_HEIGHT).put("width", LABEL_WIDTH)
                .put("overflow", "break").put("color", "#334155"));
        // Close bubbles must keep both names readable: overlapping
        // labels move apart vertically, never disappear, and a line leads each moved label back to its bubble.
        // ECharts sorts all labels of the series from top to bottom and moves each below the one above where they overlap,
        // so no two labels share a line; the chart is made high enough (see height) for that column to fit.
        bubbles.set("labelLayout", JSON.objectNode().put("moveOverlap", "shiftY").put("hideOverlap", false));
        bubbles.set("labelLine", JSON.objectNode().put("show", true).put("length2", 4)
                .set("lineStyle", JSON.objectNode().put("color", "#94a3b8")));
        ObjectNode quadrantLines = JSON.objectNode().put("silent", true).put("symbol", "none");
        quadrantLines.putObject("lineStyle").put("type", "dashed").put("color", "#64748b");
        quadrantLines.putObject("label").put("show", false);
        ArrayNode lines = quadrantLines.putArray("data");
        lines.addObject().put("xAxis", settings.satisfactionThreshold());
        lines.addObject().put("yAxis", settings.impactThreshold());
        bubbles.set("markLine", quadrantLines);
        options.series(bubbles);
        return options;
    }

    /**
     * Whether a bubble's label goes to its left: in the right quarter of the axis (from {@code lowest} to 10), where
     * a label {@link #LABEL_WIDTH} wide may not fit to the right. Not further in: there the label would lie over
     * the bubbles of the neighbouring quadrant.
     */
    static boolean labelGoesLeft(double satisfaction, int lowest) {
        return satisfaction > lowest + 0.75 * (HIGHEST_SATISFACTION - lowest);
    }

    /**
     * Pixels high enough for every label in one column (how ECharts moves overlapping labels apart), at least
     * {@link #MIN_HEIGHT}: otherwise ECharts would squeeze the column and labels would overlap again.
     */
    static int height(List<MomentResult> moments) {
        int lines = moments.stream().filter(m -> m.quadrant() != null).mapToInt(m -> labelLines(m.title())).sum();
        return Math.max(MIN_HEIGHT, lines * LABEL_LINE_HEIGHT + 2 * LABEL_MARGIN);
    }

    /** How many lines a title takes at most in a label {@link #LABEL_WIDTH} wide. */
    static int labelLines(String title) {
        int length = title == null ? 0 : title.length();
        return Math.max(1, (int) Math.ceil(length * LABEL_CHARACTER_WIDTH / LABEL_WIDTH));
    }

    /** One below the lowest mean (at most 6), so the bubbles spread over the width instead of crowding at 7. */
    static int lowestSatisfactionShown(List<MomentResult> moments) {
        double lowest = moments.stream().mapToDouble(MomentResult::meanSatisfaction).filter(d -> !Double.isNaN(d))
                .min().orElse(1);
        return (int) Math.max(1, Math.min(6, Math.floor(lowest) - 1));
    }

    private static ObjectNode axis(String name, int min, int max) {
        ObjectNode axis = JSON.objectNode().put("type", "value").put("name", name).put("min", min).put("max", max);
        axis.putObject("splitLine").put("show", false);
        return axis;
    }

    private static String tooltip(MomentResult moment, Labels labels) {
        NumberFormat decimal = NumberFormat.getNumberInstance(labels.locale());
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getPercentInstance(labels.locale());
        String advice = labels.get("quadrant." + moment.quadrant().name() + ".name");
        return labels.get("mining.chart.tooltip", moment.title(), decimal.format(moment.meanSatisfaction()),
                labels.get("mining.method." + moment.method().name()), decimal.format(moment.impact()),
                moment.impactN(), percent.format(moment.frequency()), advice);
    }

    /**
     * ECharts fills {@code {a}}, {@code {b}}… in a formatter string; braces in a moment's title must stay text.
     * Full-width braces look the same to a reader and are never a template.
     */
    static String escapeTemplate(String text) {
        return text.replace('{', '｛').replace('}', '｝');
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
