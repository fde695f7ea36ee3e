package app.momentum.action;

import java.util.List;
import java.util.UUID;

/**
 * An action moved to another status; {@code concernedUserIds} are its owner and contributors at that moment.
 * Published in the changing transaction; see {@link ActionAssigned} for the rules every event here follows.
 */
public record ActionStatusChanged(UUID tenantId, UUID actionId, UUID journeyId, String title, List<UUID> concernedUserIds,
                                  UUID actorId) {

    public ActionStatusChanged {
        concernedUserIds = List.copyOf(concernedUserIds);
    }
}
