package app.momentum.governance.ui;

import app.momentum.journey.JourneyMapLink;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The journey map's link to the journey's life cycle: stage, cycle, review date, the next gate and the history. */
@Component
class LifeCycleMapLink implements JourneyMapLink {

    @Override
    public String labelKey() {
        return "lifeCycle.title";
    }

    @Override
    public RouterLink create(UUID journeyId) {
        RouterLink link = new RouterLink();
        link.setRoute(LifeCycleView.class, LifeCycleView.parameters(journeyId));
        return link;
    }

    @Override
    public int order() {
        return -10;
    }
}
