package app.momentum.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a dropped moment lands: plain Java, no Spring. */
class MomentOrderingTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID d = UUID.randomUUID();
    private final List<UUID> phase = List.of(a, b, c, d);

    @Test
    void movingForwardInItsPhaseLandsJustBeforeTheTarget() {
        assertThat(MomentOrdering.insertIndex(phase, a, c)).hasValue(1);
        assertThat(apply(phase, a, c)).containsExactly(b, a, c, d);
        assertThat(apply(phase, b, d)).containsExactly(a, c, b, d);
    }

    @Test
    void movingBackwardInItsPhaseLandsJustBeforeTheTarget() {
        assertThat(MomentOrdering.insertIndex(phase, d, b)).hasValue(1);
        assertThat(apply(phase, d, b)).containsExactly(a, d, b, c);
        assertThat(apply(phase, c, a)).containsExactly(c, a, b, d);
    }

    @Test
    void droppedBeforeItsNextNeighbourNothingChanges() {
        assertThat(apply(phase, b, c)).containsExactly(a, b, c, d);
    }

    @Test
    void movingIntoAnotherPhaseLandsBeforeTheTarget() {
        UUID other = UUID.randomUUID();
        assertThat(MomentOrdering.insertIndex(phase, other, a)).hasValue(0);
        assertThat(MomentOrdering.insertIndex(phase, other, c)).hasValue(2);
        assertThat(apply(phase, other, d)).containsExactly(a, b, c, other, d);
    }

    @Test
    void withoutATargetMomentItGoesToTheEnd() {
        assertThat(MomentOrdering.insertIndex(phase, UUID.randomUUID(), null)).hasValue(4);
        assertThat(MomentOrdering.insertIndex(phase, b, null)).hasValue(3);
        assertThat(apply(phase, b, null)).containsExactly(a, c, d, b);
    }

    @Test
    void aTargetMomentThatIsNotInThePhaseMeansTheEnd() {
        assertThat(MomentOrdering.insertIndex(phase, UUID.randomUUID(), UUID.randomUUID())).hasValue(4);
        assertThat(MomentOrdering.insertIndex(phase, a, UUID.randomUUID())).hasValue(3);
    }

    @Test
    void intoAnEmptyPhaseItIsTheFirst() {
        assertThat(MomentOrdering.insertIndex(List.of(), a, null)).hasValue(0);
        assertThat(MomentOrdering.insertIndex(List.of(), a, b)).hasValue(0);
    }

    @Test
    void droppedOnItselfItStaysWhereItIs() {
        assertThat(MomentOrdering.insertIndex(phase, b, b)).isEmpty();
        assertThat(MomentOrdering.insertIndex(List.of(), b, b)).isEmpty();
    }

    @Test
    void aMovedMomentIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> MomentOrdering.insertIndex(phase, null, a));
    }

    /** What the service does with the index within one phase: take the moment out, insert it there. */
    private static List<UUID> apply(List<UUID> order, UUID moved, UUID before) {
        OptionalInt index = MomentOrdering.insertIndex(order, moved, before);
        List<UUID> result = new ArrayList<>(order);
        if (index.isPresent()) {
            result.remove(moved);
            result.add(index.getAsInt(), moved);
        }
        return result;
    }
}
