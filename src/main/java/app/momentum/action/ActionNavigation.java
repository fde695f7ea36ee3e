package app.momentum.action;

import app.momentum.action.ui.ActionView;
import app.momentum.action.ui.MyActionsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEvent;
import java.util.UUID;

/**
 * How other modules open the action screens. The action module publishes this instead of its views, so no other
 * module imports a view or knows its route parameters.
 */
public final class ActionNavigation {

    private ActionNavigation() {
    }

    /** Opens one improvement action. */
    public static void toAction(UUID actionId) {
        UI.getCurrent().navigate(ActionView.class, ActionView.parameters(actionId));
    }

    /** Sends a navigation that is under way to the current member's own actions instead. */
    public static void forwardToMyActions(BeforeEvent event) {
        event.forwardTo(MyActionsView.class);
    }
}
