package app.momentum.maturity.ui;

import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.ListGrids;
import app.momentum.maturity.MaturityPermissions;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.maturity.MaturityScans.RoundStatus;
import app.momentum.maturity.MaturityScans.RoundSummary;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.RoleNames;
import app.momentum.tenancy.TenantMembers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The CX-liner maturity scan: the rounds the user still has to answer on top, every round of the tenant with its
 * status, and the history of results as the four quadrant totals per round with the change. CX managers and tenant
 * admins open rounds here ({@link OpenRoundDialog}); a round opens in {@link MaturityRoundView}.
 */
@Route("maturity")
@Menu(order = 37, icon = "vaadin:dot-circle", title = "maturityScan.nav")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class MaturityView extends VerticalLayout implements HasDynamicTitle {

    private final transient MaturityScans scans;
    private final transient TenantMembers members;
    private final transient Clock clock;
    private final Role role;
    private final Grid<RoundSummary> rounds = new Grid<>();
    private final Div toAnswer = new Div();
    private final Div history = new Div();

    public MaturityView(MaturityScans scans, TenantMembers members, MemberSession memberSession, Clock clock) {
        this.scans = scans;
        this.clock = clock;
        this.members = members;
        this.role = memberSession.require().role();
        addClassName("maturity-view");
        setMaxWidth("72rem");

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("maturityScan.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        if (MaturityPermissions.mayManage(role)) {
            Button open = new Button(getTranslation("maturityScan.open.button"), VaadinIcon.PLUS.create(), e -> openRound());
            open.addThemeVariants(ButtonVariant.PRIMARY);
            open.setId("maturity-open");
            header.add(open);
        }
        Paragraph purpose = new Paragraph(getTranslation("maturityScan.purpose"));
        purpose.getStyle().set("color", "var(--lumo-secondary-text-color)");

        toAnswer.setId("maturity-to-answer");
        toAnswer.setWidthFull();
        history.setId("maturity-history");
        history.setWidthFull();
        configureRounds();
        add(header, purpose, toAnswer, new H2(getTranslation("maturityScan.rounds")), rounds, history);
        refresh();
    }

    private void configureRounds() {
        rounds.setId("maturity-rounds");
        rounds.addColumn(RoundSummary::name).setHeader(getTranslation("maturityScan.column.name")).setFlexGrow(3)
                .setTooltipGenerator(RoundSummary::name);
        rounds.addColumn(r -> MaturityLabels.date(r.closesOn(), getLocale()))
                .setHeader(getTranslation("maturityScan.column.closesOn")).setAutoWidth(true).setFlexGrow(0);
        rounds.addColumn(r -> getTranslation("maturityScan.status." + r.status().name()))
                .setHeader(getTranslation("maturityScan.column.status")).setAutoWidth(true).setFlexGrow(0);
        rounds.addColumn(r -> getTranslation("maturityScan.column.submittedOf", r.submitted(), r.participants()))
                .setHeader(getTranslation("maturityScan.column.submitted")).setAutoWidth(true).setFlexGrow(0);
        EmptyState empty = new EmptyState(VaadinIcon.DOT_CIRCLE, getTranslation("maturityScan.empty"),
                getTranslation("maturityScan.emptyPurpose"));
        empty.setId("maturity-empty");
        if (MaturityPermissions.mayManage(role)) {
            Button first = new Button(getTranslation("maturityScan.open.button"), VaadinIcon.PLUS.create(), e -> openRound());
            first.setId("maturity-open-empty");
            empty.nextStep(getTranslation("maturityScan.emptyNextManager")).action(first);
        } else {
            empty.nextStep(getTranslation("maturityScan.emptyNextOthers"));
        }
        rounds.setEmptyStateComponent(empty);
        ListGrids.openRowsWith(rounds, round -> openRoundView(round.id()));
        rounds.setAllRowsVisible(true);
        rounds.setWidthFull();
    }

    private void refresh() {
        List<RoundSummary> all = scans.rounds();
        rounds.setItems(all);
        showToAnswer(scans.roundsToAnswer());
        showHistory();
    }

    private void showToAnswer(List<RoundSummary> open) {
        toAnswer.removeAll();
        toAnswer.setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        toAnswer.add(new H2(getTranslation("maturityScan.toAnswer")));
        for (RoundSummary round : open) {
            RouterLink link = new RouterLink(getTranslation("maturityScan.toAnswerLink", round.name(),
                    MaturityLabels.date(round.closesOn(), getLocale())), MaturityRoundView.class,
                    MaturityRoundView.parameters(round.id()));
            link.setId("maturity-answer-" + round.id());
            toAnswer.add(new Paragraph(link));
        }
    }

    /** The history of the results the user may see (a contributor: the rounds they submitted to). */
    private void showHistory() {
        history.removeAll();
        List<HistoryEntry> entries = scans.history();
        history.add(new H2(getTranslation("maturityScan.history.title")));
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("maturityScan.history.empty"));
            none.setId("maturity-history-empty");
            history.add(none);
            return;
        }
        history.add(new HistoryChart(entries), changes(entries));
    }

    private Grid<HistoryEntry> changes(List<HistoryEntry> entries) {
        Locale locale = getLocale();
        Grid<HistoryEntry> grid = new Grid<>();
        grid.setId("maturity-history-grid");
        // the round's name in full; the quadrants share the rest and wrap rather than scroll sideways
        grid.addColumn(h -> h.summary().name()).setHeader(getTranslation("maturityScan.column.name"))
                .setAutoWidth(true).setFlexGrow(0);
        for (Quadrant quadrant : Quadrant.values()) {
            grid.addColumn(h -> {
                String total = getTranslation("maturityScan.history.cell",
                        MaturityLabels.oneDecimal(h.quadrantTotals().get(quadrant), locale), quadrant.max(),
                        MaturityLabels.level(this, h.levels().get(quadrant)));
                Double change = h.changeSincePrevious() == null ? null : h.changeSincePrevious().get(quadrant);
                return change == null ? total : total + " (" + MaturityLabels.change(change, locale) + ")";
            }).setHeader(MaturityLabels.quadrant(this, quadrant)).setFlexGrow(1);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(entries.reversed());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        return grid;
    }

    private void openRound() {
        new OpenRoundDialog(scans, members.active(), LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE)),
                id -> openRoundView(id)).open();
    }

    private void openRoundView(UUID id) {
        UI.getCurrent().navigate(MaturityRoundView.class, MaturityRoundView.parameters(id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maturityScan.title") + " · Momentum";
    }
}
