package app.momentum.journey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One editor's change of some fields of a moment, as a merging save needs it: the values they started from (base)
 * and the values they want (mine). Maps may hold nulls (an emptied text).
 */
public record MomentEdit(Map<MomentField, Object> base, Map<MomentField, Object> mine) {

    public MomentEdit {
        base = Collections.unmodifiableMap(copy(base));
        mine = Collections.unmodifiableMap(copy(mine));
    }

    /**
     * The edit that carries out the editor's decisions on the conflicts they were shown: for each decided field,
     * the value they saw stored (theirs) becomes the value they started from, and their choice the value they want.
     * Saved (merged again against what is stored then), a choice applies when nobody changed the field since the
     * editor saw it; when somebody did, it is a conflict again with the newest value, not overwritten unseen.
     * Choosing theirs changes nothing. A field left undecided stays as it was (and conflicts again).
     *
     * @throws IllegalArgumentException for a choice on a field that was not in conflict: its other value was never seen
     */
    public MomentEdit decided(MomentSave.Conflicted seen, Map<MomentField, ?> choices) {
        Map<MomentField, Object> started = copy(base);
        Map<MomentField, Object> wanted = copy(mine);
        Set<MomentField> open = new HashSet<>(choices.keySet());
        for (FieldConflict conflict : seen.conflicts()) {
            if (open.remove(conflict.field())) {
                started.put(conflict.field(), conflict.theirs());
                wanted.put(conflict.field(), choices.get(conflict.field()));
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("no conflict on " + open + " to decide");
        }
        return new MomentEdit(started, wanted);
    }

    private static Map<MomentField, Object> copy(Map<MomentField, ?> values) {
        Map<MomentField, Object> copy = new EnumMap<>(MomentField.class);
        copy.putAll(values);
        return copy;
    }
}
