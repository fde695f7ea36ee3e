package app.momentum.action;

import java.util.UUID;

/**
 * An action was given to a member: as its owner, or as a contributor. Published in the transaction that made the
 * change; other modules (notification) react after it commits. Ids and the title only, so the event is small,
 * serialisable and names its tenant: a listener on another thread sets that tenant itself.
 */
public record ActionAssigned(UUID tenantId, UUID actionId, UUID journeyId, String title, UUID assigneeId, UUID actorId) {
}
