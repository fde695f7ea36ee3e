package app.momentum.journey.collab;

import app.momentum.journey.collab.BaselineSnapshot.MomentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A baseline against the journey now: which moments were added, removed and changed (and how), and the
 * desired curves of both. Plain Java, so it is tested without a database.
 */
public record BaselineComparison(List<MomentState> added, List<MomentState> removed, List<ChangedMoment> changed,
                                 List<MomentState> baselineCurve, List<MomentState> currentCurve) {

    /** A moment in both versions whose main fields differ. */
    public record ChangedMoment(MomentState before, MomentState after, List<JourneyActivity.FieldChange> changes) {
    }

    public static BaselineComparison compare(BaselineSnapshot baseline, BaselineSnapshot current) {
        Map<UUID, MomentState> before = baseline.moments().stream().collect(Collectors.toMap(MomentState::id, Function.identity()));
        Map<UUID, MomentState> now = current.moments().stream().collect(Collectors.toMap(MomentState::id, Function.identity()));
        Map<UUID, String> phasesBefore = baseline.phases().stream()
                .collect(Collectors.toMap(BaselineSnapshot.PhaseState::id, BaselineSnapshot.PhaseState::name));
        Map<UUID, String> phasesNow = current.phases().stream()
                .collect(Collectors.toMap(BaselineSnapshot.PhaseState::id, BaselineSnapshot.PhaseState::name));
        List<MomentState> added = current.momentsInOrder().stream().filter(m -> !before.containsKey(m.id())).toList();
        List<MomentState> removed = baseline.momentsInOrder().stream().filter(m -> !now.containsKey(m.id())).toList();
        List<ChangedMoment> changed = new ArrayList<>();
        for (MomentState after : current.momentsInOrder()) {
            MomentState old = before.get(after.id());
            if (old != null) {
                List<JourneyActivity.FieldChange> changes = differences(old, after);
                String oldPhase = phasesBefore.get(old.phaseId());
                String newPhase = phasesNow.get(after.phaseId());
                if (!Objects.equals(oldPhase, newPhase)) {
                    changes = new ArrayList<>(changes);
                    changes.add(new JourneyActivity.FieldChange("activity.field.phase", oldPhase, newPhase));
                }
                if (!changes.isEmpty()) {
                    changed.add(new ChangedMoment(old, after, List.copyOf(changes)));
                }
            }
        }
        return new BaselineComparison(added, removed, changed, baseline.momentsInOrder(), current.momentsInOrder());
    }

    /** The main fields that differ between two states of one moment, old → new. */
    public static List<JourneyActivity.FieldChange> differences(MomentState old, MomentState now) {
        List<JourneyActivity.FieldChange> changes = new ArrayList<>();
        add(changes, "moment.name", old.title(), now.title());
        add(changes, "moment.target", old.target(), now.target());
        add(changes, "moment.momentOfTruth", old.momentOfTruth(), now.momentOfTruth());
        add(changes, "moment.brandMoment", old.brandMoment(), now.brandMoment());
        add(changes, "moment.nature", old.nature(), now.nature());
        add(changes, "moment.currentEmotion", old.currentEmotion(), now.currentEmotion());
        add(changes, "moment.desiredEmotion", old.desiredEmotion(), now.desiredEmotion());
        add(changes, "moment.discipline", old.ownerDisciplineId(), now.ownerDisciplineId());
        return changes;
    }

    private static void add(List<JourneyActivity.FieldChange> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            changes.add(new JourneyActivity.FieldChange(field, old == null ? "" : String.valueOf(old),
                    now == null ? "" : String.valueOf(now)));
        }
    }
}
