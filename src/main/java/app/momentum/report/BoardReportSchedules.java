package app.momentum.report;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Validation;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.report.internal.BoardReportFile;
import app.momentum.report.internal.BoardReportFileRepository;
import app.momentum.report.internal.BoardReportSchedule;
import app.momentum.report.internal.BoardReportScheduleRepository;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board report's schedule (tenant admins: monthly or quarterly, to chosen members who may read the report) and
 * the reports the schedule made, kept for download by the tenant's readers. {@link BoardReportJob} makes them.
 */
@Service
@Transactional
public class BoardReportSchedules {

    /** How often the report is made: on the first day of each month or quarter, for the period that just ended. */
    public enum Frequency {
        MONTHLY(PeriodType.MONTH),
        QUARTERLY(PeriodType.QUARTER);

        private final PeriodType periodType;

        Frequency(PeriodType periodType) {
            this.periodType = periodType;
        }

        public PeriodType periodType() {
            return periodType;
        }
    }

    /** The tenant's schedule. */
    public record Schedule(Frequency frequency, List<UUID> recipients, long version) {
        public Schedule {
            recipients = List.copyOf(recipients);
        }
    }

    /** A stored report in the list (without its content). */
    public record StoredReport(UUID id, String period, Locale language, String fileName, Instant createdAt) {
    }

    /** A stored report's file. */
    public record ReportFile(String fileName, byte[] content) {
    }

    private final BoardReportScheduleRepository schedules;
    private final BoardReportFileRepository files;
    private final TenantMembers members;

    BoardReportSchedules(BoardReportScheduleRepository schedules, BoardReportFileRepository files,
                         TenantMembers members) {
        this.schedules = schedules;
        this.files = files;
        this.members = members;
    }

    /** The current schedule; empty when the report is not scheduled. */
    @PreAuthorize(ReportPermissions.MAY_SCHEDULE)
    @Transactional(readOnly = true)
    public Optional<Schedule> schedule() {
        return schedules.findFirstBy().map(BoardReportSchedules::toRecord);
    }

    /** Whom the report may go to: the active members who may read it, by name. */
    @PreAuthorize(ReportPermissions.MAY_SCHEDULE)
    @Transactional(readOnly = true)
    public List<MemberChoice> possibleRecipients() {
        return members.active(ReportPermissions::mayRead).stream()
                .sorted(Comparator.comparing(MemberChoice::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Sets the schedule: a frequency and at least one recipient, each an active member who may read the report.
     * {@code expectedVersion} is the version read (null when there was no schedule): a change over someone else's
     * newer one is refused. Nothing is saved when anything is refused.
     */
    @PreAuthorize(ReportPermissions.MAY_SCHEDULE)
    public Schedule save(Frequency frequency, Collection<UUID> recipients, Long expectedVersion) {
        Set<UUID> chosen = recipients == null ? Set.of() : new LinkedHashSet<>(recipients);
        Set<UUID> allowed = new LinkedHashSet<>();
        possibleRecipients().forEach(m -> allowed.add(m.userId()));
        Validation.Checks checks = Validation.checks();
        checks.require("frequency", frequency != null, "report.schedule.frequencyRequired");
        checks.require("recipients", !chosen.isEmpty(), "report.schedule.recipientsRequired");
        checks.require("recipients", allowed.containsAll(chosen), "report.schedule.recipientNotAllowed");
        checks.throwIfAny();
        Optional<BoardReportSchedule> existing = schedules.findFirstBy();
        if (existing.isPresent()) {
            ConcurrentEditException.check(existing.get().getVersion(), expectedVersion == null ? -1 : expectedVersion);
            existing.get().change(frequency, new ArrayList<>(chosen));
            return toRecord(schedules.saveAndFlush(existing.get()));
        }
        if (expectedVersion != null) {
            throw new ConcurrentEditException();
        }
        return toRecord(schedules.saveAndFlush(new BoardReportSchedule(frequency, new ArrayList<>(chosen))));
    }

    /** Stops the schedule (the stored reports stay). */
    @PreAuthorize(ReportPermissions.MAY_SCHEDULE)
    public void stop(long expectedVersion) {
        schedules.findFirstBy().ifPresent(schedule -> {
            ConcurrentEditException.check(schedule.getVersion(), expectedVersion);
            schedules.delete(schedule);
        });
    }

    /** The stored reports of the tenant, newest first. */
    @PreAuthorize(ReportPermissions.MAY_READ)
    @Transactional(readOnly = true)
    public List<StoredReport> stored() {
        return files.listNewestFirst().stream().map(f -> new StoredReport(f.getId(), f.getPeriod(),
                Locale.forLanguageTag(f.getLanguage()), f.getFileName(), f.getCreatedAt())).toList();
    }

    /**
     * A stored report of the current tenant for a period ({@code 2026-Q3}), in {@code preferred} language when it
     * was made in it, else in the language it was made in; empty when the tenant has none for that period (another
     * tenant's reports are never found: every query is filtered by the current tenant).
     */
    @PreAuthorize(ReportPermissions.MAY_READ)
    @Transactional(readOnly = true)
    public Optional<ReportFile> file(String period, Locale preferred) {
        Optional<Period> parsed = Period.parse(period == null ? "" : period);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String code = parsed.get().code();
        String language = MomentumI18NProvider.supported(preferred).toLanguageTag();
        return files.findByPeriodAndLanguage(code, language)
                .or(() -> files.findByPeriodOrderByCreatedAtAsc(code).stream().findFirst())
                .map(f -> new ReportFile(f.getFileName(), f.getContent()));
    }

    // ------------------------------------------------------------------ for the job (tenant scope, no user)

    Optional<Schedule> scheduleForJob() {
        return schedules.findFirstBy().map(BoardReportSchedules::toRecord);
    }

    boolean storedAlready(Period period, Locale language) {
        return files.existsByPeriodAndLanguage(period.code(), language.toLanguageTag());
    }

    void store(Period period, Locale language, String fileName, byte[] content) {
        files.saveAndFlush(new BoardReportFile(period.code(), language.toLanguageTag(), fileName, content));
    }

    Optional<byte[]> storedContent(Period period, Locale language) {
        return files.findByPeriodAndLanguage(period.code(), language.toLanguageTag()).map(BoardReportFile::getContent);
    }

    private static Schedule toRecord(BoardReportSchedule schedule) {
        return new Schedule(schedule.getFrequency(), schedule.getRecipientUserIds(),
                schedule.getVersion() == null ? 0 : schedule.getVersion());
    }
}
