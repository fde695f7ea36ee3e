package app.momentum.journey;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Where a moved moment lands in its target phase: before a given moment, or at the end. Plain Java, so the rule
 * of a drop on the map is tested without Spring; {@link JourneyMapService#moveMoment(UUID, UUID, UUID)} applies it.
 */
final class MomentOrdering {

    private MomentOrdering() {
    }

    /**
     * The index at which the moved moment is inserted into the target phase's moments once it has left its old
     * place (what {@link JourneyMapService#moveMoment(UUID, UUID, int)} takes).
     *
     * @param targetOrder the ids of the target phase's moments in order; holds the moved moment when it stays in
     *                    its phase
     * @param moved       the moment that moves
     * @param before      the moment it lands before; null, or a moment not in the target phase, means at the end
     * @return empty when the moment is dropped on itself: it stays where it is
     */
    static OptionalInt insertIndex(List<UUID> targetOrder, UUID moved, UUID before) {
        Objects.requireNonNull(moved, "moved");
        if (moved.equals(before)) {
            return OptionalInt.empty();
        }
        // counted without the moved moment: moving forward within a phase must not land one place too far
        List<UUID> others = targetOrder.stream().filter(id -> !id.equals(moved)).toList();
        int index = before == null ? -1 : others.indexOf(before);
        return OptionalInt.of(index < 0 ? others.size() : index);
    }
}
