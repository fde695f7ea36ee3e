package app.momentum.journey.ui;

import app.momentum.base.ui.FilterSelects;
import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.base.ui.Formats;
import app.momentum.base.ui.UiActions;
import app.momentum.brand.BrandService;
import app.momentum.brand.BrandService.Named;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyPermissions;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyFilter;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The journey portfolio: a lazy grid with filters; managers create, duplicate, archive and restore. */
@Route("journeys")
@Menu(order = 20, icon = "vaadin:road-branches", title = "nav.journeys")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class JourneysView extends VerticalLayout implements HasDynamicTitle {

    private final transient JourneyService journeys;
    private final Grid<Journey> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<JourneyType> type = new Select<>();
    private final Select<Named> persona = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();
    private final Select<LifecycleStage> stage = new Select<>();
    private final Checkbox archived = new Checkbox();
    private final boolean manager;
    private final EmptyState nothingYet;
    private final EmptyState noMatches;

    public JourneysView(JourneyService journeys, BrandService brand, TenantMembers members, MemberSession memberSession) {
        this.journeys = journeys;
        Role role = memberSession.require().role();
        this.manager = JourneyPermissions.mayManage(role);
        addClassName("journeys-view");
        setSizeFull();

        List<Named> personas = brand.personaNames();
        List<MemberChoice> owners = members.active();
        Map<UUID, String> personaNames = personas.stream().collect(Collectors.toMap(Named::id, Named::name));
        Map<UUID, String> ownerNames = owners.stream().collect(Collectors.toMap(MemberChoice::userId, MemberChoice::displayName));

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("journeys.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        noMatches = EmptyState.noMatches(getTranslation("journeys.noMatches"));
        nothingYet = new EmptyState(VaadinIcon.ROAD, getTranslation("journeys.emptyTitle"), getTranslation("journeys.emptyPurpose"));
        nothingYet.setId("journeys-empty");
        if (manager) {
            Button create = new Button(getTranslation("journeys.new"), VaadinIcon.PLUS.create(),
                    e -> new JourneyDialog(journeys, personas, owners, null, this::open).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("new-journey");
            header.add(create);
            Button createFirst = new Button(getTranslation("journeys.new"), VaadinIcon.PLUS.create(),
                    e -> new JourneyDialog(journeys, personas, owners, null, this::open).open());
            createFirst.setId("new-journey-empty");
            nothingYet.nextStep(getTranslation("journeys.emptyNextManager")).action(createFirst);
        } else {
            nothingYet.nextStep(getTranslation("journeys.emptyNextReader"));
        }
        add(header, filters(personas, owners));
        configureGrid(personaNames, ownerNames, noOwner(members.whomToAsk()));
        add(grid);
        refresh();
    }

    private FlexLayout filters(List<Named> personas, List<MemberChoice> owners) {
        search.setPlaceholder(getTranslation("journeys.search"));
        search.setAriaLabel(getTranslation("journeys.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("journey-search");
        FilterSelects.withAll(type, getTranslation("journeys.type"), List.of(JourneyType.values()),
                t -> getTranslation("journeyType." + t.name()), getTranslation("journeys.all"));
        FilterSelects.withAll(persona, getTranslation("journeys.persona"), personas, Named::name, getTranslation("journeys.all"));
        FilterSelects.withAll(owner, getTranslation("journeys.owner"), owners, MemberChoice::displayName, getTranslation("journeys.all"));
        FilterSelects.withAll(stage, getTranslation("journeys.stage"), List.of(LifecycleStage.values()),
                s -> getTranslation("stage." + s.name()), getTranslation("journeys.all"));
        archived.setLabel(getTranslation("journeys.showArchived"));
        archived.setId("journey-show-archived");
        search.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        persona.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        stage.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, type, persona, owner, stage, archived);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        return filters;
    }

    private void configureGrid(Map<UUID, String> personaNames, Map<UUID, String> ownerNames, String noOwner) {
        grid.setId("journeys-grid");
        grid.addColumn(Journey::getName).setHeader(getTranslation("journeys.name")).setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(j -> getTranslation("journeyType." + j.getType().name())).setHeader(getTranslation("journeys.type"))
                .setSortProperty("type").setFlexGrow(2);
        grid.addColumn(j -> personaNames.getOrDefault(j.getPersonaId(), "")).setHeader(getTranslation("journeys.persona"));
        grid.addColumn(j -> ownerNames.getOrDefault(j.getOwnerUserId(), noOwner))
                .setHeader(getTranslation("journeys.owner")).setFlexGrow(2)
                .setTooltipGenerator(j -> ownerNames.getOrDefault(j.getOwnerUserId(), noOwner));
        grid.addColumn(j -> getTranslation("stage." + j.getLifecycleStage().name())).setHeader(getTranslation("journeys.stage"))
                .setSortProperty("lifecycleStage");
        grid.addComponentColumn(j -> CheckBadges.status(this, j.getCheckStatus())).setHeader(getTranslation("journeys.check"))
                .setSortProperty("checkStatus");
        grid.addColumn(j -> Formats.date(j.getUpdatedAt(), getLocale())).setHeader(getTranslation("journeys.updated"))
                .setSortProperty("updatedAt");
        if (manager) {
            grid.addComponentColumn(this::rowActions).setAutoWidth(true).setFlexGrow(0);
        }
        ListGrids.openRowsWith(grid, this::open);
        grid.setSizeFull();
    }

    private HorizontalLayout rowActions(Journey journey) {
        Button duplicate = iconButton(VaadinIcon.COPY, "journeys.duplicate", () -> UiActions.attempt(this, () -> {
            journeys.duplicate(journey.getId(), getTranslation("journeys.copyOf", journey.getName()));
            refresh();
        }));
        Button archive = journey.isArchived()
                ? iconButton(VaadinIcon.ARROW_BACKWARD, "journeys.restore",
                        () -> UiActions.attempt(this, () -> { journeys.setArchived(journey.getId(), false); refresh(); }))
                : iconButton(VaadinIcon.ARCHIVE, "journeys.archive",
                        () -> UiActions.attempt(this, () -> { journeys.setArchived(journey.getId(), true); refresh(); }));
        HorizontalLayout actions = new HorizontalLayout(duplicate, archive);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** What a journey without an (active) owner shows: that it has none, and whom to ask about it. */
    private String noOwner(List<MemberChoice> whomToAsk) {
        if (whomToAsk.isEmpty()) {
            return getTranslation("journeys.noOwner");
        }
        return getTranslation("journeys.noOwnerAsk",
                whomToAsk.stream().map(MemberChoice::displayName).collect(Collectors.joining(", ")));
    }

    private void refresh() {
        JourneyFilter filter = new JourneyFilter(search.getValue(), type.getValue(),
                persona.getValue() == null ? null : persona.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().userId(), stage.getValue(), archived.getValue());
        boolean narrowed = !search.getValue().isBlank() || type.getValue() != null || persona.getValue() != null
                || owner.getValue() != null || stage.getValue() != null;
        EmptyState.showIn(grid, narrowed, nothingYet, noMatches);
        grid.setItems(query -> journeys.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) journeys.count(filter));
    }

    private void open(Journey journey) {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journey.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journeys.title") + " · Momentum";
    }
}
