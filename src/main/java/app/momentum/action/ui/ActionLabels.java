package app.momentum.action.ui;

import app.momentum.action.ActionService;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.DueDates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Status and due-date labels shared by the action views. */
final class ActionLabels {

    private ActionLabels() {
    }

    /** The page's language (Component.getLocale is not public). */
    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    static Span status(Component context, ActionStatus status) {
        Span tag = new Span(context.getTranslation("actionStatus." + status.name()));
        tag.addClassNames("tag", switch (status) {
            case EFFECT_VERIFIED, DONE -> "tag-success";
            case DROPPED -> "tag-contrast";
            case IN_PROGRESS -> "tag-neutral";
            default -> "tag-warning";
        });
        return tag;
    }

    /** The due date, marked when overdue (in words too, not only colour). */
    static Span due(Component context, ImprovementAction action, ActionService actions) {
        if (action.getDueDate() == null) {
            return new Span("–");
        }
        String date = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale()).format(action.getDueDate());
        boolean overdue = DueDates.overdue(action.getStatus(), action.getDueDate(), actions.today());
        Span due = new Span(overdue ? context.getTranslation("action.overdueOn", date) : date);
        if (overdue) {
            due.addClassNames("tag", "tag-error");
        }
        return due;
    }
}
