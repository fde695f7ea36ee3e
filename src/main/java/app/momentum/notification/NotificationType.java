package app.momentum.notification;

/** What a notification is about; users opt out of e-mail per type. */
public enum NotificationType {
    ASSIGNED, MENTIONED, STATUS_CHANGED, DUE_SOON, OVERDUE,
    /** A survey analysis the user started is ready, or failed (the subject says why). */
    ANALYSIS_READY, ANALYSIS_FAILED,
    /** A journey the user owns went stale: its review is overdue, or nothing happened to it for a review interval. */
    JOURNEY_STALE,
    /** The user is asked to fill in a maturity scan round (the round's id is in the notification's dedup key). */
    MATURITY_ROUND_OPENED,
    /**
     * A scheduled board report is ready (the subject is its period code, e.g. {@code 2026-Q3}); its e-mail, with the
     * PDF attached, is sent by the report module, not by the generic notification mail.
     */
    BOARD_REPORT
}
