package app.momentum.journey;

import app.momentum.journey.ui.JourneyMapView;
import app.momentum.journey.ui.JourneysView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/**
 * How other modules open the journey screens: the portfolio, a journey's map, one moment on it. The journey module
 * publishes this instead of its views, so no other module imports a view or knows its route parameters.
 */
public final class JourneyNavigation {

    private JourneyNavigation() {
    }

    /** Opens the journeys portfolio. */
    public static void toPortfolio() {
        UI.getCurrent().navigate(JourneysView.class);
    }

    /** Opens a journey's map. */
    public static void toMap(UUID journeyId) {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journeyId));
    }

    /** Opens a journey's map with one of its moments selected (its editor open). */
    public static void toMoment(UUID journeyId, UUID momentId) {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journeyId))
                .ifPresent(map -> map.select(momentId));
    }

    /** A link to a journey's map. */
    public static RouterLink linkToMap(String text, UUID journeyId) {
        return new RouterLink(text, JourneyMapView.class, JourneyMapView.parameters(journeyId));
    }
}
