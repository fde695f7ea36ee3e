package app.momentum.journey.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.merge.FieldMerge.Conflict;
import app.momentum.journey.merge.FieldMerge.Result;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two people edit one moment: different fields both stay, the same field is theirs to decide, nothing is lost. */
class FieldMergeTest {

    private static final Map<String, Object> BASE = Map.of("title", "Welcome", "thinks", "Will it work?", "emotion", 1);

    @Test
    void editsOfDifferentFieldsBothStay() {
        Map<String, Object> mine = with(BASE, "title", "Warm welcome");
        Map<String, Object> theirs = with(BASE, "thinks", "Finally!");

        Result<String> result = FieldMerge.merge(BASE, mine, theirs);

        assertThat(result.clean()).isTrue();
        assertThat(result.merged()).containsEntry("title", "Warm welcome").containsEntry("thinks", "Finally!")
                .containsEntry("emotion", 1);
        assertThat(result.applied()).containsExactly("title");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictShowingBothValuesAndNothingOfMineIsAppliedThere() {
        Map<String, Object> mine = with(with(BASE, "title", "Warm welcome"), "emotion", 3);
        Map<String, Object> theirs = with(BASE, "title", "Kind welcome");

        Result<String> result = FieldMerge.merge(BASE, mine, theirs);

        assertThat(result.clean()).isFalse();
        assertThat(result.conflicts()).containsExactly(new Conflict<>("title", "Welcome", "Warm welcome", "Kind welcome"));
        assertThat(result.merged()).containsEntry("title", "Kind welcome").containsEntry("emotion", 3);
        assertThat(result.applied()).containsExactly("emotion");
    }

    @Test
    void bothChangingAFieldToTheSameValueIsNoConflictAndNothingToApply() {
        Map<String, Object> both = with(BASE, "title", "Warm welcome");

        Result<String> result = FieldMerge.merge(BASE, both, both);

        assertThat(result.clean()).isTrue();
        assertThat(result.merged()).containsEntry("title", "Warm welcome");
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void fieldsOnlyTheyChangedStayTheirsAndAnUnchangedSaveAppliesNothing() {
        Map<String, Object> theirs = with(with(BASE, "title", "Kind welcome"), "emotion", -2);

        Result<String> result = FieldMerge.merge(BASE, BASE, theirs);

        assertThat(result.clean()).isTrue();
        assertThat(result.merged()).isEqualTo(theirs);
        assertThat(result.applied()).isEmpty();
    }

    @Test
    void clearingAFieldIsAChangeAndAMissingFieldCountsAsEmpty() {
        Map<String, Object> mine = with(BASE, "thinks", null);
        Map<String, Object> theirs = new HashMap<>(BASE);
        theirs.put("feels", "Relieved"); // a field the editor did not have: theirs stays

        Result<String> result = FieldMerge.merge(BASE, mine, theirs);

        assertThat(result.clean()).isTrue();
        assertThat(result.merged()).containsEntry("thinks", null).containsEntry("feels", "Relieved");
        assertThat(result.applied()).containsExactly("thinks");
    }

    @Test
    void clearedByOneAndChangedByTheOtherIsAConflict() {
        Result<String> result = FieldMerge.merge(BASE, with(BASE, "thinks", null), with(BASE, "thinks", "Finally!"));

        assertThat(result.conflicts()).containsExactly(new Conflict<>("thinks", "Will it work?", null, "Finally!"));
    }

    @Test
    void theSecondSaverDecidesEachConflictWithTheirOwnTheOthersOrANewValue() {
        Map<String, Object> mine = with(with(BASE, "title", "Warm welcome"), "thinks", "Good start");
        Map<String, Object> theirs = with(with(BASE, "title", "Kind welcome"), "thinks", "Finally!");
        Result<String> merge = FieldMerge.merge(BASE, mine, theirs);
        assertThat(merge.conflicts()).hasSize(2);

        Result<String> onlyTitle = FieldMerge.resolve(merge, Map.of("title", "Warm and kind welcome"));
        assertThat(onlyTitle.clean()).isFalse();
        assertThat(onlyTitle.conflicts()).extracting(Conflict::field).containsExactly("thinks");
        assertThat(onlyTitle.merged()).containsEntry("title", "Warm and kind welcome");
        assertThat(onlyTitle.applied()).containsExactly("title");

        Map<String, Object> keepTheirs = new HashMap<>();
        keepTheirs.put("title", "Kind welcome");
        keepTheirs.put("thinks", "Finally!");
        Result<String> theirsKept = FieldMerge.resolve(merge, keepTheirs);
        assertThat(theirsKept.clean()).isTrue();
        assertThat(theirsKept.merged()).isEqualTo(theirs);
        assertThat(theirsKept.applied()).as("keeping theirs changes nothing").isEmpty();
    }

    @Test
    void aChoiceForAFieldThatWasNotInConflictIsRefused() {
        Result<String> merge = FieldMerge.merge(BASE, with(BASE, "title", "Warm welcome"), BASE);

        assertThatThrownBy(() -> FieldMerge.resolve(merge, Map.of("thinks", "Sneaky")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thinks");
    }

    private static Map<String, Object> with(Map<String, Object> values, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(values);
        changed.put(field, value);
        return changed;
    }
}
