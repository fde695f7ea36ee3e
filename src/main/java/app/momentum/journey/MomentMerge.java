package app.momentum.journey;

import app.momentum.journey.merge.FieldMerge;
import app.momentum.journey.merge.TextMerge;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges one save of some fields of a moment with what is stored now: {@link FieldMerge} per field, with long texts
 * merged word by word when both changed different parts ({@link TextMerge}). Plain Java, no Spring.
 */
final class MomentMerge {

    private MomentMerge() {
    }

    /**
     * Merges the fields in {@code mine} (only those: the editor may send just the fields they touched; a field
     * without a base value counts as started from empty) against the stored values.
     */
    static FieldMerge.Result<MomentField> merge(Map<MomentField, ?> base, Map<MomentField, ?> mine,
                                                Map<MomentField, ?> stored) {
        Map<MomentField, Object> started = new EnumMap<>(MomentField.class);
        Map<MomentField, Object> saved = MomentField.normalized(mine);
        Map<MomentField, Object> theirs = new EnumMap<>(MomentField.class);
        for (MomentField field : saved.keySet()) {
            started.put(field, field.normalize(base.get(field)));
            theirs.put(field, field.normalize(stored.get(field)));
        }
        FieldMerge.Result<MomentField> merge = FieldMerge.merge(started, saved, theirs);
        Map<MomentField, Object> texts = new EnumMap<>(MomentField.class);
        for (FieldMerge.Conflict<MomentField> conflict : merge.conflicts()) {
            if (conflict.field().kind() == MomentField.Kind.LONG_TEXT) {
                Optional<String> text = TextMerge.merge((String) conflict.base(), (String) conflict.mine(),
                        (String) conflict.theirs());
                text.ifPresent(merged -> texts.put(conflict.field(), merged));
            }
        }
        return texts.isEmpty() ? merge : FieldMerge.resolve(merge, texts);
    }

    /** The conflicts of a merge as the published records. */
    static List<FieldConflict> conflicts(FieldMerge.Result<MomentField> merge) {
        return merge.conflicts().stream()
                .map(c -> new FieldConflict(c.field(), c.base(), c.mine(), c.theirs()))
                .toList();
    }
}
