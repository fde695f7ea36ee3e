package app.momentum.notification;

import app.momentum.notification.internal.DigestSent;
import app.momentum.notification.internal.DigestSentRepository;
import app.momentum.action.DueActions;
import app.momentum.action.DueActions.DueAction;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.notification.NotificationService.Notice;
import app.momentum.notification.NotificationType;
import app.momentum.base.TenantContext;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.user.UserAccounts;
import app.momentum.user.UserAccounts.Account;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * and after a restart (the digest_sent row). Here, not in the action module: the action module only says which
 * actions are due ({@link DueActions}) and knows nothing of notifications.
 */
@Component
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    static final int DUE_SOON_DAYS = 3;
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final TenantRegistry tenants;
    private final DueActions dueActions;
    private final NotificationService notifications;
    private final DigestSentRepository digests;
    private final UserAccounts users;
    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;
    private final TransactionTemplate transaction;

    DailyReminders(TenantRegistry tenants, DueActions dueActions, NotificationService notifications,
                   DigestSentRepository digests, UserAccounts users, NotificationMailer mailer, MomentumI18NProvider i18n,
                   TransactionTemplate transaction) {
        this.tenants = tenants;
        this.dueActions = dueActions;
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
        Map<UUID, List<DueAction>> overdueByOwner = new LinkedHashMap<>();
        for (DueAction action : dueActions.on(today, DUE_SOON_DAYS)) {
            if (action.urgency() == DueActions.Urgency.OVERDUE) {
                overdueByOwner.computeIfAbsent(action.ownerUserId(), o -> new ArrayList<>()).add(action);
                notifications.notify(new Notice(action.ownerUserId(), NotificationType.OVERDUE, action.actionId(),
                        action.journeyId(), action.title(), null, "overdue:" + action.actionId() + ":" + today));
            } else {
                notifications.notify(new Notice(action.ownerUserId(), NotificationType.DUE_SOON, action.actionId(),
                        action.journeyId(), action.title(), null, "due-soon:" + action.actionId() + ":" + action.dueDate()));
            }
        }
        int sent = 0;
        for (Map.Entry<UUID, List<DueAction>> entry : overdueByOwner.entrySet()) {
            UUID owner = entry.getKey();
            if (digests.existsByUserIdAndDay(owner, today) || !notifications.wantsEmail(owner, NotificationType.OVERDUE)) {
                continue;
            }
            digests.save(new DigestSent(owner, today));
            Account user = users.contact(owner).orElse(null);
            if (user != null) {
                mailer.sendDigest(user, locale -> new String[] {
                        i18n.getTranslation("mail.digest.subject", locale, entry.getValue().size()),
                        digestText(entry.getValue(), locale)});
                sent++;
            }
        }
        return sent;
    }

    private String digestText(List<DueAction> overdue, Locale locale) {
        StringBuilder text = new StringBuilder(i18n.getTranslation("mail.digest.intro", locale, overdue.size())).append("\n\n");
        for (DueAction action : overdue) {
            text.append("- ").append(action.title()).append(" (").append(action.dueDate()).append(")\n  ")
                    .append(mailer.link("/actions/" + action.actionId())).append('\n');
        }
        return text.toString();
    }
}
