package app.momentum.maturity.ui;

import app.momentum.base.ui.chart.EChart;
import app.momentum.base.ui.chart.EChartOptions;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The maturity compass: the four quadrants as sectors clockwise from the top (Define, Design, Equip, Sustain), the
 * five levels as rings from the core outwards, a point per quadrant at its total's share of the maximum, and the six
 * organisation S's as a second series at their share of their own maximum, placed where they sit in the compass:
 * Shared values between Sustain and Define, Style between Define and Design, Structure in Design, Staff between
 * Design and Equip, Skills between Equip and Sustain, Systems in Sustain (Structure and Systems a little past their
 * sector's middle, so they never hide the quadrant's own point).
 *
 * <p>Two polar systems on one spot: the first draws the sectors (a category angle axis) and the rings (a category
 * radius axis of the levels); the second, invisible, places the points by angle in degrees and share in percent, so
 * a point's ring is exactly its level (five equal fifths). The options are plain data ({@link #options}), tested
 * without a UI.
 */
class CompassChart extends EChart {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final String QUADRANT_COLOUR = "#1676f3";
    static final String S_COLOUR = "#e8a10c";

    /** Where each S sits, in degrees clockwise from the top (Define is 0–90°, Design 90–180°, ...). */
    static final Map<Part, Integer> S_ANGLES = Map.of(Part.SHARED_VALUES, 0, Part.STYLE, 90, Part.STRUCTURE, 150,
            Part.STAFF, 180, Part.SKILLS, 270, Part.SYSTEMS, 330);

    CompassChart(MaturityScore score) {
        addClassName("maturity-compass");
        setId("maturity-compass");
        setWidthFull();
        setHeight("26rem");
        setAriaLabel(getTranslation("maturityScan.compass.aria"));
        setOption(options(score, new Labels(getTranslation("maturityScan.compass.quadrants"),
                getTranslation("maturityScan.compass.sValues"), q -> MaturityLabels.quadrant(this, q),
                p -> MaturityLabels.part(this, p), l -> MaturityLabels.level(this, l),
                (part, total, max) -> getTranslation("maturityScan.compass.point", part,
                        MaturityLabels.oneDecimal(total, getLocale()), max))));
    }

    /** How the compass's words read, so the options are built and tested without a UI. */
    record Labels(String quadrantSeries, String sSeries, Function<Quadrant, String> quadrant, Function<Part, String> part,
                  Function<Level, String> level, PointLabel point) {
    }

    /** A point's tooltip: "Define: 38.5 of 52 (Advanced)". */
    interface PointLabel {
        String of(String name, double total, int max);
    }

    static EChartOptions options(MaturityScore score, Labels labels) {
        ObjectNode polarSpot = JSON.objectNode().put("radius", "72%");
        polarSpot.set("center", JSON.arrayNode().add("50%").add("54%"));
        ArrayNode polar = JSON.arrayNode().add(polarSpot.deepCopy()).add(polarSpot.deepCopy());

        ArrayNode angleAxes = JSON.arrayNode();
        ObjectNode sectors = angleAxes.addObject().put("polarIndex", 0).put("type", "category").put("startAngle", 90)
                .put("clockwise", true);
        ArrayNode quadrantNames = sectors.putArray("data");
        for (Quadrant quadrant : Quadrant.values()) {
            quadrantNames.add(labels.quadrant().apply(quadrant));
        }
        sectors.putObject("splitLine").put("show", true);
        sectors.putObject("axisLabel").put("fontWeight", "bold");
        sectors.putObject("axisTick").put("show", false);
        angleAxes.addObject().put("polarIndex", 1).put("type", "value").put("min", 0).put("max", 360)
                .put("startAngle", 90).put("clockwise", true).put("show", false);

        ArrayNode radiusAxes = JSON.arrayNode();
        ObjectNode rings = radiusAxes.addObject().put("polarIndex", 0).put("type", "category").put("z", 1);
        ArrayNode levelNames = rings.putArray("data");
        for (Level level : Level.values()) {
            levelNames.add(labels.level().apply(level));
        }
        rings.putObject("splitLine").put("show", true);
        rings.putObject("splitArea").put("show", true);
        rings.putObject("axisLabel").put("fontSize", 10).put("color", "#5c6670");
        radiusAxes.addObject().put("polarIndex", 1).put("type", "value").put("min", 0).put("max", 100)
                .put("show", false);

        EChartOptions.Series quadrants = EChartOptions.series("scatter", labels.quadrantSeries());
        ArrayNode quadrantPoints = JSON.arrayNode();
        int sector = 0;
        for (Quadrant quadrant : Quadrant.values()) {
            double total = score.quadrantTotals().get(quadrant);
            String name = labels.quadrant().apply(quadrant);
            quadrantPoints.add(point(labels.point().of(name, total, quadrant.max()), share(total, quadrant.max()),
                    sector * 90 + 45));
            sector++;
        }
        quadrants.set("data", quadrantPoints).set("polarIndex", JSON.numberNode(1))
                .set("coordinateSystem", JSON.textNode("polar")).set("symbolSize", JSON.numberNode(16))
                .set("tooltip", JSON.objectNode().put("formatter", "{b}"));

        EChartOptions.Series organisation = EChartOptions.series("scatter", labels.sSeries());
        ArrayNode sPoints = JSON.arrayNode();
        for (Part part : List.of(Part.SHARED_VALUES, Part.STYLE, Part.STRUCTURE, Part.STAFF, Part.SKILLS, Part.SYSTEMS)) {
            double total = score.partTotals().get(part);
            sPoints.add(point(labels.point().of(labels.part().apply(part), total, part.max()), share(total, part.max()),
                    S_ANGLES.get(part)));
        }
        organisation.set("data", sPoints).set("polarIndex", JSON.numberNode(1))
                .set("coordinateSystem", JSON.textNode("polar")).set("symbol", JSON.textNode("diamond"))
                .set("symbolSize", JSON.numberNode(12)).set("tooltip", JSON.objectNode().put("formatter", "{b}"));

        return EChartOptions.create()
                .tooltip(EChartOptions.Trigger.ITEM)
                .legend()
                .colors(QUADRANT_COLOUR, S_COLOUR)
                .set("polar", polar)
                .set("angleAxis", angleAxes)
                .set("radiusAxis", radiusAxes)
                .set("aria", JSON.objectNode().put("enabled", true))
                .series(quadrants)
                .series(organisation);
    }

    /** A total's share of its maximum in percent, to one decimal: the radius of its point. */
    static double share(double total, int max) {
        return Math.round(total / max * 1000) / 10.0;
    }

    private static ObjectNode point(String name, double radius, int angle) {
        ObjectNode item = JSON.objectNode().put("name", name);
        item.putArray("value").add(radius).add(angle);
        return item;
    }
}
