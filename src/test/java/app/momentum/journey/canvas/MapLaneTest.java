package app.momentum.journey.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MapLaneTest {

    @Test
    void everyLaneIsFoundByItsId() {
        for (MapLane lane : MapLane.values()) {
            assertThat(MapLane.of(lane.id())).contains(lane);
        }
        assertThat(MapLane.of("Card")).isEmpty();
        assertThat(MapLane.of("")).isEmpty();
    }

    @Test
    void idsAreUniqueAndLabelsAreCanvasMessages() {
        assertThat(Arrays.stream(MapLane.values()).map(MapLane::id)).doesNotHaveDuplicates();
        assertThat(MapLane.OTHER_PARTY.labelKey()).isEqualTo("canvas.lane.otherParty");
    }

    @Test
    void designersEditTheCustomersLanesAndTheEmotionOnTheCanvasButNotFactsFromElsewhere() {
        assertThat(Arrays.stream(MapLane.values()).filter(MapLane::editableOnCanvas))
                .containsExactly(MapLane.CARD, MapLane.DOES, MapLane.THINKS, MapLane.FEELS, MapLane.CHANNEL,
                        MapLane.OTHER_PARTY, MapLane.EMOTION);
    }
}
