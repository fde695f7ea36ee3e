package app.momentum.base.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@link PresenceBoard} of one node ({@code momentum.live.transport=in-memory}, the default). */
@Component
@ConditionalOnProperty(name = "momentum.live.transport", havingValue = "in-memory", matchIfMissing = true)
class InMemoryPresenceBoard implements PresenceBoard {

    private record Key(UUID tenantId, UUID topicId, UUID sessionKey) {
    }

    private record Entry(Tab tab, Instant refreshed) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryPresenceBoard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(Tab tab) {
        entries.put(key(tab), new Entry(tab, clock.instant()));
    }

    @Override
    public void remove(UUID tenantId, UUID topicId, UUID sessionKey) {
        entries.remove(new Key(tenantId, topicId, sessionKey));
    }

    @Override
    public List<Presence.Visitor> on(UUID tenantId, UUID topicId) {
        return entries.values().stream().map(Entry::tab)
                .filter(tab -> tab.tenantId().equals(tenantId) && tab.topicId().equals(topicId))
                .map(Tab::visitor).toList();
    }

    @Override
    public void refresh(Collection<UUID> sessionKeys) {
        Instant at = clock.instant();
        entries.replaceAll((key, entry) -> sessionKeys.contains(key.sessionKey()) ? new Entry(entry.tab(), at) : entry);
    }

    @Override
    public List<Tab> removeUnrefreshedFor(Duration age) {
        Instant cutoff = clock.instant().minus(age);
        List<Tab> removed = new ArrayList<>();
        entries.entrySet().removeIf(entry -> {
            boolean stale = entry.getValue().refreshed().isBefore(cutoff);
            if (stale) {
                removed.add(entry.getValue().tab());
            }
            return stale;
        });
        return removed;
    }

    private static Key key(Tab tab) {
        return new Key(tab.tenantId(), tab.topicId(), tab.visitor().sessionKey());
    }
}
