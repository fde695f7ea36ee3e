package app.momentum.action.ui;

import app.momentum.tenancy.RoleNames;
import app.momentum.action.DisciplineOverview;
import app.momentum.base.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Marketing, HR, operations and the rest side by side: what they are accountable for and how their actions stand. */
@Route("disciplines")
@Menu(order = 40, icon = "vaadin:group", title = "nav.disciplines")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
class DisciplineOverviewView extends VerticalLayout implements HasDynamicTitle {

    public DisciplineOverviewView(DisciplineOverview overview) {
        addClassName("actions-view");
        Grid<DisciplineOverview.Row> grid = new Grid<>();
        grid.addColumn(r -> r.discipline().name()).setHeader(getTranslation("action.discipline")).setFlexGrow(2);
        grid.addColumn(r -> Formats.number(r.accountableMoments(), getLocale())).setHeader(getTranslation("overview.accountable"));
        grid.addColumn(r -> Formats.number(r.open(), getLocale())).setHeader(getTranslation("overview.open"));
        grid.addColumn(r -> Formats.number(r.overdue(), getLocale())).setHeader(getTranslation("overview.overdue"));
        grid.addColumn(r -> Formats.number(r.done(), getLocale())).setHeader(getTranslation("overview.done"));
        grid.setItems(overview.rows());
        grid.setAllRowsVisible(true);
        grid.setId("discipline-overview");
        grid.setEmptyStateText(getTranslation("discipline.empty"));
        add(new H1(getTranslation("overview.title")), new Paragraph(getTranslation("overview.intro")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · Momentum";
    }
}
