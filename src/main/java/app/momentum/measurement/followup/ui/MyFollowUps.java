package app.momentum.measurement.followup.ui;

import app.momentum.measurement.followup.FollowUpService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/**
 * "Follow-up: 3 open for you or your disciplines", linking to the queue: what a start page shows a member about the
 * respondents waiting for their call.
 */
public class MyFollowUps extends Div {

    public MyFollowUps(FollowUpService followUps) {
        long open = followUps.myOpenCount();
        RouterLink link = new RouterLink(open == 0 ? getTranslation("followUp.mine.none")
                : getTranslation("followUp.mine", open), FollowUpView.class);
        link.setId("my-follow-ups");
        add(VaadinIcon.PHONE.create(), link);
        addClassName("my-follow-ups");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
    }
}
