package app.momentum.journey;

/** What a moment is designed to score. */
public enum TargetLevel {
    /** Just enough relief not to be dissatisfied: right for most process steps. */
    SEVEN_PLUS,
    /** Above expectation for an emotionally charged need. */
    NINE_PLUS
}
