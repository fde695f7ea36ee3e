package app.momentum.journey.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A user's lanes: always complete, never all hidden, whatever the browser or an old stored row says. */
class LaneLayoutTest {

    @Test
    void theDefaultShowsEveryLaneInTheDefaultOrder() {
        assertThat(LaneLayout.DEFAULT.visible()).containsExactly(MapLane.values());
        assertThat(LaneLayout.DEFAULT.orderIds()).startsWith("card", "does", "thinks", "feels").endsWith("comments");
        assertThat(LaneLayout.DEFAULT.hiddenIds()).isEmpty();
    }

    @Test
    void theChosenOrderComesFirstAndMissingLanesFollowInTheirDefaultOrder() {
        LaneLayout layout = LaneLayout.of(List.of("emotion", "card"), List.of());
        assertThat(layout.order()).startsWith(MapLane.EMOTION, MapLane.CARD, MapLane.DOES, MapLane.THINKS)
                .hasSize(MapLane.values().length).doesNotHaveDuplicates();
    }

    @Test
    void unknownAndRepeatedLanesAreDropped() {
        LaneLayout layout = LaneLayout.of(List.of("feels", "nonsense", "feels", "does"), List.of("nonsense", "actions"));
        assertThat(layout.orderIds()).startsWith("feels", "does", "card").doesNotContain("nonsense").doesNotHaveDuplicates();
        assertThat(layout.hidden()).containsExactly(MapLane.ACTIONS);
    }

    @Test
    void hiddenLanesAreNotVisibleAndListedInTheLayoutsOrder() {
        LaneLayout layout = LaneLayout.of(List.of("comments", "card"), List.of("card", "comments"));
        assertThat(layout.visible()).doesNotContain(MapLane.CARD, MapLane.COMMENTS).hasSize(MapLane.values().length - 2);
        assertThat(layout.hiddenIds()).containsExactly("comments", "card");
    }

    @Test
    void hidingEveryLaneKeepsTheFirstOneShown() {
        List<String> all = Arrays.stream(MapLane.values()).map(MapLane::id).toList();
        LaneLayout layout = LaneLayout.of(List.of("emotion"), all);
        assertThat(layout.visible()).containsExactly(MapLane.EMOTION);
        assertThat(layout.hidden()).hasSize(MapLane.values().length - 1);
    }

    @Test
    void hidingAllButOneLaneIsAllowed() {
        List<String> allButFeels = Arrays.stream(MapLane.values()).map(MapLane::id).filter(id -> !id.equals("feels")).toList();
        assertThat(LaneLayout.of(List.of(), allButFeels).visible()).containsExactly(MapLane.FEELS);
    }

    @Test
    void theLayoutCannotBeChangedFromOutside() {
        LaneLayout layout = new LaneLayout(new java.util.ArrayList<>(List.of(MapLane.values())),
                new java.util.HashSet<>(Set.of(MapLane.CARD)));
        assertThat(layout.order()).isUnmodifiable();
        assertThat(layout.hidden()).isUnmodifiable();
    }
}
