package app.momentum.report;

import app.momentum.maturity.domain.Level;
import app.momentum.action.DisciplineOverview;
import app.momentum.base.UserFacingException;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.base.ui.Formats;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.domain.Staleness;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.journey.JourneyService.JourneyRecord;
import app.momentum.journey.LifecycleStage;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.KpiRecord;
import app.momentum.measurement.KpiService.MeasurementRecord;
import app.momentum.measurement.KpiService.TargetRecord;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.SurveyImports;
import app.momentum.measurement.SurveyImports.SurveyMoments;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.report.BoardReportDocument.Actions;
import app.momentum.report.BoardReportDocument.Compass;
import app.momentum.report.BoardReportDocument.DisciplineRow;
import app.momentum.report.BoardReportDocument.KpiRow;
import app.momentum.report.BoardReportDocument.KpiStatus;
import app.momentum.report.BoardReportDocument.Labels;
import app.momentum.report.BoardReportDocument.MomentRow;
import app.momentum.report.BoardReportDocument.Portfolio;
import app.momentum.report.BoardReportDocument.Quadrant;
import app.momentum.report.BoardReportDocument.StageCount;
import app.momentum.report.BoardReportDocument.StaleRow;
import app.momentum.report.pdf.BoardReportPdf;
import app.momentum.security.MemberSession;
import app.momentum.user.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The board report of the current tenant for one period (a quarter such as {@code 2026-Q4}, or a month for a
 * monthly schedule), in a given language, built from the other modules' APIs: KPI values and targets of the period
 * with the 8 periods ending there; moments below target from each journey's latest survey fielded by the period's
 * end; actions done in the period and overdue at its end; the latest maturity round opened by the period's end; the
 * portfolio and the stale journeys as of today (labelled "as of").
 *
 * <p>Readable by CX managers, tenant admins and executives ({@link #document}, {@link #pdf}); the scheduled job
 * builds the same through {@link #documentFor}, which checks no role (it runs without a logged-in user, in the
 * tenant's scope). Deliberately without a transaction of its own: each module reads in its own read-only one, so a
 * section a module refuses only leaves that section empty.
 */
@Service
public class BoardReports {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BoardReports.class);

    /** How many periods a KPI's sparkline shows. */
    public static final int SPARKLINE_PERIODS = 8;
    static final ZoneId ZONE = Formats.DEFAULT_ZONE;

    private final JourneyService journeys;
    private final JourneyLookup journeyLookup;
    private final KpiService kpis;
    private final SurveyImports surveys;
    private final DisciplineOverview disciplines;
    private final LifeCycle lifeCycle;
    private final MaturityScans maturity;
    private final UserAccounts users;
    private final MemberSession memberSession;
    private final MomentumI18NProvider i18n;
    private final Clock clock;

    BoardReports(JourneyService journeys, JourneyLookup journeyLookup, KpiService kpis, SurveyImports surveys,
                 DisciplineOverview disciplines, LifeCycle lifeCycle, MaturityScans maturity, UserAccounts users,
                 MemberSession memberSession, MomentumI18NProvider i18n, Clock clock) {
        this.journeys = journeys;
        this.journeyLookup = journeyLookup;
        this.kpis = kpis;
        this.surveys = surveys;
        this.disciplines = disciplines;
        this.lifeCycle = lifeCycle;
        this.maturity = maturity;
        this.users = users;
        this.memberSession = memberSession;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Whether the current member may read the board report. */
    public boolean mayRead() {
        return memberSession.current().map(me -> ReportPermissions.mayRead(me.role())).orElse(false);
    }

    /** Whether the current member may schedule the board report (tenant admins). */
    public boolean maySchedule() {
        return memberSession.current().map(me -> ReportPermissions.maySchedule(me.role())).orElse(false);
    }

    /**
     * Reads a period as the page's parameter gives it ({@code 2026-Q4}, {@code Q4 2026}, {@code 2026-12}); refused
     * with a clear message when it is not a month or quarter or lies after the current one.
     */
    public Period parsePeriod(String text) {
        Period period = Period.parse(text == null ? "" : text)
                .orElseThrow(() -> new UserFacingException("report.period.invalid", text == null ? "" : text));
        if (period.start().isAfter(today())) {
            throw new UserFacingException("report.period.future", period.code());
        }
        return period;
    }

    /** The quarter the page opens with: the current one. */
    public Period currentQuarter() {
        return Period.containing(PeriodType.QUARTER, today());
    }

    /** The period before the one containing {@code day}: what a schedule reports on its first day of a period. */
    public static Period previous(PeriodType type, LocalDate day) {
        Period current = Period.containing(type, day);
        return Period.containing(type, current.start().minusDays(1));
    }

    /** The report for the current member in {@code locale}. */
    @PreAuthorize(ReportPermissions.MAY_READ)
    public BoardReportDocument document(Period period, Locale locale) {
        return documentFor(period, locale, memberSession.current().map(me -> me.membership().tenantName()).orElse(""));
    }

    /** {@link #document} as PDF. */
    @PreAuthorize(ReportPermissions.MAY_READ)
    public byte[] pdf(Period period, Locale locale) {
        return BoardReportPdf.render(document(period, locale));
    }

    /** The file name of the PDF, e.g. {@code board-report-2026-Q4.pdf}. */
    public static String fileName(Period period) {
        return "board-report-" + period.code() + ".pdf";
    }

    /**
     * The report in the current tenant's scope without a role check: for the scheduled job, which runs without a
     * logged-in user. {@code tenantName} goes into the subtitle.
     */
    public BoardReportDocument documentFor(Period period, Locale requested, String tenantName) {
        Objects.requireNonNull(period, "period");
        Locale locale = MomentumI18NProvider.supported(requested);
        LocalDate first = period.start();
        LocalDate dayAfter = end(period);
        LocalDate today = today();
        Texts t = new Texts(locale);
        String periodName = periodName(period, locale);
        String title = t.get("report.title", periodName);
        String range = period.type() == PeriodType.QUARTER
                ? month(first, locale) + " – " + month(dayAfter.minusDays(1), locale) + " " + period.year()
                : periodName;
        String subtitle = tenantName == null || tenantName.isBlank() ? range : tenantName + " · " + range;
        String generated = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(clock.instant().atZone(ZONE));
        String asOf = t.get("report.asOf", date(today, locale));
        Labels labels = new Labels(t.get("report.portfolio"), asOf, t.get("report.total"),
                t.get("report.kpis"), t.get("report.kpi"), t.get("report.kpi.latest"), t.get("report.kpi.target"),
                t.get("report.kpi.status"), t.get("report.kpi.trend", SPARKLINE_PERIODS), t.get("report.kpi.change"),
                t.get("report.kpis.none"), t.get("report.moments"), t.get("report.moment"), t.get("report.journey"),
                t.get("report.score"), t.get("report.moments.none"), t.get("report.actions"),
                t.get(period.type() == PeriodType.QUARTER ? "report.actions.doneInQuarter" : "report.actions.doneInMonth"),
                t.get("report.actions.overdueAtEnd"), t.get("report.discipline"), t.get("report.actions.done"),
                t.get("report.actions.overdue"), t.get("report.actions.none"), t.get("report.compass"),
                t.get("report.compass.quadrant"), t.get("report.compass.level"), t.get("report.compass.change"),
                t.get("report.compass.none"), t.get("report.stale"), asOf, t.get("report.owner"),
                t.get("report.reason"), t.get("report.stale.none"), t.get("report.footer"));
        return new BoardReportDocument(locale, title, subtitle, generated, labels, portfolio(t),
                kpiRows(period, locale, t), moments(first, dayAfter, locale, t), actions(first, dayAfter),
                compass(dayAfter, locale, t), stale(today, locale, t));
    }

    // ------------------------------------------------------------------ sections

    private Portfolio portfolio(Texts t) {
        Map<LifecycleStage, Long> byStage = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            byStage.put(stage, 0L);
        }
        List<JourneyRecord> active = activeJourneys();
        active.forEach(journey -> byStage.merge(journey.stage(), 1L, Long::sum));
        List<StageCount> stages = byStage.entrySet().stream()
                .map(e -> new StageCount(t.get("stage." + e.getKey().name()), e.getValue())).toList();
        return new Portfolio(stages, active.size());
    }

    private List<JourneyRecord> activeJourneys() {
        return journeys.listRecords(JourneyFilter.active(), Pageable.unpaged());
    }

    /** One row per organisation-wide KPI with a value by the period's end, in the catalogue's order. */
    private List<KpiRow> kpiRows(Period period, Locale locale, Texts t) {
        LocalDate dayAfter = end(period);
        List<KpiRecord> organisationWide = kpis.listRecords().stream().filter(k -> k.scope() == KpiScope.TENANT)
                .toList();
        // every KPI's values and targets in one read each, not a read per KPI
        List<UUID> ids = organisationWide.stream().map(KpiRecord::id).toList();
        Map<UUID, List<MeasurementRecord>> measured = kpis.measurementRecords(ids);
        Map<UUID, List<TargetRecord>> targets = kpis.targetRecords(ids);
        List<KpiRow> rows = new ArrayList<>();
        for (KpiRecord kpi : organisationWide) {
            List<MeasurementRecord> values = measured.getOrDefault(kpi.id(), List.of()).stream()
                    .filter(m -> m.periodStart().isBefore(dayAfter)).toList();
            if (values.isEmpty()) {
                continue;
            }
            rows.add(kpiRow(kpi, period, values, targets.getOrDefault(kpi.id(), List.of()), locale, t));
        }
        return rows;
    }

    private KpiRow kpiRow(KpiRecord kpi, Period period, List<MeasurementRecord> values, List<TargetRecord> targets,
                          Locale locale, Texts t) {
        // The KPI's own rhythm: monthly when its latest value is a month's, else quarterly.
        MeasurementRecord newest = values.stream()
                .max(Comparator.comparing(MeasurementRecord::periodStart).thenComparing(MeasurementRecord::createdAt))
                .orElseThrow();
        PeriodType type = period.type() == PeriodType.MONTH || newest.periodType() == PeriodType.MONTH
                ? PeriodType.MONTH : PeriodType.QUARTER;
        LocalDate lastDay = end(period).minusDays(1);
        List<Period> periods = new ArrayList<>();
        Period p = Period.containing(type, lastDay);
        for (int i = 0; i < SPARKLINE_PERIODS; i++) {
            periods.addFirst(p);
            p = Period.containing(type, p.start().minusDays(1));
        }
        Map<Period, BigDecimal> byPeriod = new HashMap<>();
        values.stream().sorted(Comparator.comparing(MeasurementRecord::createdAt)).forEach(m -> {
            Period own = Period.containing(m.periodType(), m.periodStart());
            if (m.periodType() == type) {
                byPeriod.put(own, m.value());
            } else if (type == PeriodType.QUARTER) {
                // a month's value stands for its quarter when the quarter has no value of its own
                byPeriod.putIfAbsent(Period.containing(PeriodType.QUARTER, m.periodStart()), m.value());
            }
        });
        List<Double> sparkline = new ArrayList<>();
        for (Period each : periods) {
            BigDecimal value = byPeriod.get(each);
            sparkline.add(value == null ? null : value.doubleValue());
        }
        // The latest value inside the reported period, and the one before it for the change.
        int latestIndex = -1;
        for (int i = periods.size() - 1; i >= 0; i--) {
            if (sparkline.get(i) != null && !periods.get(i).start().isBefore(period.start())) {
                latestIndex = i;
                break;
            }
        }
        String name = kpi.standardCode() != null ? t.getOr("kpi.standard." + kpi.standardCode().name(), kpi.name())
                : kpi.name();
        if (latestIndex < 0) {
            return new KpiRow(name, "–", "–", KpiStatus.NO_VALUE, t.get("report.kpi.noValue"), sparkline, "");
        }
        Period latestPeriod = periods.get(latestIndex);
        BigDecimal latest = byPeriod.get(latestPeriod);
        Optional<BigDecimal> target = targetFor(targets, latestPeriod, period);
        KpiStatus status = target.map(goal -> (kpi.higherIsBetter() ? latest.compareTo(goal) >= 0
                : latest.compareTo(goal) <= 0) ? KpiStatus.MET : KpiStatus.MISSED).orElse(KpiStatus.NO_TARGET);
        String change = "";
        for (int i = latestIndex - 1; i >= 0; i--) {
            if (sparkline.get(i) != null) {
                change = signed(latest.doubleValue() - sparkline.get(i), locale);
                break;
            }
        }
        return new KpiRow(name, number(latest.doubleValue(), locale), target.map(v -> number(v.doubleValue(), locale))
                .orElse("–"), status, t.get("report.kpi.status." + status.name()), sparkline, change);
    }

    private static Optional<BigDecimal> targetFor(List<TargetRecord> targets, Period latest, Period reported) {
        Optional<BigDecimal> own = targets.stream()
                .filter(r -> r.periodType() == latest.type() && r.periodStart().equals(latest.start()))
                .map(TargetRecord::target).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return targets.stream()
                .filter(r -> r.periodType() == reported.type() && r.periodStart().equals(reported.start()))
                .map(TargetRecord::target).findFirst();
    }

    /** Moments below target in each active journey's latest survey fielded before {@code dayAfter}, worst first. */
    private List<MomentRow> moments(LocalDate first, LocalDate dayAfter, Locale locale, Texts t) {
        record Below(MomentResult moment, String journey, String target) {
        }
        // every journey's survey and the moments' targets in a few reads, not reads per journey
        Map<UUID, SurveyMoments> latest = surveys.latestBefore(dayAfter);
        List<JourneyRecord> surveyed = activeJourneys().stream().filter(j -> latest.containsKey(j.id())).toList();
        List<UUID> momentIds = surveyed.stream().flatMap(j -> latest.get(j.id()).moments().stream())
                .map(MomentResult::momentId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> targets = new HashMap<>();
        journeyLookup.moments(momentIds).forEach(m -> targets.put(m.id(),
                m.targetLevel() == null ? "–" : t.get("report.target." + m.targetLevel().name())));
        List<Below> below = new ArrayList<>();
        for (JourneyRecord journey : surveyed) {
            for (MomentResult moment : latest.get(journey.id()).moments()) {
                if (moment.experienced() > 0 && !moment.targetMet()) {
                    below.add(new Below(moment, journey.name(), targets.getOrDefault(moment.momentId(), "–")));
                }
            }
        }
        below.sort(Comparator.comparingDouble((Below b) -> b.moment().meanSatisfaction())
                .thenComparing(b -> -b.moment().frequency()));
        return below.stream().map(b -> new MomentRow(b.moment().title(), b.journey(),
                number(b.moment().meanSatisfaction(), locale), b.target())).toList();
    }

    private Actions actions(LocalDate first, LocalDate dayAfter) {
        DisciplineOverview.PeriodCounts counts = disciplines.period(first, dayAfter, ZONE);
        List<DisciplineRow> byDiscipline = counts.byDiscipline().stream().filter(r -> r.done() > 0 || r.overdue() > 0)
                .map(r -> new DisciplineRow(r.discipline().name(), r.done(), r.overdue()))
                .sorted(Comparator.comparingLong(DisciplineRow::overdue).reversed()
                        .thenComparing(Comparator.comparingLong(DisciplineRow::done).reversed())
                        .thenComparing(DisciplineRow::discipline))
                .toList();
        return new Actions(counts.done(), counts.overdue(), byDiscipline);
    }

    /** The latest maturity round opened before {@code dayAfter}, with the change since the round before it. */
    private Optional<Compass> compass(LocalDate dayAfter, Locale locale, Texts t) {
        Instant end = dayAfter.atStartOfDay(ZONE).toInstant();
        List<HistoryEntry> history = orEmpty(maturity::history, List.of());
        Optional<HistoryEntry> latest = history.stream()
                .filter(h -> h.summary().openedAt() != null && h.summary().openedAt().isBefore(end))
                .reduce((a, b) -> b);
        return latest.map(entry -> {
            List<Quadrant> quadrants = new ArrayList<>();
            for (app.momentum.maturity.domain.Quadrant quadrant : app.momentum.maturity.domain.Quadrant.values()) {
                double total = entry.quadrantTotals().getOrDefault(quadrant, 0.0);
                Level level = entry.levels().getOrDefault(quadrant, Level.of(total, quadrant.max()));
                Double change = entry.changeSincePrevious() == null ? null : entry.changeSincePrevious().get(quadrant);
                quadrants.add(new Quadrant(t.get("report.quadrant." + quadrant.name()), total, quadrant.max(),
                        level.ordinal(), t.get("report.level." + level.name()), change == null ? null : total - change,
                        change == null ? "" : signed(change, locale)));
            }
            return new Compass(entry.summary().name(), quadrants);
        });
    }

    /** Stale journeys as of today, by name: staleness alone, no gate is judged. */
    private List<StaleRow> stale(LocalDate today, Locale locale, Texts t) {
        List<LifeCycle.StaleJourney> stale = orEmpty(() -> lifeCycle.staleJourneys(today),
                List.<LifeCycle.StaleJourney>of());
        if (stale.isEmpty()) {
            return List.of();
        }
        // the owners' names in one read, not one per stale journey
        Map<UUID, UserAccounts.Account> owners = users.accounts(stale.stream().map(LifeCycle.StaleJourney::ownerUserId)
                .filter(Objects::nonNull).distinct().toList());
        List<StaleRow> rows = new ArrayList<>();
        for (LifeCycle.StaleJourney journey : stale) {
            UserAccounts.Account owner = journey.ownerUserId() == null ? null : owners.get(journey.ownerUserId());
            String reason = journey.reason() == Staleness.Reason.REVIEW_OVERDUE
                    ? t.get("report.stale.REVIEW_OVERDUE", date(journey.reviewDueOn(), locale))
                    : t.get("report.stale." + journey.reason().name());
            rows.add(new StaleRow(journey.name(), owner == null ? "" : owner.displayName(), reason));
        }
        rows.sort(Comparator.comparing(StaleRow::journey, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * A section read from a module that may refuse the job, which runs without a user: the section stays empty (and
     * the log says why), the rest of the report is still made.
     */
    private static <T> T orEmpty(Supplier<T> read, T otherwise) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            log.warn("Board report: a section could not be read and stays empty: {}", e.toString());
            return otherwise;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first day after the period. */
    static LocalDate end(Period period) {
        return period.start().plusMonths(period.type() == PeriodType.QUARTER ? 3 : 1);
    }

    /** "Q4 2026" / "K4 2026", or "December 2026" / "december 2026". */
    public String periodName(Period period, Locale locale) {
        Locale supported = MomentumI18NProvider.supported(locale);
        return period.type() == PeriodType.QUARTER
                ? i18n.getTranslation("report.quarter", supported, period.quarter(), String.valueOf(period.year()))
                : month(period.start(), supported) + " " + period.year();
    }

    private static String month(LocalDate day, Locale locale) {
        return day.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String signed(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        double rounded = Math.round(value * 10) / 10.0;
        return rounded > 0 ? "+" + format.format(rounded) : rounded < 0 ? "−" + format.format(-rounded)
                : format.format(0);
    }

    /** Translations in one language. */
    private final class Texts {
        private final Locale locale;

        Texts(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... params) {
            return i18n.getTranslation(key, locale, params);
        }

        /** The translation, or {@code fallback} when the key has none. */
        String getOr(String key, String fallback) {
            String text = i18n.getTranslation(key, locale);
            return text == null || text.startsWith("!") || text.equals(key) ? fallback : text;
        }
    }
}
