package app.momentum.security;

import app.momentum.security.ui.ProfileView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEvent;

/**
 * How other modules open the current user's profile (name, language, password). The security module publishes this
 * instead of its view, so no other module imports the view.
 */
public final class SecurityNavigation {

    private SecurityNavigation() {
    }

    /** Opens the current user's profile. */
    public static void toProfile() {
        UI.getCurrent().navigate(ProfileView.class);
    }

    /** Sends a navigation that is under way to the profile instead (e.g. a password that must be changed first). */
    public static void forwardToProfile(BeforeEvent event) {
        event.forwardTo(ProfileView.class);
    }

    /** Whether a navigation goes to the profile already. */
    public static boolean isProfile(Class<?> navigationTarget) {
        return navigationTarget == ProfileView.class;
    }
}
