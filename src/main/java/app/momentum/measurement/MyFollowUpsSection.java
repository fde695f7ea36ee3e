package app.momentum.measurement;

import app.momentum.action.MyActionsSection;
import app.momentum.measurement.followup.FollowUpService;
import app.momentum.measurement.followup.ui.MyFollowUps;
import com.vaadin.flow.component.Component;
import org.springframework.stereotype.Service;

/**
 * "Follow-up: 3 open for you or your disciplines", linking to the queue: what a start page shows a member about the
 * respondents waiting for their call. Published for the start page (dashboard) and offered to "My actions".
 */
@Service
public class MyFollowUpsSection implements MyActionsSection {

    private final FollowUpService followUps;

    MyFollowUpsSection(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Component create() {
        return new MyFollowUps(followUps);
    }
}
