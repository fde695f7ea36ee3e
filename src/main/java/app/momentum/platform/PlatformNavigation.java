package app.momentum.platform;

import app.momentum.platform.ui.TenantsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEvent;

/**
 * How other modules open the platform administrator's screens. The platform module publishes this instead of its
 * views, so no other module imports a view.
 */
public final class PlatformNavigation {

    private PlatformNavigation() {
    }

    /** Opens the list of tenants. */
    public static void toTenants() {
        UI.getCurrent().navigate(TenantsView.class);
    }

    /** Sends a navigation that is under way to the list of tenants instead. */
    public static void forwardToTenants(BeforeEvent event) {
        event.forwardTo(TenantsView.class);
    }
}
