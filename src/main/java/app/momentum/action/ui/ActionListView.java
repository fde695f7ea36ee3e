package app.momentum.action.ui;

import app.momentum.base.ui.FilterSelects;
import app.momentum.tenancy.RoleNames;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.action.ActionExport;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionFilter;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.ActionPermissions;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/** All improvement actions: a lazy, sortable, filterable list, exported to CSV or Excel. */
@Route("actions")
@Menu(order = 30, icon = "vaadin:tasks", title = "nav.actions")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class ActionListView extends VerticalLayout implements HasDynamicTitle {

    private final transient ActionService actions;
    private final Grid<ImprovementAction> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<JourneyRef> journey = new Select<>();
    private final Select<DisciplineRef> discipline = new Select<>();
    private final Select<MemberChoice> owner = new Select<>();
    private final Select<ActionType> type = new Select<>();
    private final Select<ActionStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final EmptyState nothingYet;
    private final EmptyState noMatches;

    public ActionListView(ActionService actions, ActionExport export, JourneyLookup journeys, ActionContextLoader contexts,
                          MemberSession memberSession) {
        this.actions = actions;
        MomentumAuthentication me = memberSession.require();
        ActionContext context = contexts.load();
        addClassName("actions-view");
        setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("actions.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        HorizontalLayout tools = new HorizontalLayout();
        tools.setAlignItems(Alignment.CENTER);
        if (ActionPermissions.mayExport(me.role())) {
            tools.add(download("actions.exportCsv", "actions.csv", "text/csv", () -> export.csv(filter(), getLocale())),
                    download("actions.exportXlsx", "actions.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> export.xlsx(filter(), getLocale())));
        }
        noMatches = EmptyState.noMatches(getTranslation("actions.noMatches"));
        nothingYet = new EmptyState(VaadinIcon.TASKS, getTranslation("actions.emptyTitle"), getTranslation("actions.emptyPurpose"));
        nothingYet.setId("actions-empty");
        if (ActionPermissions.mayCreate(me.role(), ActionStatus.IDEA)) {
            String label = getTranslation(ActionPermissions.mayAssign(me.role()) ? "action.new" : "action.propose");
            Runnable newAction = () -> new ActionDialog(actions, context, journeys::momentsInMapOrder, null, null,
                    null, ActionPermissions.mayAssign(me.role()), saved -> refresh()).open();
            Button create = new Button(label, VaadinIcon.PLUS.create(), e -> newAction.run());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setId("new-action");
            tools.add(create);
            Button createFirst = new Button(label, VaadinIcon.PLUS.create(), e -> newAction.run());
            createFirst.setId("new-action-empty");
            nothingYet.nextStep(getTranslation("actions.emptyNextCreate")).action(createFirst);
        } else {
            nothingYet.nextStep(getTranslation("actions.emptyNextReader"));
        }
        header.add(tools);
        add(header, filters(context));
        ActionColumns.configure(grid, this, context, actions);
        grid.setId("actions-grid");
        ListGrids.openRowsWith(grid, action -> UI.getCurrent().navigate(ActionView.class, ActionView.parameters(action.getId())));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private FlexLayout filters(ActionContext context) {
        search.setPlaceholder(getTranslation("actions.search"));
        search.setAriaLabel(getTranslation("actions.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        String all = getTranslation("journeys.all");
        configure(journey, "action.journey", context.journeys(), JourneyRef::name, all);
        configure(discipline, "action.discipline", context.disciplines(), DisciplineRef::name, all);
        configure(owner, "action.owner", context.members(), MemberChoice::displayName, all);
        configure(type, "action.type", List.of(ActionType.values()), t -> getTranslation("actionType." + t.name()), all);
        configure(status, "action.status", List.of(ActionStatus.values()), s -> getTranslation("actionStatus." + s.name()), all);
        overdue.setLabel(getTranslation("actions.overdueOnly"));
        search.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, journey, discipline, owner, type, status, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");
        return filters;
    }

    private <T> void configure(Select<T> select, String labelKey, List<T> items, java.util.function.Function<T, String> name, String all) {
        FilterSelects.withAll(select, getTranslation(labelKey), items, name, all);
        select.addValueChangeListener(e -> refresh());
    }

    private Anchor download(String labelKey, String fileName, String contentType, java.util.function.Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), getTranslation(labelKey));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    ActionFilter filter() {
        return new ActionFilter(journey.getValue() == null ? null : journey.getValue().id(),
                discipline.getValue() == null ? null : discipline.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().userId(), type.getValue(), status.getValue(),
                overdue.getValue(), search.getValue());
    }

    private void refresh() {
        ActionFilter filter = filter();
        boolean narrowed = !search.getValue().isBlank() || journey.getValue() != null || discipline.getValue() != null
                || owner.getValue() != null || type.getValue() != null || status.getValue() != null || overdue.getValue();
        EmptyState.showIn(grid, narrowed, nothingYet, noMatches);
        grid.setItems(query -> actions.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) actions.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title") + " · Momentum";
    }
}
