package app.momentum.dashboard;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.OpenActionRef;
import app.momentum.action.DisciplineOverview;
import app.momentum.base.ui.Formats;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.LifeCycle.JourneyState;
import app.momentum.governance.LifeCycle.Transition;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyLookup.PortfolioCount;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.measurement.MeasurementHeadlines;
import app.momentum.measurement.MeasurementHeadlines.GapHeadline;
import app.momentum.measurement.MeasurementHeadlines.KpiHeadline;
import app.momentum.measurement.MeasurementHeadlines.MomentBelowTarget;
import app.momentum.ownership.Accountability;
import app.momentum.ownership.OwnershipService;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The cockpit: what the dashboard shows each role, one record per tile, read in bulk — a bounded number of SQL
 * statements whatever the number of journeys, moments, actions, KPIs or periods (no query per journey or per KPI).
 * Executives see the portfolio, the headline KPIs, the moments below target, overdue actions by discipline, the
 * perception gap, the latest maturity scan and the life cycle's moves and stale journeys; CX managers and tenant
 * admins the same plus the gates failing and the overrides; contributors their own actions, the moments their
 * disciplines answer for that miss their target (and, in the view, their follow-ups).
 *
 * <p>Read-only and published. The life cycle and the maturity scan are read through their modules' APIs; while one
 * of them is not built yet (its API throws {@link UnsupportedOperationException}) its tiles say "not available".
 * Deliberately without a transaction of its own: each module's read runs in its own read-only transaction, so a
 * refusal from one of them (such as a stub's) does not mark a shared transaction for rollback.
 */
@Service
public class Cockpit {

    /** How many entries a list tile shows; the page behind it shows the rest. */
    public static final int LIST_SIZE = 5;

    /** How many periods a headline KPI's sparkline shows. */
    public static final int SPARKLINE_PERIODS = 8;

    /** Which cockpit: see {@link DashboardPermissions#audience}. */
    public enum Audience { EXECUTIVE, CX_MANAGER, CONTRIBUTOR }

    /** The active journeys by life-cycle stage (every stage, in order) and by the signature check's status. */
    public record PortfolioTile(long journeys, Map<LifecycleStage, Long> byStage, Map<CheckStatus, Long> byCheckStatus) {
    }

    /** Headline KPIs in the tenant's chosen order. */
    public record KpiTile(List<KpiHeadline> headlines) {
    }

    /** Moments below target: how many in all, and the worst {@link #LIST_SIZE}. */
    public record MomentsTile(int total, List<MomentBelowTarget> worst) {
    }

    /** A discipline with its overdue actions. */
    public record DisciplineCount(UUID disciplineId, String name, long overdue) {
    }

    /** Overdue actions in all and per discipline (most first; disciplines without any left out). */
    public record OverdueTile(long total, List<DisciplineCount> byDiscipline) {
    }

    /** The perception gap over every journey's latest survey; empty without estimates before a survey. */
    public record GapTile(Optional<GapHeadline> headline) {
    }

    /** The latest maturity scan round with its change since the previous one; empty before the first round closes. */
    public record MaturityTile(Optional<HistoryEntry> latest) {
    }

    /** A journey whose next gate fails, named for the gates tile. */
    public record NamedJourney(UUID journeyId, String name, LifecycleStage stage, int failingCriteria) {
    }

    /** A stale journey named for the tile. */
    public record StaleJourney(UUID journeyId, String name) {
    }

    /** Journeys that moved stage this quarter (newest first), and the stale journeys. */
    public record LifeCycleTile(List<Transition> movedThisQuarter, List<StaleJourney> stale) {
    }

    /** Journeys whose next gate fails, and this quarter's moves through a failing gate (overrides). */
    public record GatesTile(List<NamedJourney> failing, List<Transition> overrides) {
    }

    /** The member's open actions, overdue first: how many are overdue and the first {@link #LIST_SIZE}. */
    public record MyActionsTile(int open, long overdue, List<OpenActionRef> first) {
    }

    /**
     * Every tile of one cockpit; the tiles another audience sees are null: executives and CX managers have no
     * {@code myActions}/{@code myMoments}, contributors only those, executives no {@code gates}.
     */
    public record Tiles(Audience audience, PortfolioTile portfolio, KpiTile kpis, MomentsTile momentsBelowTarget,
                        OverdueTile overdue, GapTile perceptionGap, MaturityTile maturity, LifeCycleTile lifeCycle,
                        GatesTile gates, MyActionsTile myActions, MomentsTile myMoments) {
    }

    private final MemberSession memberSession;
    private final JourneyLookup journeys;
    private final MeasurementHeadlines measurements;
    private final HeadlineSettings headlineSettings;
    private final DisciplineOverview disciplines;
    private final ActionService actions;
    private final Accountability accountability;
    private final OwnershipService ownership;
    private final LifeCycle lifeCycle;
    private final MaturityScans maturity;
    private final Clock clock;

    Cockpit(MemberSession memberSession, JourneyLookup journeys, MeasurementHeadlines measurements,
            HeadlineSettings headlineSettings, DisciplineOverview disciplines, ActionService actions,
            Accountability accountability, OwnershipService ownership, LifeCycle lifeCycle, MaturityScans maturity,
            Clock clock) {
        this.memberSession = memberSession;
        this.journeys = journeys;
        this.measurements = measurements;
        this.headlineSettings = headlineSettings;
        this.disciplines = disciplines;
        this.actions = actions;
        this.accountability = accountability;
        this.ownership = ownership;
        this.lifeCycle = lifeCycle;
        this.maturity = maturity;
        this.clock = clock;
    }

    /** The cockpit of the current member, by their role. */
    public Tiles forCurrentMember() {
        MomentumAuthentication me = memberSession.require();
        Audience audience = DashboardPermissions.audience(me.role());
        if (audience == Audience.CONTRIBUTOR) {
            return new Tiles(audience, null, null, null, null, null, null, null, null, myActions(),
                    myMoments(me.user().id()));
        }
        List<Transition> thisQuarter = lifeCycle.transitionsSince(quarterStart());
        // staleness alone for everyone; only CX managers see the gates, which judging every journey's gate costs
        LifeCycleTile lifeCycleTile = new LifeCycleTile(thisQuarter, lifeCycle.staleJourneys(today()).stream()
                .map(j -> new StaleJourney(j.journeyId(), j.name())).toList());
        GatesTile gates = audience == Audience.CX_MANAGER ? gates(lifeCycle.states(), thisQuarter) : null;
        return new Tiles(audience, portfolio(), kpis(), momentsBelowTarget(), overdue(), perceptionGap(),
                new MaturityTile(maturity.latest()), lifeCycleTile, gates, null, null);
    }

    PortfolioTile portfolio() {
        Map<LifecycleStage, Long> byStage = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            byStage.put(stage, 0L);
        }
        Map<CheckStatus, Long> byCheck = new EnumMap<>(CheckStatus.class);
        long total = 0;
        for (PortfolioCount count : journeys.portfolioCounts()) {
            byStage.merge(count.stage(), count.journeys(), Long::sum);
            byCheck.merge(count.checkStatus(), count.journeys(), Long::sum);
            total += count.journeys();
        }
        return new PortfolioTile(total, byStage, byCheck);
    }

    KpiTile kpis() {
        return new KpiTile(measurements.kpiHeadlines(headlineSettings.chosenOrDefault(), SPARKLINE_PERIODS));
    }

    MomentsTile momentsBelowTarget() {
        List<MomentBelowTarget> below = measurements.momentsBelowTarget();
        return new MomentsTile(below.size(), List.copyOf(below.subList(0, Math.min(LIST_SIZE, below.size()))));
    }

    OverdueTile overdue() {
        List<DisciplineCount> byDiscipline = disciplines.rows().stream().filter(row -> row.overdue() > 0)
                .map(row -> new DisciplineCount(row.discipline().id(), row.discipline().name(), row.overdue()))
                .sorted(Comparator.comparingLong(DisciplineCount::overdue).reversed()
                        .thenComparing(DisciplineCount::name))
                .toList();
        return new OverdueTile(byDiscipline.stream().mapToLong(DisciplineCount::overdue).sum(), byDiscipline);
    }

    GapTile perceptionGap() {
        return new GapTile(measurements.perceptionGap());
    }

    private GatesTile gates(List<JourneyState> states, List<Transition> thisQuarter) {
        return new GatesTile(named(states.stream().filter(s -> !s.nextGatePasses()).toList()),
                thisQuarter.stream().filter(t -> t.overrideReason().isPresent()).toList());
    }

    MyActionsTile myActions() {
        List<OpenActionRef> mine = actions.myOpenActionRefs();
        long overdue = mine.stream().filter(OpenActionRef::overdue).count();
        return new MyActionsTile(mine.size(), overdue, List.copyOf(mine.subList(0, Math.min(LIST_SIZE, mine.size()))));
    }

    /** The moments below target that one of the member's disciplines answers for (RACI "A", else the owning one). */
    MomentsTile myMoments(UUID userId) {
        Set<UUID> mine = ownership.disciplineIdsOf(userId);
        if (mine.isEmpty()) {
            return new MomentsTile(0, List.of());
        }
        List<MomentBelowTarget> below = measurements.momentsBelowTarget();
        List<MomentRef> refs = journeys.moments(below.stream().map(MomentBelowTarget::momentId).toList());
        Map<UUID, UUID> answering = accountability.answeringDisciplines(refs);
        List<MomentBelowTarget> ours = below.stream().filter(m -> mine.contains(answering.get(m.momentId()))).toList();
        return new MomentsTile(ours.size(), List.copyOf(ours.subList(0, Math.min(LIST_SIZE, ours.size()))));
    }

    /** The states with their journeys' names (one query), in the states' order. */
    private List<NamedJourney> named(List<JourneyState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = journeys.journeyNames(states.stream().map(JourneyState::journeyId).toList());
        List<NamedJourney> named = new ArrayList<>();
        for (JourneyState state : states) {
            if (names.containsKey(state.journeyId())) {
                named.add(new NamedJourney(state.journeyId(), names.get(state.journeyId()), state.stage(),
                        state.failingCriteria()));
            }
        }
        return named;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE));
    }

    /** The first day of the current quarter, at the start of the day where our users are. */
    Instant quarterStart() {
        LocalDate today = today();
        LocalDate start = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        return start.atStartOfDay(Formats.DEFAULT_ZONE).toInstant();
    }
}
