package app.momentum.base.live;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is on which journey right now, and which moment they edit. One entry per open editor (a browser tab),
 * so a user with two tabs shows once per tab; changes are announced as {@link LiveEvent.Kind#PRESENCE}.
 */
@Component
public class Presence {

    /** One open editor of a journey. */
    public record Visitor(UUID sessionKey, UUID userId, String displayName, UUID editingObjectId) {
    }

    private record Topic(UUID tenantId, UUID topicId) {
    }

    private final Map<Topic, Map<UUID, Visitor>> visitors = new ConcurrentHashMap<>();
    private final LiveEvents events;

    Presence(LiveEvents events) {
        this.events = events;
    }

    public void enter(UUID tenantId, UUID topicId, Visitor visitor) {
        visitors.computeIfAbsent(new Topic(tenantId, topicId), t -> new ConcurrentHashMap<>()).put(visitor.sessionKey(), visitor);
        announce(tenantId, topicId, visitor);
    }

    public void leave(UUID tenantId, UUID topicId, UUID sessionKey) {
        Topic topic = new Topic(tenantId, topicId);
        Visitor gone = visitors.getOrDefault(topic, Map.of()).get(sessionKey);
        visitors.computeIfPresent(topic, (t, map) -> {
            map.remove(sessionKey);
            return map.isEmpty() ? null : map;
        });
        if (gone != null) {
            announce(tenantId, topicId, gone);
        }
    }

    public List<Visitor> visitors(UUID tenantId, UUID topicId) {
        Collection<Visitor> present = visitors.getOrDefault(new Topic(tenantId, topicId), Map.of()).values();
        return present.stream().sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    private void announce(UUID tenantId, UUID topicId, Visitor visitor) {
        events.publish(new LiveEvent(tenantId, topicId, LiveEvent.Kind.PRESENCE, visitor.editingObjectId(), visitor.userId()));
    }
}
