package app.momentum.measurement.ui;

import app.momentum.journey.JourneyMapLink;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The journey map's link to the journey's survey results (journey mining). */
@Component
class MiningMapLink implements JourneyMapLink {

    @Override
    public String labelKey() {
        return "map.mining";
    }

    @Override
    public RouterLink create(UUID journeyId) {
        RouterLink link = new RouterLink();
        link.setRoute(MiningView.class);
        link.setQueryParameters(MiningView.parameters(journeyId, null));
        link.setId("map-mining");
        return link;
    }

    /** After the other pages about the journey. */
    @Override
    public int order() {
        return 100;
    }
}
