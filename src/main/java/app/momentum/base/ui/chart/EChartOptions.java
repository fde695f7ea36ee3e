package app.momentum.base.ui.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds an ECharts option object (https://echarts.apache.org/en/option.html) as a Jackson tree, so every
 * text (a tenant's journey names, say) reaches the browser as an escaped JSON string and never as code.
 * Covers the common cases; anything else goes in with {@link #set(String, JsonNode)} and
 * {@link Series#set(String, JsonNode)}.
 *
 * <pre>{@code
 * chart.setOption(EChartOptions.create()
 *         .title("Moments per phase")
 *         .tooltip(EChartOptions.Trigger.AXIS)
 *         .categoryXAxis(List.of("Orient", "Buy", "Use"))
 *         .valueYAxis()
 *         .series(EChartOptions.bar("Moments")
 *                 .point(phase1.getId().toString(), "Orient", 3)
 *                 .point(phase2.getId().toString(), "Buy", 5)
 *                 .point(phase3.getId().toString(), "Use", 2)));
 * }</pre>
 */
public final class EChartOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** What a tooltip is shown for: one data item, or all items at one position on the category axis. */
    public enum Trigger {
        ITEM, AXIS, NONE;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final ObjectNode root = JSON.objectNode();
    private final List<Series> series = new ArrayList<>();

    private EChartOptions() {
    }

    public static EChartOptions create() {
        return new EChartOptions();
    }

    public EChartOptions title(String text) {
        root.putObject("title").put("text", Objects.requireNonNull(text, "text"));
        return this;
    }

    public EChartOptions title(String text, String subtext) {
        title(text);
        ((ObjectNode) root.get("title")).put("subtext", Objects.requireNonNull(subtext, "subtext"));
        return this;
    }

    public EChartOptions tooltip(Trigger trigger) {
        root.putObject("tooltip").put("trigger", trigger.json());
        return this;
    }

    /** Shows a legend of the series' names (or, for a pie, of its items' names). */
    public EChartOptions legend() {
        root.putObject("legend");
        return this;
    }

    /** The palette used for series (or pie slices) in turn, as CSS colours. */
    public EChartOptions colors(String... colors) {
        ArrayNode palette = root.putArray("color");
        for (String color : colors) {
            palette.add(Objects.requireNonNull(color, "color"));
        }
        return this;
    }

    /** A horizontal category axis with these categories, in order (bars and lines over them). */
    public EChartOptions categoryXAxis(List<String> categories) {
        root.set("xAxis", categoryAxis(categories));
        return this;
    }

    /** A vertical category axis (horizontal bars). */
    public EChartOptions categoryYAxis(List<String> categories) {
        root.set("yAxis", categoryAxis(categories));
        return this;
    }

    public EChartOptions valueXAxis() {
        root.putObject("xAxis").put("type", "value");
        return this;
    }

    public EChartOptions valueYAxis() {
        root.putObject("yAxis").put("type", "value");
        return this;
    }

    /** A vertical value axis from {@code min} to {@code max} (e.g. scores 1 to 10). */
    public EChartOptions valueYAxis(Number min, Number max) {
        ObjectNode axis = root.putObject("yAxis").put("type", "value");
        axis.set("min", number(Objects.requireNonNull(min, "min")));
        axis.set("max", number(Objects.requireNonNull(max, "max")));
        return this;
    }

    public EChartOptions series(Series series) {
        this.series.add(Objects.requireNonNull(series, "series"));
        return this;
    }

    /** Sets any other top-level option (e.g. {@code grid}, {@code aria}), replacing what was there. */
    public EChartOptions set(String key, JsonNode value) {
        root.set(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value").deepCopy());
        return this;
    }

    /** The option built so far, as a new JSON object. */
    public ObjectNode build() {
        ObjectNode option = root.deepCopy();
        if (!series.isEmpty()) {
            ArrayNode array = option.putArray("series");
            series.forEach(s -> array.add(s.node.deepCopy()));
        }
        return option;
    }

    @Override
    public String toString() {
        return build().toString();
    }

    public static Series bar(String name) {
        return new Series("bar", name);
    }

    public static Series line(String name) {
        return new Series("line", name);
    }

    public static Series pie(String name) {
        return new Series("pie", name);
    }

    /** A series of any ECharts type ({@code scatter}, {@code radar}, {@code gauge}, ...). */
    public static Series series(String type, String name) {
        return new Series(type, name);
    }

    /** One series: its type, name and data items, in order. */
    public static final class Series {

        private final ObjectNode node = JSON.objectNode();
        private final ArrayNode data;

        private Series(String type, String name) {
            node.put("type", Objects.requireNonNull(type, "type"));
            if (name != null) {
                node.put("name", name);
            }
            data = node.putArray("data");
        }

        /** Adds plain values (a {@code null} value is a gap: ECharts leaves it out). */
        public Series values(List<? extends Number> values) {
            values.forEach(value -> data.add(number(value)));
            return this;
        }

        public Series values(Number... values) {
            return values(Arrays.asList(values));
        }

        /**
         * Adds a data item with an id, which comes back in {@link PointClickEvent#getId()} when it is
         * clicked, and a name (its pie slice or legend label; on a category axis, its category).
         */
        public Series point(String id, String name, Number value) {
            ObjectNode item = data.addObject();
            if (id != null) {
                item.put("id", id);
            }
            if (name != null) {
                item.put("name", name);
            }
            item.set("value", number(value));
            return this;
        }

        /** Stacks this series on the others with the same stack name. */
        public Series stack(String stack) {
            node.put("stack", Objects.requireNonNull(stack, "stack"));
            return this;
        }

        /** Draws a line series as a smooth curve. */
        public Series smooth() {
            node.put("smooth", true);
            return this;
        }

        /** Sets any other series option (e.g. {@code label}, {@code radius}), replacing what was there. */
        public Series set(String key, JsonNode value) {
            node.set(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value").deepCopy());
            return this;
        }
    }

    private static ObjectNode categoryAxis(List<String> categories) {
        ObjectNode axis = JSON.objectNode().put("type", "category");
        ArrayNode data = axis.putArray("data");
        categories.forEach(category -> data.add(Objects.requireNonNull(category, "category")));
        return axis;
    }

    /** A JSON number; {@code null} stays JSON null (a gap). NaN and infinities have no JSON form. */
    static JsonNode number(Number value) {
        return switch (value) {
            case null -> JSON.nullNode();
            case Integer i -> JSON.numberNode(i.intValue());
            case Long l -> JSON.numberNode(l.longValue());
            case Short s -> JSON.numberNode(s.shortValue());
            case Byte b -> JSON.numberNode(b.byteValue());
            case BigInteger b -> JSON.numberNode(b);
            case BigDecimal b -> JSON.numberNode(b);
            default -> {
                double d = value.doubleValue();
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("Not a finite number: " + value);
                }
                yield JSON.numberNode(d);
            }
        };
    }
}
