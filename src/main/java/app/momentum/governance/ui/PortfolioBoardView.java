package app.momentum.governance.ui;

import app.momentum.base.ui.FilterSelects;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.base.ui.Notifications;
import app.momentum.brand.BrandService;
import app.momentum.brand.BrandService.Named;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.Portfolio;
import app.momentum.governance.Portfolio.Card;
import app.momentum.governance.PortfolioExport;
import app.momentum.governance.domain.Gate;
import app.momentum.journey.JourneyNavigation;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.tenancy.RoleNames;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The portfolio board: the tenant's active journeys as cards in the four stage columns, with filters, and the same as
 * a sortable table with a CSV export. Dragging a card onto the next stage's column (or its "Move to next stage…"
 * button, for keyboards) opens the {@link GateDialog}, which judges the gate and moves the journey; only those who may
 * move stages can drag. Cards are plain divs: the board stays light with hundreds of journeys.
 */
@Route("portfolio")
@Menu(order = 21, icon = "vaadin:grid-h", title = "nav.portfolio")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class PortfolioBoardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters the cockpit's tiles open the board with: {@code ?stale=true}, {@code ?gateFailing=true}. */
    public static final String STALE = "stale";
    public static final String GATE_FAILING = "gateFailing";

    private final transient Portfolio portfolio;
    private final transient PortfolioExport export;
    private final transient LifeCycle lifeCycle;
    private final boolean mayMove;
    private final TextField search = new TextField();
    private final Select<JourneyType> type = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();
    private final Select<Named> persona = new Select<>();
    private final Checkbox staleOnly = new Checkbox();
    private final Checkbox gateFailingOnly = new Checkbox();
    private final Tab boardTab = new Tab();
    private final Tab tableTab = new Tab();
    private final Tabs toggle = new Tabs();
    private final HorizontalLayout columns = new HorizontalLayout();
    private final Div board = new Div(columns);
    private final Grid<Card> grid = new Grid<>();
    private final Div table = new Div();
    private final EmptyState nothingYet;
    private final EmptyState noMatches;
    private List<Card> shown = List.of();

    public PortfolioBoardView(Portfolio portfolio, PortfolioExport export, LifeCycle lifeCycle, BrandService brand,
                              TenantMembers members) {
        this.portfolio = portfolio;
        this.export = export;
        this.lifeCycle = lifeCycle;
        this.mayMove = lifeCycle.mayMove();
        addClassName("portfolio-view");
        setSizeFull();

        nothingYet = new EmptyState(VaadinIcon.GRID_H, getTranslation("portfolio.emptyTitle"),
                getTranslation("portfolio.emptyPurpose"));
        nothingYet.nextStep(getTranslation("portfolio.emptyNext"));
        Button toJourneys = new Button(getTranslation("nav.journeys"), VaadinIcon.ROAD_BRANCHES.create(),
                e -> JourneyNavigation.toPortfolio());
        toJourneys.setId("portfolio-to-journeys");
        nothingYet.action(toJourneys);
        nothingYet.setId("portfolio-empty");
        Button clear = new Button(getTranslation("portfolio.clearFilters"), e -> clearFilters());
        clear.setId("portfolio-clear-filters");
        noMatches = EmptyState.noMatches(getTranslation("portfolio.noMatches")).action(clear);
        noMatches.setId("portfolio-no-matches");

        boardTab.setLabel(getTranslation("portfolio.board"));
        boardTab.setId("portfolio-board-tab");
        tableTab.setLabel(getTranslation("portfolio.table"));
        tableTab.setId("portfolio-table-tab");
        toggle.add(boardTab, tableTab);
        toggle.setId("portfolio-toggle");
        toggle.addSelectedChangeListener(e -> showSelected());

        columns.addClassName("board-columns");
        columns.setId("portfolio-columns");
        board.addClassName("map-scroller");
        board.setWidthFull();
        configureGrid();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "portfolio.csv", "text/csv", bytes.length);
        }), getTranslation("portfolio.exportCsv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("portfolio-export-csv");
        table.add(csv, grid);
        table.setSizeFull();

        add(new H1(getTranslation("portfolio.title")), filters(brand.personaNames(), members.active()), toggle,
                nothingYet, noMatches, board, table);
        expand(board);
        refresh();
        showSelected();
    }

    private FlexLayout filters(List<Named> personas, List<MemberChoice> owners) {
        String all = getTranslation("journeys.all");
        search.setPlaceholder(getTranslation("portfolio.search"));
        search.setAriaLabel(getTranslation("portfolio.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("portfolio-search");
        configure(type, "journeys.type", List.of(JourneyType.values()), t -> getTranslation("journeyType." + t.name()), all);
        configure(owner, "journeys.owner", owners, MemberChoice::displayName, all);
        configure(persona, "journeys.persona", personas, Named::name, all);
        type.setId("portfolio-type");
        owner.setId("portfolio-owner");
        persona.setId("portfolio-persona");
        staleOnly.setLabel(getTranslation("portfolio.staleOnly"));
        staleOnly.setId("portfolio-stale-only");
        gateFailingOnly.setLabel(getTranslation("portfolio.gateFailingOnly"));
        gateFailingOnly.setId("portfolio-gate-failing-only");
        search.addValueChangeListener(e -> refresh());
        staleOnly.addValueChangeListener(e -> refresh());
        gateFailingOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, type, owner, persona, staleOnly, gateFailingOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        return filters;
    }

    private <T> void configure(Select<T> select, String labelKey, List<T> items, Function<T, String> name, String all) {
        FilterSelects.withAll(select, getTranslation(labelKey), items, name, all);
        select.addValueChangeListener(e -> refresh());
    }

    private void clearFilters() {
        search.clear();
        type.clear();
        owner.clear();
        persona.clear();
        staleOnly.clear();
        gateFailingOnly.clear();
        refresh();
    }

    Portfolio.Filter filter() {
        return new Portfolio.Filter(search.getValue(), type.getValue(),
                owner.getValue() == null ? null : owner.getValue().userId(),
                persona.getValue() == null ? null : persona.getValue().id(), staleOnly.getValue(),
                gateFailingOnly.getValue());
    }

    private void configureGrid() {
        grid.setId("portfolio-grid");
        grid.addColumn(Card::name).setHeader(getTranslation("journeys.name")).setKey("name")
                .setComparator(Comparator.comparing(Card::name, String.CASE_INSENSITIVE_ORDER)).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("journeyType." + c.type().name())).setHeader(getTranslation("journeys.type"))
                .setKey("type").setComparator(Comparator.comparing(Card::type));
        grid.addColumn(c -> getTranslation("stage." + c.stage().name())).setHeader(getTranslation("journeys.stage"))
                .setKey("stage").setComparator(Comparator.comparing(Card::stage).thenComparing(Card::cycle));
        grid.addColumn(Card::cycle).setHeader(getTranslation("portfolio.cycle")).setKey("cycle")
                .setComparator(Comparator.comparingInt(Card::cycle));
        grid.addColumn(this::ownerName).setHeader(getTranslation("journeys.owner")).setKey("owner")
                .setComparator(Comparator.comparing(this::ownerName, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(Card::personaName).setHeader(getTranslation("journeys.persona")).setKey("persona")
                .setComparator(Comparator.comparing(Card::personaName, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(c -> getTranslation("checkStatus." + c.checkStatus().name()))
                .setHeader(getTranslation("journeys.check")).setKey("check")
                .setComparator(Comparator.comparing(Card::checkStatus));
        grid.addColumn(this::meetingTarget).setHeader(getTranslation("portfolio.meetingTarget")).setKey("target")
                .setComparator(Comparator.comparingDouble(PortfolioBoardView::shareMeetingTarget));
        grid.addColumn(Card::openActions).setHeader(getTranslation("portfolio.openActions")).setKey("open")
                .setComparator(Comparator.comparingLong(Card::openActions));
        grid.addColumn(Card::overdueActions).setHeader(getTranslation("portfolio.overdueActions")).setKey("overdue")
                .setComparator(Comparator.comparingLong(Card::overdueActions));
        grid.addColumn(c -> c.lastSurvey().map(this::date).orElse("")).setHeader(getTranslation("portfolio.lastSurvey"))
                .setKey("lastSurvey").setComparator(Comparator.comparing(c -> c.lastSurvey().orElse(LocalDate.MIN)));
        grid.addColumn(c -> c.stale().map(r -> getTranslation("portfolio.staleReason." + r.name())).orElse(""))
                .setHeader(getTranslation("portfolio.stale")).setKey("stale")
                .setComparator(Comparator.comparing(Card::isStale));
        grid.addColumn(c -> c.gateFailing() ? getTranslation("portfolio.gateFailingShort") : "")
                .setHeader(getTranslation("portfolio.gateFailing")).setKey("gate")
                .setComparator(Comparator.comparing(Card::gateFailing));
        ListGrids.openRowsWith(grid, card -> JourneyNavigation.toMap(card.journeyId()));
        grid.setSizeFull();
    }

    private void showSelected() {
        boolean boardShown = toggle.getSelectedTab() != tableTab;
        boolean any = !shown.isEmpty();
        board.setVisible(boardShown && any);
        table.setVisible(!boardShown && any);
        boolean narrowed = filter().narrows();
        nothingYet.setVisible(!any && !narrowed);
        noMatches.setVisible(!any && narrowed);
    }

    private void refresh() {
        Portfolio.Filter filter = filter();
        shown = portfolio.cards(filter);
        grid.setItems(shown);
        columns.removeAll();
        Map<LifecycleStage, List<Card>> byStage = new java.util.EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            byStage.put(stage, new java.util.ArrayList<>());
        }
        shown.forEach(card -> byStage.get(card.stage()).add(card));
        byStage.forEach((stage, cards) -> columns.add(column(stage, cards)));
        showSelected();
    }

    private VerticalLayout column(LifecycleStage stage, List<Card> cards) {
        VerticalLayout column = new VerticalLayout();
        column.addClassName("phase-column");
        column.setWidth(null);
        column.setPadding(false);
        column.setId("portfolio-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        H3 heading = new H3(getTranslation("stage." + stage.name()) + " (" + cards.size() + ")");
        heading.addClassName("phase-name");
        Div list = new Div();
        list.addClassName("moment-list");
        cards.forEach(card -> list.add(card(card)));
        column.add(heading, list);
        if (mayMove) {
            DropTarget<VerticalLayout> drop = DropTarget.create(column);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData().ifPresent(id -> dropped((UUID) id, stage)));
        }
        return column;
    }

    private Div card(Card card) {
        Div name = new Div(JourneyNavigation.linkToMap(card.name(), card.journeyId()));
        name.addClassName("moment-title");
        // the type (our text) and the names (the tenant's) in spans of their own, so each reads as what it is
        Span who = new Span(new Span(getTranslation("journeyType." + card.type().name())),
                new Span(" · " + ownerName(card) + (card.personaName().isEmpty() ? "" : " · " + card.personaName())));
        who.addClassName("moment-channel");
        Span figures = new Span(getTranslation("portfolio.cardFigures", meetingTarget(card), card.openActions(),
                card.overdueActions(), card.lastSurvey().map(this::date).orElse(getTranslation("portfolio.noSurvey"))));
        figures.addClassName("portfolio-figures");
        Div badges = new Div(checkBadge(card.checkStatus()));
        badges.addClassName("badges");
        card.stale().ifPresent(reason -> {
            Badge stale = new Badge(getTranslation("portfolio.staleBadge"));
            stale.addThemeVariants(BadgeVariant.WARNING);
            stale.getElement().setAttribute("title", getTranslation("portfolio.staleReason." + reason.name()));
            stale.setId("stale-" + card.journeyId());
            badges.add(stale);
        });
        if (card.gateFailing()) {
            Badge failing = new Badge(getTranslation("portfolio.gateFailingBadge", card.failingCriteria()));
            failing.addThemeVariants(BadgeVariant.ERROR);
            failing.setId("gate-failing-" + card.journeyId());
            badges.add(failing);
        }
        Div div = new Div(name, who, figures, badges);
        div.addClassName("moment-card");
        div.setId("portfolio-card-" + card.journeyId());
        if (mayMove) {
            DragSource<Div> drag = DragSource.create(div);
            drag.setDragData(card.journeyId());
            Button move = new Button(getTranslation("portfolio.moveNext"), e -> openGate(card.journeyId()));
            move.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            move.setId("move-" + card.journeyId());
            move.setAriaLabel(getTranslation("portfolio.moveNextOf", card.name(),
                    getTranslation("stage." + Gate.next(card.stage()).to().name())));
            div.add(move);
        }
        return div;
    }

    private Badge checkBadge(CheckStatus status) {
        Badge badge = new Badge(getTranslation("portfolio.checkBadge",
                getTranslation("checkStatus." + status.name()).toLowerCase(getLocale())));
        switch (status) {
            case PASS -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case WARNING -> badge.addThemeVariants(BadgeVariant.WARNING);
            case FAIL -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NOT_APPLICABLE -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.getElement().setAttribute("title", getTranslation("journeys.check"));
        return badge;
    }

    /**
     * A card was dropped on a column: onto the next stage's column it asks for the move through the gate; elsewhere it
     * says how a journey moves. Package-private for the browserless tests, which cannot drag.
     */
    void dropped(UUID journeyId, LifecycleStage onto) {
        if (!mayMove) {
            return;
        }
        shown.stream().filter(card -> card.journeyId().equals(journeyId)).findFirst().ifPresent(card -> {
            if (card.stage() == onto) {
                return;
            }
            LifecycleStage next = Gate.next(card.stage()).to();
            if (next == onto) {
                openGate(journeyId);
            } else {
                Notifications.error(getTranslation("portfolio.oneStageForward", getTranslation("stage." + next.name())));
            }
        });
    }

    /** The CSV of what the filter shows now (the export link's content). */
    byte[] csv() {
        return export.csv(shown, getLocale());
    }

    private void openGate(UUID journeyId) {
        GateDialog dialog = new GateDialog(lifeCycle, journeyId, transition -> refresh());
        dialog.open();
    }

    private String ownerName(Card card) {
        return card.ownerName().isEmpty() ? getTranslation("journeys.noOwner") : card.ownerName();
    }

    private String meetingTarget(Card card) {
        return card.momentsMeasured() == 0 ? "–" : card.momentsMeetingTarget() + "/" + card.momentsMeasured();
    }

    private static double shareMeetingTarget(Card card) {
        return card.momentsMeasured() == 0 ? -1 : (double) card.momentsMeetingTarget() / card.momentsMeasured();
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        staleOnly.setValue(isTrue(query, STALE));
        gateFailingOnly.setValue(isTrue(query, GATE_FAILING));
    }

    private static boolean isTrue(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).contains("true");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · Momentum";
    }
}
