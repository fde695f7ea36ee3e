package app.momentum.report;

import app.momentum.base.TenantContext;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.notification.NotificationMailer;
import app.momentum.notification.NotificationService;
import app.momentum.notification.NotificationService.Notice;
import app.momentum.notification.NotificationType;
import app.momentum.report.BoardReportSchedules.Schedule;
import app.momentum.report.pdf.BoardReportPdf;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.tenancy.TenantRegistry.TenantInfo;
import app.momentum.user.UserAccounts;
import app.momentum.user.UserAccounts.Account;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first day of every month (06:30 in the Netherlands; once with several nodes, ShedLock): in every tenant
 * with a schedule whose period just ended — every month for a monthly schedule, on the first day of January, April,
 * July and October for a quarterly one — makes the previous period's board report in each recipient's language,
 * stores it, and notifies each recipient in-app (a link to the stored report) and, when mail is set up and they
 * want it, by e-mail with the PDF attached. Idempotent: a report is made once per tenant, period and language, and
 * each recipient is notified once per period (the notification's once-only key), so a second run or a restart sends
 * nothing twice.
 */
@Component
public class BoardReportJob {

    private static final Logger log = LoggerFactory.getLogger(BoardReportJob.class);

    private final TenantRegistry tenants;
    private final BoardReportSchedules schedules;
    private final BoardReports reports;
    private final TenantMembers members;
    private final UserAccounts users;
    private final NotificationService notifications;
    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;
    private final TransactionTemplate transaction;

    BoardReportJob(TenantRegistry tenants, BoardReportSchedules schedules, BoardReports reports, TenantMembers members,
                   UserAccounts users, NotificationService notifications, NotificationMailer mailer,
                   MomentumI18NProvider i18n, TransactionTemplate transaction) {
        this.tenants = tenants;
        this.schedules = schedules;
        this.reports = reports;
        this.members = members;
        this.users = users;
        this.notifications = notifications;
        this.mailer = mailer;
        this.i18n = i18n;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${momentum.board-report.cron:0 30 6 1 * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "board-report", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void firstOfTheMonth() {
        runFor(LocalDate.now(BoardReports.ZONE));
    }

    /** Runs the schedules due on {@code today}. @return the number of recipients notified */
    public int runFor(LocalDate today) {
        int notified = 0;
        for (TenantInfo tenant : TenantContext.callGlobal(tenants::all)) {
            try {
                notified += TenantContext.callInTenant(tenant.id(), () -> runInTenant(tenant, today));
            } catch (RuntimeException e) {
                log.warn("Board report for tenant {} failed: {}", tenant.id(), e.toString(), e);
            }
        }
        return notified;
    }

    private int runInTenant(TenantInfo tenant, LocalDate today) {
        Optional<Schedule> schedule = transaction.execute(status -> schedules.scheduleForJob());
        if (schedule == null || schedule.isEmpty() || !due(schedule.get(), today)) {
            return 0;
        }
        Period period = BoardReports.previous(schedule.get().frequency().periodType(), today);
        // The recipients still allowed to read it, with their language.
        Map<UUID, Account> recipients = new LinkedHashMap<>();
        for (UUID userId : schedule.get().recipients()) {
            boolean reader = members.standingOf(userId)
                    .filter(m -> m.active() && ReportPermissions.mayRead(m.role())).isPresent();
            users.contact(userId).filter(account -> reader).ifPresent(account -> recipients.put(userId, account));
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Locale, byte[]> pdfs = new LinkedHashMap<>();
        for (Account account : recipients.values()) {
            Locale language = MomentumI18NProvider.supported(account.languageOr(tenant.locale()));
            pdfs.computeIfAbsent(language, l -> pdfFor(tenant, period, l));
        }
        String fileName = BoardReports.fileName(period);
        List<Runnable> mails = new ArrayList<>();
        Integer notified = transaction.execute(status -> {
            int count = 0;
            for (Map.Entry<UUID, Account> recipient : recipients.entrySet()) {
                Account account = recipient.getValue();
                Locale language = MomentumI18NProvider.supported(account.languageOr(tenant.locale()));
                boolean created = notifications.notify(new Notice(recipient.getKey(), NotificationType.BOARD_REPORT,
                        null, null, period.code(), null, "board-report:" + period.code()));
                if (!created) {
                    continue;
                }
                count++;
                if (notifications.wantsEmail(recipient.getKey(), NotificationType.BOARD_REPORT)) {
                    byte[] pdf = pdfs.get(language);
                    mails.add(() -> mailer.sendWithAttachment(account, locale -> new String[] {
                        i18n.getTranslation("report.mail.subject", locale, reports.periodName(period, locale)),
                        i18n.getTranslation("report.mail.body", locale, reports.periodName(period, locale),
                                tenant.name()) + "\n\n" + mailer.link("/report/board/file/" + period.code())},
                            fileName, pdf, "application/pdf"));
                }
            }
            return count;
        });
        mails.forEach(Runnable::run); // after the commit: a slow mail server holds no transaction open
        log.info("Board report {} for tenant {}: {} recipient(s) notified", period.code(), tenant.id(), notified);
        return notified == null ? 0 : notified;
    }

    /** The stored report of the period in that language, made and stored first when there is none yet. */
    private byte[] pdfFor(TenantInfo tenant, Period period, Locale language) {
        Optional<byte[]> stored = transaction.execute(status -> schedules.storedContent(period, language));
        if (stored != null && stored.isPresent()) {
            return stored.get();
        }
        byte[] pdf = BoardReportPdf.render(reports.documentFor(period, language, tenant.name()));
        transaction.executeWithoutResult(status -> schedules.store(period, language, BoardReports.fileName(period),
                pdf));
        return pdf;
    }

    /** Monthly: every first of the month; quarterly: the first day of a quarter. */
    static boolean due(Schedule schedule, LocalDate today) {
        if (today.getDayOfMonth() != 1) {
            return false;
        }
        return schedule.frequency().periodType() == PeriodType.MONTH || (today.getMonthValue() - 1) % 3 == 0;
    }
}
