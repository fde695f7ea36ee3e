package app.momentum.measurement.followup.ui;

import app.momentum.base.ui.MenuBadge;
import app.momentum.measurement.followup.FollowUpService;

/** The open follow-up items for the current member, beside "Follow-up" in the menu. */
@org.springframework.stereotype.Component
class FollowUpMenuBadge implements MenuBadge {

    private final FollowUpService followUps;

    FollowUpMenuBadge(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> view() {
        return FollowUpView.class;
    }

    @Override
    public long count() {
        return followUps.myOpenCount();
    }

    @Override
    public String describe(com.vaadin.flow.component.Component context, long count) {
        return context.getTranslation("followUp.menuCount", count);
    }
}
