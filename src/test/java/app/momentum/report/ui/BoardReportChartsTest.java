package app.momentum.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.report.BoardReportDocument.Quadrant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The page's chart options as plain data. */
class BoardReportChartsTest {

    @Test
    void aSparklineDrawsTheValuesWithGapsAndMarksTheLatest() {
        ObjectNode option = BoardReportCharts.sparkline(Arrays.asList(1.0, null, 3.0, null));
        JsonNode data = option.get("series").get(0).get("data");
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.get(0).asDouble()).isEqualTo(1.0);
        assertThat(data.get(1).isNull()).isTrue();
        assertThat(data.get(2).get("value").asDouble()).isEqualTo(3.0);
        assertThat(option.get("xAxis").get("show").asBoolean()).isFalse();
        assertThat(option.get("animation").asBoolean()).isFalse();
    }

    @Test
    void theCompassShowsEachQuadrantAsAShareOfItsMaximumInFiveRings() {
        ObjectNode option = BoardReportCharts.compass(List.of(
                new Quadrant("Define", 26, 52, 2, "Advanced", 20.8, "+5.2"),
                new Quadrant("Design", 72, 72, 4, "Expert", null, ""),
                new Quadrant("Equip", 0, 52, 0, "Beginner", null, ""),
                new Quadrant("Sustain", 80, 72, 4, "Expert", null, "")), "Autumn", "Previous");
        assertThat(option.get("angleAxis").get("data").toString()).isEqualTo("[\"Define\",\"Design\",\"Equip\",\"Sustain\"]");
        assertThat(option.get("radiusAxis").get("interval").asInt()).isEqualTo(20); // five rings of 0–100 %
        JsonNode sectors = option.get("series").get(0).get("data");
        assertThat(sectors.get(0).get("value").asDouble()).isEqualTo(50.0);
        assertThat(sectors.get(1).get("value").asDouble()).isEqualTo(100.0);
        assertThat(sectors.get(3).get("value").asDouble()).as("capped at the maximum").isEqualTo(100.0);
        JsonNode previous = option.get("series").get(2).get("data");
        assertThat(previous.size()).isEqualTo(1);
        assertThat(previous.get(0).get("value").get(0).asDouble()).isEqualTo(40.0);
    }
}
