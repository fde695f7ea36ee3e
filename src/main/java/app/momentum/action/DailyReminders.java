package app.momentum.action;

import app.momentum.action.domain.DueDates;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.notification.DigestSent;
import app.momentum.notification.DigestSentRepository;
import app.momentum.notification.NotificationMailer;
import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationService.Notice;
import app.momentum.notification.NotificationType;
import app.momentum.tenancy.TenantContext;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.user.AppUser;
import app.momentum.user.AppUserRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, in every tenant: a "due in 3 days" and an "overdue" notification per action (each at most once),
 * and one e-mail digest of overdue actions per owner — sent once per day even with several nodes (ShedLock)
 * and after a restart (the digest_sent row).
 */
@Component
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    static final int DUE_SOON_DAYS = 3;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final TenantRegistry tenants;
    private final ActionRepository actions;
    private final NotificationService notifications;
    private final DigestSentRepository digests;
    private final AppUserRepository users;
    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;
    private final TransactionTemplate transaction;

    DailyReminders(TenantRegistry tenants, ActionRepository actions, NotificationService notifications,
                   DigestSentRepository digests, AppUserRepository users, NotificationMailer mailer, MomentumI18NProvider i18n,
                   TransactionTemplate transaction) {
        this.tenants = tenants;
        this.actions = actions;
        this.notifications = notifications;
        this.digests = digests;
        this.users = users;
        this.mailer = mailer;
        this.i18n = i18n;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${momentum.reminders.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "daily-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        runFor(LocalDate.now(ZONE));
    }

    /** @return the number of digests sent */
    public int runFor(LocalDate today) {
        int sent = 0;
        for (TenantRegistry.TenantInfo tenant : TenantContext.callGlobal(() -> tenants.all())) {
            sent += TenantContext.callInTenant(tenant.id(), () -> transaction.execute(status -> remind(today)));
        }
        log.info("Daily reminders for {}: {} digest(s) sent", today, sent);
        return sent;
    }

    private int remind(LocalDate today) {
        Map<UUID, List<ImprovementAction>> overdueByOwner = new LinkedHashMap<>();
        for (ImprovementAction action : actions.findByStatusInAndDueDateLessThanEqual(ActionService.OPEN, today.plusDays(DUE_SOON_DAYS))) {
            if (DueDates.overdue(action.getStatus(), action.getDueDate(), today)) {
                overdueByOwner.computeIfAbsent(action.getOwnerUserId(), o -> new ArrayList<>()).add(action);
                notifications.notify(new Notice(action.getOwnerUserId(), NotificationType.OVERDUE, action.getId(),
                        action.getJourneyId(), action.getTitle(), null, "overdue:" + action.getId() + ":" + today));
            } else if (DueDates.dueSoon(action.getStatus(), action.getDueDate(), today, DUE_SOON_DAYS)) {
                notifications.notify(new Notice(action.getOwnerUserId(), NotificationType.DUE_SOON, action.getId(),
                        action.getJourneyId(), action.getTitle(), null, "due-soon:" + action.getId() + ":" + action.getDueDate()));
            }
        }
        int sent = 0;
        for (Map.Entry<UUID, List<ImprovementAction>> entry : overdueByOwner.entrySet()) {
            UUID owner = entry.getKey();
            if (digests.existsByUserIdAndDay(owner, today) || !notifications.wantsEmail(owner, NotificationType.OVERDUE)) {
                continue;
            }
            digests.save(new DigestSent(owner, today));
            AppUser user = TenantContext.callGlobal(() -> users.findById(owner)).orElse(null);
            if (user != null) {
                mailer.sendDigest(user, locale -> new String[] {
                        i18n.getTranslation("mail.digest.subject", locale, entry.getValue().size()),
                        digestText(entry.getValue(), locale)});
                sent++;
            }
        }
        return sent;
    }

    private String digestText(List<ImprovementAction> overdue, java.util.Locale locale) {
        StringBuilder text = new StringBuilder(i18n.getTranslation("mail.digest.intro", locale, overdue.size())).append("\n\n");
        for (ImprovementAction action : overdue) {
            text.append("- ").append(action.getTitle()).append(" (").append(action.getDueDate()).append(")\n  ")
                    .append(mailer.link("/actions/" + action.getId())).append('\n');
        }
        return text.toString();
    }
}
