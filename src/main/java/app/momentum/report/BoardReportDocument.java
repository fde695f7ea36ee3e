package app.momentum.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The board report of one period, ready to draw: every text is already translated and every figure formatted in the
 * reader's language, so the PDF and the printable page know no language. Counts stay numbers (the PDF draws bars
 * with them) and are formatted with {@link #locale}.
 *
 * @param title          e.g. "Board report Q4 2026"
 * @param subtitle       the tenant and the period, e.g. "Acme · October – December 2026"
 * @param generatedAt    when it was made, formatted
 * @param portfolio      active journeys by stage, as of today
 * @param kpis           the headline KPIs of the period
 * @param momentsBelowTarget moments below target in the latest survey fielded by the period's end (worst first)
 * @param actions        actions done in the period and overdue at its end
 * @param compass        the latest maturity round by the period's end; empty without one
 * @param staleJourneys  stale journeys, as of today
 */
public record BoardReportDocument(Locale locale, String title, String subtitle, String generatedAt, Labels labels,
                                  Portfolio portfolio, List<KpiRow> kpis, List<MomentRow> momentsBelowTarget,
                                  Actions actions, Optional<Compass> compass, List<StaleRow> staleJourneys) {

    public BoardReportDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(actions, "actions");
        kpis = List.copyOf(kpis);
        momentsBelowTarget = List.copyOf(momentsBelowTarget);
        compass = compass == null ? Optional.empty() : compass;
        staleJourneys = List.copyOf(staleJourneys);
    }

    /** The fixed texts of the report: headings, column names, empty states, the page footer. */
    public record Labels(String portfolio, String portfolioAsOf, String total, String kpis, String kpi,
                         String latest, String target, String status, String trend, String change, String noKpis,
                         String momentsBelowTarget, String moment, String journey, String score,
                         String noMomentsBelowTarget, String actions, String doneInPeriod, String overdueAtEnd,
                         String discipline, String done, String overdue, String noActions, String compass,
                         String quadrant, String level, String sincePrevious, String noCompass,
                         String staleJourneys, String staleAsOf, String owner, String reason, String noStaleJourneys,
                         String footer) {
    }

    /** One stage column of the portfolio. */
    public record StageCount(String stage, long journeys) {
    }

    public record Portfolio(List<StageCount> stages, long total) {
        public Portfolio {
            stages = List.copyOf(stages);
        }
    }

    /** Whether a KPI met its target in the period. */
    public enum KpiStatus { MET, MISSED, NO_TARGET, NO_VALUE }

    /**
     * One headline KPI: latest value and target in the period (formatted; "–" when missing), whether it met it (with
     * its translated label), the values of the last periods up to the period (oldest first, null where none was
     * measured) and the change versus the period before (formatted, e.g. "+3.0"; empty when unknown).
     */
    public record KpiRow(String name, String latest, String target, KpiStatus status, String statusLabel,
                         List<Double> sparkline, String change) {
        public KpiRow {
            sparkline = sparkline == null ? List.of() : java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(sparkline));
        }
    }

    /** A moment below its target: measured and target score, formatted. */
    public record MomentRow(String moment, String journey, String score, String target) {
    }

    public record DisciplineRow(String discipline, long done, long overdue) {
    }

    /** Actions completed in the period and overdue at its end, in all and per discipline. */
    public record Actions(long done, long overdue, List<DisciplineRow> byDiscipline) {
        public Actions {
            byDiscipline = List.copyOf(byDiscipline);
        }
    }

    /**
     * One quadrant of the compass: its name, total out of max (one decimal), level (0 = lowest of five) with its name,
     * the previous round's total (null without one) and the change text (empty without one).
     */
    public record Quadrant(String name, double total, int max, int level, String levelName, Double previousTotal,
                           String change) {
    }

    /** The maturity round shown: its name and when it was opened, and the four quadrants in the compass's order. */
    public record Compass(String round, List<Quadrant> quadrants) {
        public Compass {
            quadrants = List.copyOf(quadrants);
        }
    }

    /** A stale journey, with its owner (empty when none) and why it is stale. */
    public record StaleRow(String journey, String owner, String reason) {
    }
}
