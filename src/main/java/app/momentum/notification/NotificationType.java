package app.momentum.notification;

/** What a notification is about; users opt out of e-mail per type. */
public enum NotificationType {
    ASSIGNED, MENTIONED, STATUS_CHANGED, DUE_SOON, OVERDUE,
    /** A survey analysis the user started is ready, or failed (the subject says why). */
    ANALYSIS_READY, ANALYSIS_FAILED,
    /** The user is asked to fill in a maturity scan round (the round's id is in the notification's dedup key). */
    MATURITY_ROUND_OPENED
}
