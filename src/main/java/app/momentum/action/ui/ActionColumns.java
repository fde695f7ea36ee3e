package app.momentum.action.ui;

import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/** The columns of action grids (list and "my actions"). */
final class ActionColumns {

    private ActionColumns() {
    }

    static void configure(Grid<ImprovementAction> grid, Component context, ActionContext names, ActionService actions) {
        grid.addColumn(ImprovementAction::getTitle).setHeader(context.getTranslation("action.title")).setSortProperty("title").setFlexGrow(3);
        grid.addColumn(a -> names.journeyName(a.getJourneyId())).setHeader(context.getTranslation("action.journey")).setFlexGrow(2);
        grid.addComponentColumn(a -> ActionLabels.status(context, a.getStatus())).setHeader(context.getTranslation("action.status"))
                .setSortProperty("status");
        grid.addColumn(a -> names.memberName(a.getOwnerUserId())).setHeader(context.getTranslation("action.owner"));
        grid.addColumn(a -> names.disciplineName(a.getDisciplineId())).setHeader(context.getTranslation("action.discipline"));
        grid.addComponentColumn(a -> ActionLabels.due(context, a, actions)).setHeader(context.getTranslation("action.due"))
                .setSortProperty("dueDate");
        grid.addColumn(a -> context.getTranslation("priority." + a.getPriority().name())).setHeader(context.getTranslation("action.priority"))
                .setSortProperty("priority");
    }
}
