package app.momentum.journey.collab;

import java.util.List;
import java.util.UUID;

/** A journey's phases and moments at one moment in time: what a baseline keeps. */
public record BaselineSnapshot(List<PhaseState> phases, List<MomentState> moments) {

    public record PhaseState(UUID id, String name, int position) {
    }

    /** The main fields of a moment, as compared between versions and shown in the history. */
    public record MomentState(UUID id, UUID phaseId, int position, String title, String target, boolean momentOfTruth,
                              boolean brandMoment, String nature, Integer currentEmotion, Integer desiredEmotion,
                              UUID ownerDisciplineId) {
    }

    public BaselineSnapshot {
        phases = List.copyOf(phases);
        moments = List.copyOf(moments);
    }

    /** Moments in map order: by phase position, then by position within the phase. */
    public List<MomentState> momentsInOrder() {
        java.util.Map<UUID, Integer> phaseOrder = new java.util.HashMap<>();
        phases.forEach(p -> phaseOrder.put(p.id(), p.position()));
        return moments.stream()
                .sorted(java.util.Comparator.comparing((MomentState m) -> phaseOrder.getOrDefault(m.phaseId(), Integer.MAX_VALUE))
                        .thenComparingInt(MomentState::position))
                .toList();
    }
}
