package app.momentum.governance.domain;

import app.momentum.journey.LifecycleStage;

/**
 * The four forward transitions of the CX life cycle. Moving backwards or skipping a stage is no gate transition, so
 * each stage has exactly one gate: the way forward out of it.
 */
public enum Gate {
    MAPPING_TO_MAKING(LifecycleStage.MAPPING, LifecycleStage.MAKING),
    MAKING_TO_MINING(LifecycleStage.MAKING, LifecycleStage.MINING),
    MINING_TO_MANAGEMENT(LifecycleStage.MINING, LifecycleStage.MANAGEMENT),
    /** Closes the cycle: the journey is mapped again, as the first stage of its next cycle. */
    MANAGEMENT_TO_MAPPING(LifecycleStage.MANAGEMENT, LifecycleStage.MAPPING);

    private final LifecycleStage from;
    private final LifecycleStage to;

    Gate(LifecycleStage from, LifecycleStage to) {
        this.from = from;
        this.to = to;
    }

    /** The one forward transition out of a stage. */
    public static Gate next(LifecycleStage stage) {
        return switch (stage) {
            case MAPPING -> MAPPING_TO_MAKING;
            case MAKING -> MAKING_TO_MINING;
            case MINING -> MINING_TO_MANAGEMENT;
            case MANAGEMENT -> MANAGEMENT_TO_MAPPING;
        };
    }

    public LifecycleStage from() {
        return from;
    }

    public LifecycleStage to() {
        return to;
    }

    /** Only going from management back to mapping starts a new cycle (and saves a baseline, as an effect). */
    public boolean startsNewCycle() {
        return this == MANAGEMENT_TO_MAPPING;
    }
}
