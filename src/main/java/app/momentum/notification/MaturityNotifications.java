package app.momentum.notification;

import app.momentum.base.TenantContext;
import app.momentum.maturity.MaturityRoundOpened;
import app.momentum.notification.NotificationService.Notice;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks each participant of a newly opened maturity round to fill in the scan (like {@link EventNotifications}: after
 * commit, in the event's tenant). The notification names the round; its dedup key holds the round's id, which makes
 * the link to the round and lets a retried publication notify nobody twice.
 */
@Component
public class MaturityNotifications {

    private static final String KEY_PREFIX = "maturity-round:";

    private final NotificationService notifications;
    private final TransactionTemplate transaction;

    MaturityNotifications(NotificationService notifications, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @ApplicationModuleListener(id = "notification.maturity-round-opened", propagation = Propagation.NOT_SUPPORTED)
    void on(MaturityRoundOpened event) {
        if (event.participantUserIds().isEmpty()) {
            return;
        }
        TenantContext.runInTenant(event.tenantId(), () -> transaction.executeWithoutResult(status ->
                event.participantUserIds().forEach(user -> notifications.notify(new Notice(user,
                        NotificationType.MATURITY_ROUND_OPENED, null, null, event.name(), null,
                        KEY_PREFIX + event.roundId())))));
    }

    /** The round a maturity notification is about, from its type and dedup key; empty for other notifications. */
    public static Optional<UUID> roundOf(NotificationType type, String dedupKey) {
        if (type != NotificationType.MATURITY_ROUND_OPENED || dedupKey == null || !dedupKey.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(dedupKey.substring(KEY_PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
