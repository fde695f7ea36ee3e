package app.momentum.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.maturity.MaturityScans.RoundStatus;
import app.momentum.maturity.MaturityScans.RoundSummary;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.Quadrant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HistoryChartTest {

    @Test
    void eachQuadrantIsABarAtItsShareOfTheMaximumOnANamedPercentAxisWithTheLegendAboveTheRounds() {
        HistoryEntry round = new HistoryEntry(
                new RoundSummary(UUID.randomUUID(), "Scan 2026", LocalDate.of(2026, 11, 20), RoundStatus.CLOSED, 5, 5,
                        Instant.parse("2026-10-30T08:00:00Z")),
                Map.of(Quadrant.DEFINE, 26.0, Quadrant.DESIGN, 36.0, Quadrant.EQUIP, 13.0, Quadrant.SUSTAIN, 72.0),
                Map.of(Quadrant.DEFINE, Level.ADVANCED, Quadrant.DESIGN, Level.ADVANCED, Quadrant.EQUIP,
                        Level.INTERMEDIATE, Quadrant.SUSTAIN, Level.EXPERT), Map.of());

        JsonNode option = HistoryChart.options(List.of(round), Quadrant::name, "% of maximum").build();

        assertThat(option.get("legend").get("top").asInt()).isZero();
        assertThat(option.get("yAxis").get("name").asString()).isEqualTo("% of maximum");
        assertThat(option.get("yAxis").get("max").asInt()).isEqualTo(100);
        assertThat(option.get("yAxis").get("axisLabel").get("formatter").asString()).isEqualTo("{value} %");
        assertThat(option.get("series")).hasSize(4);
        assertThat(option.get("series").get(0).get("name").asString()).isEqualTo("DEFINE");
        assertThat(option.get("series").get(0).get("data").get(0).asDouble()).isEqualTo(50.0);
        assertThat(option.get("series").get(2).get("data").get(0).asDouble()).isEqualTo(25.0);
        assertThat(option.get("series").get(3).get("data").get(0).asDouble()).isEqualTo(100.0);
    }
}
