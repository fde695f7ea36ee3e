package app.momentum.journey;

import java.util.List;
import java.util.Set;

/** The outcome of saving fields of a moment: saved (merged with whatever others saved meanwhile) or in conflict. */
public sealed interface MomentSave {

    /** Stored: the moment's new version, and the fields this save changed (empty when it changed nothing). */
    record Saved(long version, Set<MomentField> applied) implements MomentSave {

        public Saved {
            applied = Set.copyOf(applied);
        }
    }

    /**
     * Nothing stored: someone else changed these fields differently meanwhile. The saver sees both values per field
     * and decides; {@code currentVersion} is the moment's version the conflicts were found against.
     */
    record Conflicted(List<FieldConflict> conflicts, long currentVersion) implements MomentSave {

        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }
    }
}
