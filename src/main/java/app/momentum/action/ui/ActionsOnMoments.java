package app.momentum.action.ui;

import app.momentum.action.ActionService;
import app.momentum.journey.MomentActions;
import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.UUID;

/** The action module's side of the journey map's {@link MomentActions} port. */
@org.springframework.stereotype.Component
class ActionsOnMoments implements MomentActions {

    private final ActionService actions;
    private final ActionDialogs dialogs;

    ActionsOnMoments(ActionService actions, ActionDialogs dialogs) {
        this.actions = actions;
        this.dialogs = dialogs;
    }

    @Override
    public Map<UUID, Long> openCountsByMoment(UUID journeyId) {
        return actions.openCountsByMoment(journeyId);
    }

    @Override
    public boolean hasOpenActions(UUID journeyId, UUID momentId) {
        return !actions.openForMoment(journeyId, momentId).isEmpty();
    }

    @Override
    public void releaseMoment(UUID momentId, boolean dropActions, String reason) {
        actions.releaseMoment(momentId, dropActions, reason);
    }

    @Override
    public Component momentSection(UUID journeyId, UUID momentId, Runnable afterCreate) {
        return dialogs.momentActions(journeyId, momentId, afterCreate);
    }
}
