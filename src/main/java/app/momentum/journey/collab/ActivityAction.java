package app.momentum.journey.collab;

/** What happened on a journey, as the history shows it ("activity.<NAME>"). */
public enum ActivityAction {
    JOURNEY_CREATED, JOURNEY_CHANGED, JOURNEY_ARCHIVED, JOURNEY_RESTORED,
    PHASE_ADDED, PHASE_RENAMED, PHASE_MOVED, PHASE_DELETED,
    MOMENT_ADDED, MOMENT_CHANGED, MOMENT_MOVED, MOMENT_DELETED, MOMENTS_IMPORTED,
    COMMENT_ADDED, BASELINE_CREATED
}
