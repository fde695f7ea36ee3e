package app.momentum.journey.collab;

import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import java.util.List;

/** Turns the stored journey into the plain states that baselines and the history compare. */
public final class MomentStates {

    private MomentStates() {
    }

    public static BaselineSnapshot.MomentState of(Moment m) {
        return new BaselineSnapshot.MomentState(m.getId(), m.getPhaseId(), m.getPosition(), m.getTitle(),
                m.getTargetLevel().name(), m.isMomentOfTruth(), m.isBrandMoment(), m.getNature().name(),
                m.getCurrentEmotion(), m.getDesiredEmotion(), m.getOwnerDisciplineId());
    }

    public static BaselineSnapshot snapshot(List<Phase> phases, List<Moment> moments) {
        return new BaselineSnapshot(
                phases.stream().map(p -> new BaselineSnapshot.PhaseState(p.getId(), p.getName(), p.getPosition())).toList(),
                moments.stream().map(MomentStates::of).toList());
    }
}
