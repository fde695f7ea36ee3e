package app.momentum.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.merge.FieldMerge;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One save of some fields merged with the stored moment, and the decisions on its conflicts, without Spring. */
class MomentMergeTest {

    static final String DOES = "The customer calls the bank. The agent checks the file. A letter follows.";

    static Map<MomentField, Object> stored() {
        return MomentField.values(MomentFieldTest.full());
    }

    static Map<MomentField, Object> fields(Object... pairs) {
        Map<MomentField, Object> map = new EnumMap<>(MomentField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((MomentField) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void onlyTheFieldsTheEditorSendsAreMerged() {
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.TITLE, "Renamed by someone");
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(fields(MomentField.CUSTOMER_DOES, "Signs"),
                fields(MomentField.CUSTOMER_DOES, "Signs twice"), stored);
        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged()).containsOnlyKeys(MomentField.CUSTOMER_DOES).containsEntry(MomentField.CUSTOMER_DOES, "Signs twice");
        assertThat(merge.applied()).containsExactly(MomentField.CUSTOMER_DOES);
    }

    @Test
    void valuesAreComparedInTheStoredFormSoAnEmptyFormFieldIsNoChange() {
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.OTHER_PARTY, null);
        stored.put(MomentField.CHANNEL, null);
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(fields(MomentField.OTHER_PARTY, null, MomentField.CHANNEL, null),
                fields(MomentField.OTHER_PARTY, "  ", MomentField.CHANNEL, ""), stored);
        assertThat(merge.clean()).isTrue();
        assertThat(merge.applied()).isEmpty();
    }

    @Test
    void aFieldWithoutABaseCountsAsStartedFromEmpty() {
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.OTHER_PARTY, null);
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(Map.of(), fields(MomentField.OTHER_PARTY, "Notary"), stored);
        assertThat(merge.applied()).containsExactly(MomentField.OTHER_PARTY);
        stored.put(MomentField.OTHER_PARTY, "Bank");
        assertThat(MomentMerge.merge(Map.of(), fields(MomentField.OTHER_PARTY, "Notary"), stored).clean()).isFalse();
    }

    @Test
    void aSameFieldConflictIsReportedWithAllThreeValues() {
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.TITLE, "Theirs");
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(fields(MomentField.TITLE, "Base"),
                fields(MomentField.TITLE, "Mine"), stored);
        assertThat(MomentMerge.conflicts(merge)).containsExactly(new FieldConflict(MomentField.TITLE, "Base", "Mine", "Theirs"));
    }

    @Test
    void longTextsWhoseChangesLieApartMergeButShortTextsDoNot() {
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.CUSTOMER_DOES, DOES.replace("A letter", "An email"));
        FieldMerge.Result<MomentField> merge = MomentMerge.merge(fields(MomentField.CUSTOMER_DOES, DOES),
                fields(MomentField.CUSTOMER_DOES, DOES.replace("calls", "phones")), stored);
        assertThat(merge.clean()).isTrue();
        assertThat(merge.merged()).containsEntry(MomentField.CUSTOMER_DOES,
                "The customer phones the bank. The agent checks the file. An email follows.");
        assertThat(merge.applied()).containsExactly(MomentField.CUSTOMER_DOES);

        stored.put(MomentField.CUSTOMER_DOES, DOES.replace("calls", "visits"));
        assertThat(MomentMerge.conflicts(MomentMerge.merge(fields(MomentField.CUSTOMER_DOES, DOES),
                fields(MomentField.CUSTOMER_DOES, DOES.replace("calls", "phones")), stored))).hasSize(1);

        stored.put(MomentField.TITLE, "Receive the keys today");
        assertThat(MomentMerge.merge(fields(MomentField.TITLE, "Receive the keys"),
                fields(MomentField.TITLE, "Finally receive the keys"), stored).clean()).isFalse();
    }

    @Test
    void aDecisionMakesWhatTheEditorSawTheBaseAndTheirChoiceMine() {
        MomentEdit edit = new MomentEdit(fields(MomentField.TITLE, "Base", MomentField.CUSTOMER_DOES, "a"),
                fields(MomentField.TITLE, "Mine", MomentField.CUSTOMER_DOES, "b"));
        MomentSave.Conflicted seen = new MomentSave.Conflicted(
                List.of(new FieldConflict(MomentField.TITLE, "Base", "Mine", "Theirs")), 4);
        MomentEdit decided = edit.decided(seen, fields(MomentField.TITLE, "Edited"));
        assertThat(decided.base()).containsEntry(MomentField.TITLE, "Theirs").containsEntry(MomentField.CUSTOMER_DOES, "a");
        assertThat(decided.mine()).containsEntry(MomentField.TITLE, "Edited").containsEntry(MomentField.CUSTOMER_DOES, "b");
        assertThat(edit.base()).containsEntry(MomentField.TITLE, "Base"); // the edit itself is unchanged

        // stored still as seen: the choice applies; someone changed it again: a conflict with the newest value
        Map<MomentField, Object> stored = stored();
        stored.put(MomentField.TITLE, "Theirs");
        stored.put(MomentField.CUSTOMER_DOES, "a");
        assertThat(MomentMerge.merge(decided.base(), decided.mine(), stored).merged()).containsEntry(MomentField.TITLE, "Edited");
        stored.put(MomentField.TITLE, "Theirs again");
        assertThat(MomentMerge.conflicts(MomentMerge.merge(decided.base(), decided.mine(), stored)))
                .containsExactly(new FieldConflict(MomentField.TITLE, "Theirs", "Edited", "Theirs again"));
        // choosing theirs changes nothing, even what was saved since
        MomentEdit theirs = edit.decided(seen, fields(MomentField.TITLE, "Theirs"));
        FieldMerge.Result<MomentField> kept = MomentMerge.merge(theirs.base(), theirs.mine(), stored);
        assertThat(kept.clean()).isTrue();
        assertThat(kept.merged()).containsEntry(MomentField.TITLE, "Theirs again");
    }

    @Test
    void aChoiceOnAFieldThatWasNotInConflictIsRefused() {
        MomentEdit edit = new MomentEdit(fields(MomentField.TITLE, "Base"), fields(MomentField.TITLE, "Mine"));
        MomentSave.Conflicted seen = new MomentSave.Conflicted(
                List.of(new FieldConflict(MomentField.TITLE, "Base", "Mine", "Theirs")), 4);
        assertThatThrownBy(() -> edit.decided(seen, fields(MomentField.OTHER_PARTY, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER_PARTY");
        MomentEdit undecided = edit.decided(seen, Map.of());
        assertThat(undecided).isEqualTo(edit);
    }

    @Test
    void anEditHoldsNullsAndCannotBeChangedAfterwards() {
        MomentEdit edit = new MomentEdit(fields(MomentField.OTHER_PARTY, null), fields(MomentField.OTHER_PARTY, "Notary"));
        assertThat(edit.base()).containsEntry(MomentField.OTHER_PARTY, null);
        assertThatThrownBy(() -> edit.mine().put(MomentField.TITLE, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new MomentSave.Saved(3, java.util.Set.of(MomentField.TITLE)).applied()).containsExactly(MomentField.TITLE);
    }
}
