package app.momentum.action.ui;

import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.icon.VaadinIcon;
import app.momentum.base.ui.EmptyState;
import app.momentum.base.ui.ListGrids;
import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.MyActionsSection;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The current user's open actions, overdue first, then by due date. Contributors land here. */
@Route("actions/mine")
@Menu(order = 25, icon = "vaadin:check-square-o", title = "nav.myActions")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR})
public class MyActionsView extends VerticalLayout implements HasDynamicTitle {

    public MyActionsView(ActionService actions, ActionContextLoader contexts, List<MyActionsSection> sections) {
        addClassName("actions-view");
        setSizeFull();
        Grid<ImprovementAction> grid = new Grid<>();
        ActionColumns.configure(grid, this, contexts.load(), actions);
        grid.getColumns().forEach(c -> c.setSortable(false)); // the order is the point of this page
        grid.setItems(actions.myActions());
        grid.setId("my-actions-grid");
        EmptyState nothing = new EmptyState(VaadinIcon.TASKS, getTranslation("actions.mineEmpty"),
                getTranslation("actions.minePurpose")).nextStep(getTranslation("actions.mineNext"));
        nothing.setId("my-actions-empty");
        grid.setEmptyStateComponent(nothing);
        ListGrids.openRowsWith(grid, action -> UI.getCurrent().navigate(ActionView.class, ActionView.parameters(action.getId())));
        grid.setSizeFull();
        // contributors start here, so other work waiting for them (e.g. respondents to call back) is named here too
        add(new H1(getTranslation("actions.mine")));
        sections.forEach(section -> add(section.create()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.mine") + " · Momentum";
    }
}
