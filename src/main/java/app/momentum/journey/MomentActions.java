package app.momentum.journey;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.UUID;

/**
 * What the journey map needs of the improvement actions on its moments. The action module implements this port,
 * so the dependency runs action → journey and journey never imports action.
 */
public interface MomentActions {

    /** The number of open improvement actions per moment of the journey (moments without any are absent). */
    Map<UUID, Long> openCountsByMoment(UUID journeyId);

    /** Whether the moment has open actions (deleting it then asks what becomes of them). */
    boolean hasOpenActions(UUID journeyId, UUID momentId);

    /**
     * Unlinks the moment's open actions before the moment is deleted, in the deletion's transaction.
     *
     * @param dropActions true: drop them with {@code reason}; false: keep them at the journey level
     */
    void releaseMoment(UUID momentId, boolean dropActions, String reason);

    /**
     * The moment editor's section of actions: the moment's open actions, each opening its page, and "new action"
     * pre-filled with the moment for those who may create one.
     */
    Component momentSection(UUID journeyId, UUID momentId, Runnable afterCreate);
}
