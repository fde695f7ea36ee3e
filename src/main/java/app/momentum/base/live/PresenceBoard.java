package app.momentum.base.live;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where {@link Presence} keeps the open tabs it shows: in this JVM for one node ({@link InMemoryPresenceBoard}), in
 * a table every node reads for several ({@link PostgresPresenceBoard}). Each node writes only its own tabs and keeps
 * them fresh; a tab nobody kept fresh for a while belonged to a node that died, and any node removes it. The board
 * keeps the time itself (the database's clock when shared), so nodes whose clocks differ agree on a tab's age.
 */
interface PresenceBoard {

    /** A tab on a topic of a tenant. */
    record Tab(UUID tenantId, UUID topicId, Presence.Visitor visitor) {
    }

    /** Adds the tab or replaces what it edits; now counts as its last refresh. */
    void put(Tab tab);

    void remove(UUID tenantId, UUID topicId, UUID sessionKey);

    /** Every tab on the topic, in no particular order. */
    List<Presence.Visitor> on(UUID tenantId, UUID topicId);

    /** This node still has these tabs open (by session key). */
    void refresh(Collection<UUID> sessionKeys);

    /** Removes and returns every tab, of any node, not refreshed for longer than {@code age}. */
    List<Tab> removeUnrefreshedFor(Duration age);
}
