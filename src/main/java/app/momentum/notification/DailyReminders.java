package app.momentum.notification;

import app.momentum.base.ui.Formats;
import app.momentum.notification.internal.DigestSent;
import app.momentum.notification.internal.DigestSentRepository;
import app.momentum.action.DueActions;
import app.momentum.action.DueActions.DueAction;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.notification.NotificationService.Notice;
import app.momentum.notification.NotificationType;
import app.momentum.base.TenantContext;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.LifeCycle.StaleJourney;
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
 * a notification to a journey's owner when the journey goes stale (once per stale spell), and one e-mail digest of
 * overdue actions and stale journeys per owner — sent once per day even with several nodes (ShedLock)
 * and after a restart (the digest_sent row). Here, not in the action module: the action module only says which
 * actions are due ({@link DueActions}) and knows nothing of notifications.
 */
@Component
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    static final int DUE_SOON_DAYS = 3;
    static final ZoneId ZONE = Formats.DEFAULT_ZONE;

    private final TenantRegistry tenants;
    private final DueActions dueActions;
    private final NotificationService notifications;
    private final DigestSentRepository digests;
    private final UserAccounts users;
    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;
    private final TransactionTemplate transaction;
    private final LifeCycle lifeCycle;

    DailyReminders(TenantRegistry tenants, DueActions dueActions, NotificationService notifications,
                   DigestSentRepository digests, UserAccounts users, NotificationMailer mailer, MomentumI18NProvider i18n,
                   TransactionTemplate transaction, LifeCycle lifeCycle) {
        this.lifeCycle = lifeCycle;
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
        Map<UUID, List<StaleJourney>> staleByOwner = new LinkedHashMap<>();
        for (StaleJourney journey : lifeCycle.staleJourneys(today)) {
            if (journey.ownerUserId() == null) {
                continue;
            }
            staleByOwner.computeIfAbsent(journey.ownerUserId(), o -> new ArrayList<>()).add(journey);
            // once per stale spell: a journey that is looked after and goes stale again is a new spell
            notifications.notify(new Notice(journey.ownerUserId(), NotificationType.JOURNEY_STALE, null,
                    journey.journeyId(), journey.name(), null, "stale:" + journey.journeyId() + ":" + journey.staleSince()));
        }
        java.util.Set<UUID> owners = new java.util.LinkedHashSet<>(overdueByOwner.keySet());
        owners.addAll(staleByOwner.keySet());
        int sent = 0;
        for (UUID owner : owners) {
            List<DueAction> overdue = overdueByOwner.getOrDefault(owner, List.of());
            List<StaleJourney> stale = staleByOwner.getOrDefault(owner, List.of());
            boolean wanted = (!overdue.isEmpty() && notifications.wantsEmail(owner, NotificationType.OVERDUE))
                    || (!stale.isEmpty() && notifications.wantsEmail(owner, NotificationType.JOURNEY_STALE));
            if (digests.existsByUserIdAndDay(owner, today) || !wanted) {
                continue;
            }
            digests.save(new DigestSent(owner, today));
            Account user = users.contact(owner).orElse(null);
            if (user != null) {
                mailer.sendDigest(user, locale -> new String[] {
                        overdue.isEmpty() ? i18n.getTranslation("mail.digest.subjectStale", locale, stale.size())
                                : i18n.getTranslation("mail.digest.subject", locale, overdue.size()),
                        digestText(overdue, stale, locale)});
                sent++;
            }
        }
        return sent;
    }

    private String digestText(List<DueAction> overdue, List<StaleJourney> stale, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (!overdue.isEmpty()) {
            text.append(i18n.getTranslation("mail.digest.intro", locale, overdue.size())).append("\n\n");
            for (DueAction action : overdue) {
                text.append("- ").append(action.title()).append(" (").append(action.dueDate()).append(")\n  ")
                        .append(mailer.link("/actions/" + action.actionId())).append('\n');
            }
        }
        if (!stale.isEmpty()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(i18n.getTranslation("mail.digest.stale", locale, stale.size())).append("\n\n");
            for (StaleJourney journey : stale) {
                text.append("- ").append(journey.name()).append(" (")
                        .append(i18n.getTranslation("lifeCycle.stale." + journey.reason().name(), locale))
                        .append(")\n  ").append(mailer.link("/journeys/" + journey.journeyId() + "/life-cycle"))
                        .append('\n');
            }
        }
        return text.toString();
    }
}
