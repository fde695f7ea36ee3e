package app.momentum.measurement;

import app.momentum.measurement.ui.MiningView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/**
 * How other modules open journey mining. The measurement module publishes this instead of its views, so no other
 * module imports a view or knows its query parameters.
 */
public final class MeasurementNavigation {

    private MeasurementNavigation() {
    }

    /** Opens journey mining on a journey's latest survey import. */
    public static void toMining(UUID journeyId) {
        UI.getCurrent().navigate(MiningView.class, MiningView.parameters(journeyId, null));
    }

    /** A link to journey mining on a journey's latest survey import. */
    public static RouterLink linkToMining(String text, UUID journeyId) {
        RouterLink link = new RouterLink(text, MiningView.class);
        link.setQueryParameters(MiningView.parameters(journeyId, null));
        return link;
    }
}
