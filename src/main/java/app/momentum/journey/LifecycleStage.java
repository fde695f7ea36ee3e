package app.momentum.journey;

/** The four M's: where a journey is in the CX life cycle, which it goes through again and again. */
public enum LifecycleStage {
    MAPPING,
    MAKING,
    MINING,
    MANAGEMENT
}
