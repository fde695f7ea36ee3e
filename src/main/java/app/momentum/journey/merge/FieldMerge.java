package app.momentum.journey.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A three-way merge of one record's fields: what the editor started from (base), what the editor saves (mine) and
 * what is stored now (theirs). Stateless.
 *
 * <p>Why three-way and not a version per field: the base the editor started from says exactly which fields this
 * save changed, whatever happened in between, without a version column per field; a field's "version" is its value
 * as the editor saw it.
 */
public final class FieldMerge {

    private FieldMerge() {
    }

    /** A field both sides changed to different values: the second saver sees both and decides. */
    public record Conflict<F>(F field, Object base, Object mine, Object theirs) {
    }

    /**
     * The outcome: the values to store (theirs with this save's own changes applied), the fields this save changes,
     * and the conflicts. With conflicts nothing should be stored yet: {@link #clean()} says whether it may be.
     */
    public record Result<F>(Map<F, Object> merged, Set<F> applied, List<Conflict<F>> conflicts) {

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /**
     * Merges field by field. Every map holds the same fields (a missing field counts as null).
     * <ul>
     *   <li>unchanged by this save (mine equals base): theirs stays, whatever they did;</li>
     *   <li>changed by this save only (theirs equals base): mine applies;</li>
     *   <li>changed by both to the same value: nothing to decide;</li>
     *   <li>changed by both to different values: a conflict.</li>
     * </ul>
     */
    public static <F> Result<F> merge(Map<F, ?> base, Map<F, ?> mine, Map<F, ?> theirs) {
        Set<F> fields = new LinkedHashSet<>(base.keySet());
        fields.addAll(mine.keySet());
        fields.addAll(theirs.keySet());
        Map<F, Object> merged = new LinkedHashMap<>();
        Set<F> applied = new LinkedHashSet<>();
        List<Conflict<F>> conflicts = new ArrayList<>();
        for (F field : fields) {
            Object started = base.get(field);
            Object saved = mine.get(field);
            Object stored = theirs.get(field);
            boolean changedByMe = !Objects.equals(saved, started);
            boolean changedByThem = !Objects.equals(stored, started);
            if (changedByMe && changedByThem && !Objects.equals(saved, stored)) {
                conflicts.add(new Conflict<>(field, started, saved, stored));
                merged.put(field, stored);
            } else if (changedByMe) {
                merged.put(field, saved);
                if (!Objects.equals(saved, stored)) {
                    applied.add(field);
                }
            } else {
                merged.put(field, stored);
            }
        }
        return new Result<>(merged, applied, List.copyOf(conflicts));
    }

    /**
     * The merge after the second saver decided each conflict: their choice per conflicting field (their own value,
     * the other's, or a new one) replaces the stored value. Fields not in conflict keep the merge's outcome; a choice
     * for a field that was not in conflict is refused, since the saver never saw the other value for it.
     */
    public static <F> Result<F> resolve(Result<F> merge, Map<F, ?> choices) {
        Set<F> conflicting = new LinkedHashSet<>();
        merge.conflicts().forEach(conflict -> conflicting.add(conflict.field()));
        for (F field : choices.keySet()) {
            if (!conflicting.contains(field)) {
                throw new IllegalArgumentException("no conflict on " + field + " to decide");
            }
        }
        Map<F, Object> merged = new LinkedHashMap<>(merge.merged());
        Set<F> applied = new LinkedHashSet<>(merge.applied());
        List<Conflict<F>> open = new ArrayList<>();
        for (Conflict<F> conflict : merge.conflicts()) {
            if (choices.containsKey(conflict.field())) {
                Object chosen = choices.get(conflict.field());
                merged.put(conflict.field(), chosen);
                if (!Objects.equals(chosen, conflict.theirs())) {
                    applied.add(conflict.field());
                }
            } else {
                open.add(conflict);
            }
        }
        return new Result<>(merged, applied, List.copyOf(open));
    }
}
