package app.momentum.security;

import app.momentum.security.ui.SelectTenantView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEvent;

/**
 * How other modules open the tenant picker. The security module publishes this instead of its views, so no other
 * module imports a view.
 */
public final class SecurityNavigation {

    private SecurityNavigation() {
    }

    /** Opens the picker of the organisation to work in. */
    public static void toTenantPicker() {
        UI.getCurrent().navigate(SelectTenantView.class);
    }

    /** Sends a navigation that is under way to the tenant picker instead. */
    public static void forwardToTenantPicker(BeforeEvent event) {
        event.forwardTo(SelectTenantView.class);
    }
}
