package app.momentum.ownership.ui;

import app.momentum.journey.JourneyMapLink;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The journey map's link to the journey's responsibility matrix. */
@Component
class ResponsibilityMapLink implements JourneyMapLink {

    @Override
    public String labelKey() {
        return "raci.title";
    }

    @Override
    public RouterLink create(UUID journeyId) {
        RouterLink link = new RouterLink();
        link.setRoute(ResponsibilityView.class, ResponsibilityView.parameters(journeyId));
        return link;
    }
}
