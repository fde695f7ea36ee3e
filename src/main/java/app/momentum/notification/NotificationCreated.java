package app.momentum.notification;

import java.util.UUID;

/**
 * A notification was stored; {@code byEmail} when its user also wants it by e-mail. Published in the storing
 * transaction; {@link NotificationMailer} sends the mail after commit, through the event publication registry, so a
 * mail whose sending had not ended when the node stopped is sent on restart.
 */
public record NotificationCreated(UUID tenantId, UUID notificationId, UUID userId, NotificationType type, UUID actionId,
                                  UUID journeyId, String subject, boolean byEmail) {
}
