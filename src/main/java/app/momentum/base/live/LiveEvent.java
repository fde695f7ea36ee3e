package app.momentum.base.live;

import java.io.Serializable;
import java.util.UUID;

/**
 * Something changed on a shared object (a journey) of a tenant. Carries ids only: receivers re-read what
 * they need through the tenant filter, so an event never carries data across tenants or nodes.
 */
public record LiveEvent(UUID tenantId, UUID topicId, Kind kind, UUID objectId, UUID actorUserId) implements Serializable {

    public enum Kind {
        /** Phases, moments, the journey's details or its check changed. */
        CHANGED,
        /** Who is on the journey, or what they edit, changed. */
        PRESENCE,
        /** A comment was added. */
        COMMENTED,
        /** The notifications of the user whose id is the topic changed: a new one, or some were read. */
        NOTIFIED,
        /** Improvement actions of the tenant changed (topic: the tenant id). */
        ACTIONS_CHANGED
    }
}
