package app.momentum.journey.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A live update sends only the columns that changed, and says which are gone. */
class ColumnChangesTest {

    private static Map<String, Integer> columns(Object... keysAndFingerprints) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndFingerprints.length; i += 2) {
            map.put((String) keysAndFingerprints[i], (Integer) keysAndFingerprints[i + 1]);
        }
        return map;
    }

    @Test
    void nothingChangedSendsNothing() {
        ColumnChanges<String> changes = ColumnChanges.between(columns("a", 1, "b", 2), columns("a", 1, "b", 2));
        assertThat(changes.none()).isTrue();
        assertThat(changes.changed()).isEmpty();
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void aChangedColumnIsSentAndTheOthersAreNot() {
        ColumnChanges<String> changes = ColumnChanges.between(columns("a", 1, "b", 2, "c", 3), columns("a", 1, "b", 7, "c", 3));
        assertThat(changes.changed()).containsExactly("b");
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.none()).isFalse();
    }

    @Test
    void newColumnsAreSentInTheNewOrderAndGoneOnesAreNamed() {
        ColumnChanges<String> changes = ColumnChanges.between(columns("a", 1, "b", 2), columns("c", 5, "a", 1, "d", 6));
        assertThat(changes.changed()).containsExactly("c", "d");
        assertThat(changes.removed()).containsExactly("b");
    }

    @Test
    void onlyARemovalIsAChangeToo() {
        ColumnChanges<String> changes = ColumnChanges.between(columns("a", 1, "b", 2), columns("a", 1));
        assertThat(changes.none()).isFalse();
        assertThat(changes.removed()).containsExactly("b");
    }

    @Test
    void onlyAnAdditionIsAChangeToo() {
        assertThat(ColumnChanges.between(columns(), columns("a", 1)).none()).isFalse();
    }

    @Test
    void aNullFingerprintCountsLikeAnyOther() {
        Map<String, Integer> sent = new LinkedHashMap<>();
        sent.put("a", null);
        assertThat(ColumnChanges.between(sent, columns("a", 1)).changed()).containsExactly("a");
        assertThat(ColumnChanges.between(columns("a", 1), sent).changed()).containsExactly("a");
    }
}
