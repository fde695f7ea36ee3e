package app.momentum.dashboard.ui;

import app.momentum.action.ActionService.OpenActionRef;
import app.momentum.base.ui.Formats;
import app.momentum.dashboard.Cockpit;
import app.momentum.dashboard.Cockpit.GatesTile;
import app.momentum.dashboard.Cockpit.LifeCycleTile;
import app.momentum.dashboard.Cockpit.MaturityTile;
import app.momentum.dashboard.Cockpit.MomentsTile;
import app.momentum.dashboard.Cockpit.MyActionsTile;
import app.momentum.dashboard.Cockpit.NamedJourney;
import app.momentum.dashboard.Cockpit.OverdueTile;
import app.momentum.dashboard.Cockpit.PortfolioTile;
import app.momentum.dashboard.Cockpit.Tiles;
import app.momentum.dashboard.DashboardPermissions;
import app.momentum.dashboard.HeadlineSettings;
import app.momentum.governance.LifeCycle.Transition;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.MeasurementHeadlines.GapHeadline;
import app.momentum.measurement.MeasurementHeadlines.KpiHeadline;
import app.momentum.measurement.MeasurementHeadlines.MomentBelowTarget;
import app.momentum.measurement.MeasurementHeadlines.MomentGap;
import app.momentum.measurement.MyFollowUpsSection;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The start page: greets the user, says where they work and in which role, and shows their cockpit — executives the
 * state of the portfolio, CX managers the same with the gates, contributors their own work (see {@link Cockpit}).
 * Every tile opens the page behind it.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final transient Cockpit cockpit;
    private final transient HeadlineSettings headlineSettings;
    private final Div grid = new Div();

    public DashboardView(MemberSession memberSession, MyFollowUpsSection followUps, Cockpit cockpit,
                         HeadlineSettings headlineSettings) {
        this.cockpit = cockpit;
        this.headlineSettings = headlineSettings;
        addClassName("dashboard-view");
        MomentumAuthentication authentication = memberSession.require();
        H1 greeting = new H1(getTranslation(greetingKey(), authentication.user().displayName()));
        greeting.setId("greeting");
        Span where = new Span(getTranslation("dashboard.workingIn", authentication.membership().tenantName()));
        where.setId("working-in");
        Badge role = new Badge(getTranslation(authentication.role().labelKey()));
        role.setId("current-role");
        Div whereAndRole = new Div(where, role);
        whereAndRole.addClassName("working-in");
        Paragraph roleHelp = new Paragraph(getTranslation("dashboard.roleHelp." + authentication.role().name()));
        roleHelp.addClassName("role-help");
        add(greeting, whereAndRole, roleHelp);
        if (DashboardPermissions.mayChooseHeadlines(authentication.role())) {
            Button choose = new Button(getTranslation("cockpit.chooseKpis"), VaadinIcon.COG.create(),
                    click -> new HeadlinesDialog(headlineSettings, this::refresh).open());
            choose.setId("cockpit-choose-kpis");
            add(choose);
        }
        grid.setId("cockpit");
        grid.addClassName("cockpit-grid");
        grid.setWidthFull();
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 17rem), 1fr))");
        add(grid, followUps.create());
        refresh();
    }

    /** Reads the cockpit again (after the headline KPIs changed). */
    void refresh() {
        grid.removeAll();
        Tiles tiles = cockpit.forCurrentMember();
        if (tiles.audience() == Cockpit.Audience.CONTRIBUTOR) {
            grid.add(myActions(tiles.myActions()), myMoments(tiles.myMoments()));
            return;
        }
        tiles.kpis().headlines().forEach(kpi -> grid.add(kpi(kpi)));
        if (tiles.kpis().headlines().isEmpty()) {
            grid.add(new Tile("cockpit-kpis", getTranslation("cockpit.kpis"), "kpis")
                    .empty(getTranslation("cockpit.kpis.none")));
        }
        grid.add(portfolio(tiles.portfolio()), momentsBelowTarget(tiles.momentsBelowTarget()), overdue(tiles.overdue()),
                perceptionGap(tiles.perceptionGap().headline().orElse(null)), maturity(tiles.maturity()));
        grid.add(lifeCycle(tiles.lifeCycle()));
        if (tiles.gates() != null) {
            grid.add(gates(tiles.gates()));
        }
    }

    // --- executive and CX manager ----------------------------------------------------------------------

    private Tile kpi(KpiHeadline kpi) {
        String name = kpi.standardCode() == null ? kpi.name() : getTranslation(kpi.standardCode().messageKey());
        Tile tile = new Tile("cockpit-kpi-" + (kpi.standardCode() == null ? kpi.kpiId() : kpi.standardCode().name()),
                name, "kpis");
        tile.addClassName("cockpit-kpi");
        if (kpi.latest().isEmpty()) {
            return tile.empty(getTranslation("cockpit.kpi.noValues"));
        }
        KpiTrend.Point latest = kpi.latest().get();
        tile.figure(tile.getId().orElseThrow() + "-value", decimal(latest.value()) + unit(kpi.unit()),
                period(latest.period()));
        Div facts = new Div();
        facts.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap")
                .set("align-items", "center").set("font-size", "var(--lumo-font-size-s)");
        if (kpi.target() == null) {
            facts.add(new Span(getTranslation("cockpit.kpi.noTarget")));
        } else {
            facts.add(new Span(getTranslation("cockpit.kpi.target", decimal(kpi.target()))));
            boolean met = kpi.targetMet().orElse(false);
            Badge badge = new Badge(getTranslation(met ? "cockpit.kpi.met" : "cockpit.kpi.missed"));
            badge.addThemeVariants(met ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
            badge.addClassName("cockpit-kpi-met");
            facts.add(badge);
        }
        kpi.change().ifPresent(change -> {
            Span changed = new Span(getTranslation("cockpit.kpi.change", signed(change),
                    period(kpi.recent().get(kpi.recent().size() - 2).period())));
            changed.addClassName("cockpit-kpi-change");
            changed.getStyle().set("color", switch (kpi.changeVerdict()) {
                case BETTER -> "var(--lumo-success-text-color)";
                case WORSE -> "var(--lumo-error-text-color)";
                case UNCHANGED -> "var(--lumo-secondary-text-color)";
            });
            facts.add(changed);
        });
        tile.add(facts);
        if (kpi.recent().size() >= 2) {
            tile.add(CockpitCharts.sparklineChart(kpi.recent().stream().map(p -> period(p.period())).toList(),
                    kpi.recent().stream().map(KpiTrend.Point::value).toList(),
                    getTranslation("cockpit.kpi.sparkline", name, kpi.recent().size())));
        }
        return tile;
    }

    private Tile portfolio(PortfolioTile portfolio) {
        Tile tile = new Tile("cockpit-portfolio", getTranslation("cockpit.portfolio"), "portfolio");
        if (portfolio.journeys() == 0) {
            return tile.empty(getTranslation("cockpit.portfolio.none"));
        }
        tile.figure("cockpit-portfolio-total", number(portfolio.journeys()), getTranslation("cockpit.portfolio.journeys"));
        for (LifecycleStage stage : LifecycleStage.values()) {
            tile.line(getTranslation("cockpit.portfolio.stage", getTranslation("stage." + stage.name()),
                    number(portfolio.byStage().getOrDefault(stage, 0L))));
        }
        Div checks = new Div();
        checks.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        for (Map.Entry<CheckStatus, Long> check : portfolio.byCheckStatus().entrySet()) {
            // "Signature check fails: 1": the status lower-cased, as it continues the sentence
            Badge badge = new Badge(getTranslation("cockpit.portfolio.check",
                    getTranslation("checkStatus." + check.getKey().name()).toLowerCase(getLocale()),
                    number(check.getValue())));
            badge.addThemeVariants(switch (check.getKey()) {
                case PASS -> BadgeVariant.SUCCESS;
                case WARNING -> BadgeVariant.WARNING;
                case FAIL -> BadgeVariant.ERROR;
                default -> BadgeVariant.CONTRAST;
            });
            checks.add(badge);
        }
        tile.add(checks);
        return tile;
    }

    private Tile momentsBelowTarget(MomentsTile moments) {
        Tile tile = new Tile("cockpit-moments", getTranslation("cockpit.moments"), "mining");
        if (moments.total() == 0) {
            return tile.empty(getTranslation("cockpit.moments.none"));
        }
        tile.figure("cockpit-moments-total", number(moments.total()), getTranslation("cockpit.moments.caption"));
        moments.worst().forEach(m -> tile.line(momentLine(m)));
        return tile;
    }

    private Component momentLine(MomentBelowTarget moment) {
        return Tile.link(getTranslation("cockpit.moments.line", moment.title(), moment.journeyName(),
                decimal(moment.meanSatisfaction(), 1), percent(moment.frequency())), mining(moment.journeyId()));
    }

    private Tile overdue(OverdueTile overdue) {
        Tile tile = new Tile("cockpit-overdue", getTranslation("cockpit.overdue"), "disciplines");
        if (overdue.total() == 0) {
            return tile.empty(getTranslation("cockpit.overdue.none"));
        }
        tile.figure("cockpit-overdue-total", number(overdue.total()), getTranslation("cockpit.overdue.caption"));
        overdue.byDiscipline().forEach(d -> tile.line(getTranslation("cockpit.overdue.line", d.name(), number(d.overdue()))));
        return tile;
    }

    private Tile perceptionGap(GapHeadline gap) {
        if (gap == null) {
            return new Tile("cockpit-gap", getTranslation("cockpit.gap"), "mining")
                    .empty(getTranslation("cockpit.gap.none"));
        }
        String href = gap.largest().map(g -> mining(g.journeyId())).orElse("mining");
        Tile tile = new Tile("cockpit-gap", getTranslation("cockpit.gap"), href);
        tile.figure("cockpit-gap-mean", signed(gap.meanGap()), getTranslation("cockpit.gap.caption"));
        tile.note(getTranslation("cockpit.gap.compared", number(gap.compared()), number(gap.overestimated())));
        gap.largest().ifPresent((MomentGap g) -> tile.note(getTranslation("cockpit.gap.largest", g.title(),
                g.journeyName(), decimal(g.estimate(), 1), decimal(g.measured(), 1))));
        return tile;
    }

    private Tile maturity(MaturityTile maturity) {
        Tile tile = new Tile("cockpit-maturity", getTranslation("cockpit.maturity"), "maturity");
        if (maturity.latest().isEmpty()) {
            return tile.empty(getTranslation("cockpit.maturity.none"));
        }
        HistoryEntry latest = maturity.latest().get();
        List<String> names = new ArrayList<>();
        List<Double> maxima = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        for (Quadrant quadrant : Quadrant.values()) {
            String name = getTranslation("cockpit.maturity.quadrant." + quadrant.name());
            names.add(name);
            maxima.add((double) quadrant.max());
            double total = latest.quadrantTotals().getOrDefault(quadrant, 0.0);
            totals.add(total);
            Double change = latest.changeSincePrevious().get(quadrant);
            Level level = latest.levels().get(quadrant);
            String levelName = level == null ? "" : getTranslation("cockpit.maturity.level." + level.name());
            tile.line(change == null
                    ? getTranslation("cockpit.maturity.line", name, decimal(total, 1), levelName)
                    : getTranslation("cockpit.maturity.lineChange", name, decimal(total, 1), levelName, signed(change)));
        }
        var compass = new app.momentum.base.ui.chart.EChart(CockpitCharts.compass(names, maxima, totals,
                latest.summary().name()));
        compass.setHeight("12rem");
        compass.setAriaLabel(getTranslation("cockpit.maturity.compass", latest.summary().name()));
        compass.addClassName("cockpit-compass");
        tile.note(latest.summary().name());
        tile.add(compass);
        return tile;
    }

    private Tile lifeCycle(LifeCycleTile lifeCycle) {
        Tile tile = new Tile("cockpit-life-cycle", getTranslation("cockpit.lifeCycle"), "portfolio");
        tile.figure("cockpit-moved", number(lifeCycle.movedThisQuarter().size()), getTranslation("cockpit.lifeCycle.moved"));
        lifeCycle.movedThisQuarter().stream().limit(Cockpit.LIST_SIZE).forEach(t -> tile.line(transition(t)));
        tile.add(new Div(Tile.link(getTranslation("cockpit.lifeCycle.stale", number(lifeCycle.stale().size())),
                "portfolio?stale=true")));
        lifeCycle.stale().stream().limit(Cockpit.LIST_SIZE).forEach(j -> tile.line(journeyLink(j.name(), j.journeyId())));
        return tile;
    }

    private Tile gates(GatesTile gates) {
        Tile tile = new Tile("cockpit-gates", getTranslation("cockpit.gates"), "portfolio?gateFailing=true");
        tile.figure("cockpit-gates-failing", number(gates.failing().size()), getTranslation("cockpit.gates.failing"));
        for (NamedJourney j : gates.failing().stream().limit(Cockpit.LIST_SIZE).toList()) {
            tile.line(Tile.link(getTranslation("cockpit.gates.line", j.name(), getTranslation("stage." + j.stage().name()),
                    number(j.failingCriteria()), j.failingCriteria()), "journeys/" + j.journeyId()));
        }
        tile.note(getTranslation("cockpit.gates.overrides", number(gates.overrides().size())));
        gates.overrides().stream().limit(Cockpit.LIST_SIZE).forEach(t -> tile.line(new Span(getTranslation(
                "cockpit.gates.override", transitionText(t), t.overrideReason().orElse("")))));
        return tile;
    }

    private Component transition(Transition t) {
        return Tile.link(transitionText(t), "journeys/" + t.journeyId());
    }

    private String transitionText(Transition t) {
        return getTranslation("cockpit.lifeCycle.transition", t.journeyName(), getTranslation("stage." + t.from().name()),
                getTranslation("stage." + t.to().name()), Formats.date(t.at(), getLocale()));
    }

    // --- contributor -----------------------------------------------------------------------------------

    private Tile myActions(MyActionsTile mine) {
        Tile tile = new Tile("cockpit-my-actions", getTranslation("cockpit.myActions"), "actions/mine");
        if (mine.open() == 0) {
            return tile.empty(getTranslation("cockpit.myActions.none"));
        }
        tile.figure("cockpit-my-actions-open", number(mine.open()), getTranslation("cockpit.myActions.caption",
                number(mine.overdue())));
        for (OpenActionRef action : mine.first()) {
            Span due = new Span(action.dueDate() == null ? getTranslation("cockpit.myActions.noDue")
                    : getTranslation("cockpit.myActions.due", Formats.date(action.dueDate().atStartOfDay(Formats.DEFAULT_ZONE)
                    .toInstant(), getLocale())));
            due.getStyle().set("color", "var(--lumo-secondary-text-color)");
            List<Component> parts = new ArrayList<>(List.of(Tile.link(action.title(), "actions/" + action.id()),
                    new Span(" · "), due));
            if (action.overdue()) {
                Badge overdue = new Badge(getTranslation("cockpit.myActions.overdue"));
                overdue.addThemeVariants(BadgeVariant.ERROR);
                overdue.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
                parts.add(overdue);
            }
            tile.line(parts.toArray(Component[]::new));
        }
        return tile;
    }

    private Tile myMoments(MomentsTile moments) {
        Tile tile = new Tile("cockpit-my-moments", getTranslation("cockpit.myMoments"), "mining");
        if (moments.total() == 0) {
            return tile.empty(getTranslation("cockpit.myMoments.none"));
        }
        tile.figure("cockpit-my-moments-total", number(moments.total()), getTranslation("cockpit.moments.caption"));
        moments.worst().forEach(m -> tile.line(momentLine(m)));
        return tile;
    }

    // --- formats ---------------------------------------------------------------------------------------

    private Component journeyLink(String name, UUID journeyId) {
        return Tile.link(name, "journeys/" + journeyId);
    }

    private static String mining(UUID journeyId) {
        return "mining?journey=" + journeyId;
    }

    private String number(long value) {
        return Formats.number(value, getLocale());
    }

    private String decimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(Math.max(0, Math.min(2, value.stripTrailingZeros().scale())));
        return format.format(value);
    }

    private String decimal(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A change with its sign: "+3", "−1,5" (as many decimals as it has, at most two). */
    private String signed(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        String text = format.format(value);
        return value.signum() > 0 ? "+" + text : text;
    }

    /** A difference of scores with its sign, to one decimal. */
    private String signed(double value) {
        String text = decimal(value, 1);
        return value > 0 ? "+" + text : text;
    }

    private String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        return format.format(share);
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() || "score".equals(unit) ? "" : unit.equals("%") ? "%" : " " + unit;
    }

    private String period(Period period) {
        if (period.type() == PeriodType.QUARTER) {
            return getTranslation("cockpit.quarter", period.quarter(), String.valueOf(period.year()));
        }
        return period.start().getMonth().getDisplayName(TextStyle.SHORT, getLocale()) + " " + period.year();
    }

    private static String greetingKey() {
        int hour = LocalTime.now(Formats.DEFAULT_ZONE).getHour();
        return hour < 12 ? "dashboard.greeting.morning" : hour < 18 ? "dashboard.greeting.afternoon" : "dashboard.greeting.evening";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · Momentum";
    }
}
