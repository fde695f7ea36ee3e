package app.momentum.journey;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a moment together with a decision about its open actions, in one transaction. Lives apart from
 * {@link JourneyMapService} because the actions depend on the map service: asking them from it would be a circle.
 */
@Service
public class MomentRemoval {

    private final MomentActions actions;
    private final JourneyMapService maps;

    MomentRemoval(MomentActions actions, JourneyMapService maps) {
        this.actions = actions;
        this.maps = maps;
    }

    /**
     * @param dropActions true: drop the moment's open actions with {@code reason}; false: keep them at the
     *                    journey level
     */
    @Transactional
    public void remove(UUID momentId, boolean dropActions, String reason) {
        actions.releaseMoment(momentId, dropActions, reason);
        maps.deleteMoment(momentId);
    }
}
