package app.momentum.journey.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One user's lanes: their order and which are hidden. Always complete: every lane appears once in the order (a lane
 * added to the product later shows up at its default place's end), and at least one lane is shown, so the canvas never
 * turns into an empty strip.
 */
public record LaneLayout(List<MapLane> order, Set<MapLane> hidden) {

    public static final LaneLayout DEFAULT = new LaneLayout(List.of(MapLane.values()), Set.of());

    public LaneLayout {
        order = List.copyOf(order);
        hidden = hidden.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hidden));
    }

    /**
     * The layout from ids as the browser or the database gives them: unknown ids and repeats are dropped, lanes
     * missing from the order are appended in their default order; if every lane would be hidden, the first in the
     * order is shown.
     */
    public static LaneLayout of(Collection<String> orderIds, Collection<String> hiddenIds) {
        Set<MapLane> order = new LinkedHashSet<>();
        orderIds.forEach(id -> MapLane.of(id).ifPresent(order::add));
        order.addAll(Arrays.asList(MapLane.values()));
        Set<MapLane> hidden = EnumSet.noneOf(MapLane.class);
        hiddenIds.forEach(id -> MapLane.of(id).ifPresent(hidden::add));
        List<MapLane> ordered = new ArrayList<>(order);
        if (hidden.size() == ordered.size()) {
            hidden.remove(ordered.getFirst());
        }
        return new LaneLayout(ordered, hidden);
    }

    /** The shown lanes, in order. */
    public List<MapLane> visible() {
        return order.stream().filter(lane -> !hidden.contains(lane)).toList();
    }

    public List<String> orderIds() {
        return order.stream().map(MapLane::id).toList();
    }

    /** The hidden lanes' ids, in the layout's order. */
    public List<String> hiddenIds() {
        return order.stream().filter(hidden::contains).map(MapLane::id).toList();
    }
}
