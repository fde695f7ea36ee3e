package app.momentum.notification;

import app.momentum.notification.internal.NotificationPreference;
import app.momentum.notification.internal.Notification;
import app.momentum.notification.internal.NotificationRepository;
import app.momentum.notification.internal.NotificationPreferenceRepository;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: made from other modules' events ({@link EventNotifications}: assigned, mentioned, status
 * changed, analysis ready or failed) and by the {@link DailyReminders} (due soon, overdue), counted live in the
 * bell, read on the notification page, and sent by e-mail when configured and wanted.
 */
@Service
@Transactional
public class NotificationService {

    public static final int PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final ApplicationEventPublisher events;
    private final MemberSession memberSession;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences, ApplicationEventPublisher events,
                        MemberSession memberSession, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.memberSession = memberSession;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What to notify: the user, why, about which action or journey, and (for reminders) a once-only key. */
    public record Notice(UUID userId, NotificationType type, UUID actionId, UUID journeyId, String subject, UUID actorId,
                         String dedupKey) {
    }

    /**
     * Records the notice for its user (never for the person who caused it), and — once the transaction commits —
     * tells their open pages, and e-mails it when the user wants that type by e-mail ({@link NotificationCreated}).
     * Needs the user's tenant as scope, no logged-in user.
     *
     * @return false when nothing was made (the user caused it, or the reminder exists already)
     */
    public boolean notify(Notice notice) {
        if (notice.userId() == null || notice.userId().equals(notice.actorId())) {
            return false;
        }
        if (notice.dedupKey() != null && notifications.existsByUserIdAndDedupKey(notice.userId(), notice.dedupKey())) {
            return false;
        }
        // flushed, so that the tenant id is stamped: the live event names the tenant
        Notification saved = notifications.saveAndFlush(new Notification(notice.userId(), notice.type(), notice.actionId(),
                notice.journeyId(), notice.subject(), notice.actorId(), notice.dedupKey()));
        events.publishEvent(new LiveEvent(saved.getTenantId(), notice.userId(), LiveEvent.Kind.NOTIFIED, saved.getId(),
                notice.actorId()));
        // overdue actions reach the owner by e-mail in the daily digest, not one mail each;
        // the board report's own mail carries the PDF (report module)
        boolean byEmail = notice.type() != NotificationType.OVERDUE && notice.type() != NotificationType.BOARD_REPORT
                && wantsEmail(notice.userId(), notice.type());
        events.publishEvent(new NotificationCreated(saved.getTenantId(), saved.getId(), notice.userId(), notice.type(),
                notice.actionId(), notice.journeyId(), notice.subject(), byEmail));
        return true;
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return unreadCountOf(me());
    }

    /** For the bell's live update, which runs without a logged-in user: the count of the user it belongs to. */
    @Transactional(readOnly = true)
    public long unreadCountOf(UUID userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional(readOnly = true)
    public List<Notification> recent() {
        return notifications.findByUserIdOrderByCreatedAtDesc(me(), PageRequest.of(0, PAGE));
    }

    public void markRead(UUID notificationId) {
        Notification notification = notifications.findById(notificationId)
                .filter(n -> n.getUserId().equals(me()))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        notification.markRead(clock.instant());
        unreadChanged();
    }

    public int markAllRead() {
        int read = notifications.markAllRead(me(), clock.instant());
        unreadChanged();
        return read;
    }

    /** The user's open tabs recount their bell (the live event is delivered after commit). */
    private void unreadChanged() {
        MomentumAuthentication me = memberSession.require();
        events.publishEvent(new LiveEvent(me.tenantId(), me.user().id(), LiveEvent.Kind.NOTIFIED, null, me.user().id()));
    }

    /** The current user's e-mail choice per type (true unless they opted out). */
    @Transactional(readOnly = true)
    public Map<NotificationType, Boolean> emailPreferences() {
        Map<NotificationType, NotificationPreference> stored = preferences.findByUserId(me()).stream()
                .collect(Collectors.toMap(NotificationPreference::getType, Function.identity()));
        return java.util.Arrays.stream(NotificationType.values()).collect(Collectors.toMap(Function.identity(),
                t -> stored.get(t) == null || stored.get(t).isEmail(), (a, b) -> a, () -> new java.util.EnumMap<>(NotificationType.class)));
    }

    public void setEmail(NotificationType type, boolean email) {
        UUID me = me();
        preferences.findByUserIdAndType(me, type).ifPresentOrElse(p -> p.setEmail(email),
                () -> preferences.save(new NotificationPreference(me, type, email)));
    }

    @Transactional(readOnly = true)
    public boolean wantsEmail(UUID userId, NotificationType type) {
        return mailer.enabled() && preferences.findByUserIdAndType(userId, type).map(NotificationPreference::isEmail).orElse(true);
    }

    private UUID me() {
        return memberSession.require().user().id();
    }
}
