package app.momentum.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.StatementScores;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The compass's option: sectors and level rings, a point per quadrant at its share, the six S's where they sit. */
class CompassChartTest {

    private static final CompassChart.Labels LABELS = new CompassChart.Labels("Quadrants", "Organisation S's",
            q -> q.name(), p -> p.name(), l -> l.name(), (name, total, max) -> name + ": " + total + " of " + max);

    @Test
    void fourSectorsFiveRingsAndAPointPerQuadrantAtItsShare() {
        Map<Integer, Answer> answers = new HashMap<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            answers.put(statement, Part.of(statement) == Part.SYSTEMS ? Answer.E_FULLY : Answer.C_PARTLY);
        }
        JsonNode option = CompassChart.options(MaturityScore.of(StatementScores.ofAnswers(answers)), LABELS).build();

        assertThat(option.get("angleAxis").get(0).get("data")).extracting(JsonNode::asString)
                .containsExactly("DEFINE", "DESIGN", "EQUIP", "SUSTAIN");
        assertThat(option.get("radiusAxis").get(0).get("data")).extracting(JsonNode::asString)
                .containsExactly("BEGINNER", "INTERMEDIATE", "ADVANCED", "HIGHLY_ADVANCED", "EXPERT");
        assertThat(option.get("radiusAxis").get(1).get("max").asInt()).isEqualTo(100);

        JsonNode quadrants = option.get("series").get(0);
        assertThat(quadrants.get("name").asString()).isEqualTo("Quadrants");
        assertThat(quadrants.get("data")).hasSize(4);
        // Define: 26 of 52 is 50 % at 45°, in the middle of its sector
        assertThat(quadrants.get("data").get(0).get("value").get(0).asDouble()).isEqualTo(50.0);
        assertThat(quadrants.get("data").get(0).get("value").get(1).asInt()).isEqualTo(45);
        assertThat(quadrants.get("data").get(0).get("name").asString()).isEqualTo("DEFINE: 26.0 of 52");
        // Sustain: 6 + 10 + 20 + 10 = 46 of 72
        assertThat(quadrants.get("data").get(3).get("value").get(0).asDouble()).isEqualTo(63.9);
        assertThat(quadrants.get("data").get(3).get("value").get(1).asInt()).isEqualTo(315);

        JsonNode organisation = option.get("series").get(1);
        assertThat(organisation.get("data")).hasSize(6);
        // Systems fully true: the outer edge, inside Sustain's sector
        JsonNode systems = organisation.get("data").get(5);
        assertThat(systems.get("name").asString()).isEqualTo("SYSTEMS: 20.0 of 20");
        assertThat(systems.get("value").get(0).asDouble()).isEqualTo(100.0);
        assertThat(systems.get("value").get(1).asInt()).isEqualTo(330);
        assertThat(option.get("legend")).isNotNull();
    }
}
