package app.momentum.notification;

/** What a notification is about; users opt out of e-mail per type. */
public enum NotificationType {
    ASSIGNED, MENTIONED, STATUS_CHANGED, DUE_SOON, OVERDUE
}
