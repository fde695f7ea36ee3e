package app.momentum.base.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Who is on which journey right now, and which moment they edit. Kept per open editor (a browser tab), shown
 * per person: a user with two tabs is one visitor. An entry lives as long as its tab says it is alive: the view
 * removes it when it is detached (navigation, a closed tab — Vaadin's unload beacon —, an ended session) and
 * refreshes it on every heartbeat. A tab whose push connection closed (a browser quit or killed: no unload
 * beacon arrives) is swept once it stays closed for {@code momentum.live.presence-grace} — long enough for a
 * reconnect —, a tab that went silent (lost network) after {@code momentum.live.presence-timeout} without a
 * heartbeat. Changes are announced as {@link LiveEvent.Kind#PRESENCE}.
 */
@Component
public class Presence {

    /**
     * One open editor of a journey.
     *
     * @param editingObjectId the object (a moment) being edited, or null
     * @param editingPart     which part of it (a lane of the canvas, such as {@code does}), or null for the whole object
     */
    public record Visitor(UUID sessionKey, UUID userId, String displayName, UUID editingObjectId, String editingPart) {

        public Visitor(UUID sessionKey, UUID userId, String displayName, UUID editingObjectId) {
            this(sessionKey, userId, displayName, editingObjectId, null);
        }
    }

    private record Topic(UUID tenantId, UUID topicId) {
    }

    /** @param connected whether the tab's push connection is open; @param closedSince when it was first seen closed */
    private record Entry(Visitor visitor, Instant lastSeen, BooleanSupplier connected, Instant closedSince) {

        Entry seen(Instant now) {
            return new Entry(visitor, now, connected, closedSince);
        }
    }

    private static final BooleanSupplier ALWAYS = () -> true;

    private final Map<Topic, Map<UUID, Entry>> entries = new ConcurrentHashMap<>();
    private final LiveEvents events;
    private final Clock clock;
    private final Duration timeout;
    private final Duration grace;

    Presence(LiveEvents events, Clock clock, @Value("${momentum.live.presence-timeout:30s}") Duration timeout,
             @Value("${momentum.live.presence-grace:4s}") Duration grace) {
        this.events = events;
        this.clock = clock;
        this.timeout = timeout;
        this.grace = grace;
    }

    /** The tab is on the journey (again), editing {@code visitor.editingObjectId()} or nothing. */
    public void enter(UUID tenantId, UUID topicId, Visitor visitor) {
        enter(tenantId, topicId, visitor, ALWAYS);
    }

    /**
     * As {@link #enter(UUID, UUID, Visitor)}, for a tab whose push connection tells whether it is still open
     * (asked without the UI's lock, so it must be cheap and thread-safe).
     */
    public void enter(UUID tenantId, UUID topicId, Visitor visitor, BooleanSupplier connected) {
        entries.compute(new Topic(tenantId, topicId), (t, present) -> {
            Map<UUID, Entry> map = present == null ? new ConcurrentHashMap<>() : present;
            map.put(visitor.sessionKey(), new Entry(visitor, clock.instant(), connected, null));
            return map;
        });
        announce(tenantId, topicId, visitor);
    }

    /** The tab is still open (a heartbeat); nothing is announced. */
    public void touch(UUID tenantId, UUID topicId, UUID sessionKey) {
        Map<UUID, Entry> present = entries.get(new Topic(tenantId, topicId));
        if (present != null) {
            present.computeIfPresent(sessionKey, (key, entry) -> entry.seen(clock.instant()));
        }
    }

    public void leave(UUID tenantId, UUID topicId, UUID sessionKey) {
        Topic topic = new Topic(tenantId, topicId);
        Entry gone = entries.getOrDefault(topic, Map.of()).get(sessionKey);
        remove(topic, sessionKey);
        if (gone != null) {
            announce(tenantId, topicId, gone.visitor());
        }
    }

    /** The people on the journey, one per user however many tabs they have open, sorted by name. */
    public List<Visitor> visitors(UUID tenantId, UUID topicId) {
        Map<UUID, Visitor> perUser = new LinkedHashMap<>();
        for (Entry entry : entries.getOrDefault(new Topic(tenantId, topicId), Map.of()).values()) {
            Visitor visitor = entry.visitor();
            perUser.merge(visitor.userId(), visitor, (kept, other) -> kept.editingObjectId() != null ? kept : other);
        }
        return perUser.values().stream().sorted(Comparator.comparing(Visitor::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every open tab that edits something on the journey, except {@code exceptUserId}'s, sorted by name. */
    public List<Visitor> editing(UUID tenantId, UUID topicId, UUID exceptUserId) {
        return entries.getOrDefault(new Topic(tenantId, topicId), Map.of()).values().stream().map(Entry::visitor)
                .filter(v -> v.editingObjectId() != null && !v.userId().equals(exceptUserId))
                .sorted(Comparator.comparing(Visitor::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Who edits which object of the journey, each name once per object, except {@code exceptUserId}. */
    public Map<UUID, Set<String>> editors(UUID tenantId, UUID topicId, UUID exceptUserId) {
        Map<UUID, Set<String>> editors = new LinkedHashMap<>();
        for (Entry entry : entries.getOrDefault(new Topic(tenantId, topicId), Map.of()).values()) {
            Visitor visitor = entry.visitor();
            if (visitor.editingObjectId() != null && !visitor.userId().equals(exceptUserId)) {
                editors.computeIfAbsent(visitor.editingObjectId(), id -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                        .add(visitor.displayName());
            }
        }
        return editors;
    }

    /** Removes the tabs whose connection stayed closed, or that said nothing, for too long, and announces it. */
    @Scheduled(fixedDelayString = "${momentum.live.presence-sweep:2s}")
    public void sweep() {
        Instant now = clock.instant();
        List<Runnable> announcements = new ArrayList<>();
        for (Topic topic : List.copyOf(entries.keySet())) {
            entries.computeIfPresent(topic, (t, present) -> {
                present.replaceAll((key, entry) -> checked(entry, now));
                present.values().removeIf(entry -> {
                    boolean gone = gone(entry, now);
                    if (gone) {
                        announcements.add(() -> announce(t.tenantId(), t.topicId(), entry.visitor()));
                    }
                    return gone;
                });
                return present.isEmpty() ? null : present;
            });
        }
        announcements.forEach(Runnable::run);
    }

    private static Entry checked(Entry entry, Instant now) {
        boolean open = entry.connected().getAsBoolean();
        if (open == (entry.closedSince() == null)) {
            return entry;
        }
        return new Entry(entry.visitor(), entry.lastSeen(), entry.connected(), open ? null : now);
    }

    private boolean gone(Entry entry, Instant now) {
        return entry.lastSeen().isBefore(now.minus(timeout))
                || entry.closedSince() != null && !entry.closedSince().isAfter(now.minus(grace));
    }

    private void remove(Topic topic, UUID sessionKey) {
        entries.computeIfPresent(topic, (t, map) -> {
            map.remove(sessionKey);
            return map.isEmpty() ? null : map;
        });
    }

    private void announce(UUID tenantId, UUID topicId, Visitor visitor) {
        events.publish(new LiveEvent(tenantId, topicId, LiveEvent.Kind.PRESENCE, visitor.editingObjectId(), visitor.userId()));
    }
}
