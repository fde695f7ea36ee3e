package app.momentum.notification;

import app.momentum.action.ActionAssigned;
import app.momentum.action.ActionCommented;
import app.momentum.action.ActionStatusChanged;
import app.momentum.journey.MomentCommented;
import app.momentum.measurement.SurveyAnalysisFinished;
import app.momentum.notification.NotificationService.Notice;
import app.momentum.base.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns other modules' events into notifications: the action, journey and measurement modules say what happened
 * and know nothing of notifications; this module sits above them and reacts.
 *
 * <p>Each listener is a Spring Modulith {@link ApplicationModuleListener}: it runs after the publishing transaction
 * commits, on a background thread, and its publication stays in the event publication registry until it ends
 * (so a node that stops in between notifies on restart). The background thread has neither the publisher's tenant
 * scope ({@link TenantContext} is per thread) nor its login, so every listener opens the tenant the event names,
 * and only then a transaction — Hibernate fixes a session's tenant when it opens. Hence no transaction around the
 * listener itself ({@code NOT_SUPPORTED}); all notices of one event are stored in one transaction, so a failure
 * leaves none and the publication is retried whole.
 *
 * <p>The ids are explicit: a publication is stored under its listener's id, and must still find it after a rename.
 */
@Component
class EventNotifications {

    private final NotificationService notifications;
    private final TransactionTemplate transaction;

    EventNotifications(NotificationService notifications, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @ApplicationModuleListener(id = "notification.action-assigned", propagation = Propagation.NOT_SUPPORTED)
    void on(ActionAssigned event) {
        notifyIn(event.tenantId(), List.of(new Notice(event.assigneeId(), NotificationType.ASSIGNED, event.actionId(),
                event.journeyId(), event.title(), event.actorId(), null)));
    }

    @ApplicationModuleListener(id = "notification.action-status-changed", propagation = Propagation.NOT_SUPPORTED)
    void on(ActionStatusChanged event) {
        notifyIn(event.tenantId(), event.concernedUserIds().stream().map(user -> new Notice(user, NotificationType.STATUS_CHANGED,
                event.actionId(), event.journeyId(), event.title(), event.actorId(), null)).toList());
    }

    @ApplicationModuleListener(id = "notification.action-commented", propagation = Propagation.NOT_SUPPORTED)
    void on(ActionCommented event) {
        notifyIn(event.tenantId(), event.mentionedUserIds().stream().map(user -> new Notice(user, NotificationType.MENTIONED,
                event.actionId(), event.journeyId(), event.title(), event.authorId(), null)).toList());
    }

    @ApplicationModuleListener(id = "notification.moment-commented", propagation = Propagation.NOT_SUPPORTED)
    void on(MomentCommented event) {
        notifyIn(event.tenantId(), event.mentionedUserIds().stream().map(user -> new Notice(user, NotificationType.MENTIONED,
                null, event.journeyId(), event.momentTitle(), event.authorId(), null)).toList());
    }

    @ApplicationModuleListener(id = "notification.survey-analysis-finished", propagation = Propagation.NOT_SUPPORTED)
    void on(SurveyAnalysisFinished event) {
        NotificationType type = event.succeeded() ? NotificationType.ANALYSIS_READY : NotificationType.ANALYSIS_FAILED;
        notifyIn(event.tenantId(), List.of(new Notice(event.userId(), type, null, event.journeyId(), event.subject(), null, null)));
    }

    private void notifyIn(UUID tenantId, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        TenantContext.runInTenant(tenantId, () -> transaction.executeWithoutResult(status -> notices.forEach(notifications::notify)));
    }
}
