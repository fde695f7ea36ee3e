package app.momentum.ownership;

import app.momentum.ownership.ui.ResponsibilityView;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/**
 * How other modules open a journey's responsibility matrix. The ownership module publishes this instead of its view,
 * so no other module imports the view or knows its route parameters.
 */
public final class OwnershipNavigation {

    private OwnershipNavigation() {
    }

    /** A link to a journey's responsibility matrix. */
    public static RouterLink linkToResponsibilities(String text, UUID journeyId) {
        return new RouterLink(text, ResponsibilityView.class, ResponsibilityView.parameters(journeyId));
    }
}
