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
 *
 * <p>Only this node knows whether its tabs are alive, so it sweeps its own; what everybody sees is on the
 * {@link PresenceBoard}, shared between nodes when there are several. Each sweep marks this node's tabs as still
 * here on the board, and removes the tabs nobody marked for the timeout: those of a node that died.
 */
@Component
public class Presence {

    /** Longer than any lane's name: a longer part (sent by a tampered client) is taken as the whole object. */
    static final int PART_MAX = 40;

    /**
     * One open editor of a journey.
     *
     * @param editingObjectId the object (a moment) being edited, or null
     * @param editingPart     which part of it (a lane of the canvas, such as {@code does}), or null for the whole object
     */
    public record Visitor(UUID sessionKey, UUID userId, String displayName, UUID editingObjectId, String editingPart) {

        public Visitor {
            editingPart = editingPart != null && editingPart.length() > PART_MAX ? null : editingPart;
        }

        public Visitor(UUID sessionKey, UUID userId, String displayName, UUID editingObjectId) {
            this(sessionKey, userId, displayName, editingObjectId, null);
        }
    }

    private record Key(UUID tenantId, UUID topicId, UUID sessionKey) {
    }

    /** @param connected whether the tab's push connection is open; @param closedSince when it was first seen closed */
    private record Entry(Visitor visitor, Instant lastSeen, BooleanSupplier connected, Instant closedSince) {

        Entry seen(Instant now) {
            return new Entry(visitor, now, connected, closedSince);
        }
    }

    private static final BooleanSupplier ALWAYS = () -> true;

    /** This node's tabs. */
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final PresenceBoard board;
    private final LiveEvents events;
    private final Clock clock;
    private final Duration timeout;
    private final Duration grace;

    Presence(PresenceBoard board, LiveEvents events, Clock clock,
             @Value("${momentum.live.presence-timeout:30s}") Duration timeout,
             @Value("${momentum.live.presence-grace:4s}") Duration grace) {
        this.board = board;
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
        Instant now = clock.instant();
        entries.put(new Key(tenantId, topicId, visitor.sessionKey()), new Entry(visitor, now, connected, null));
        board.put(new PresenceBoard.Tab(tenantId, topicId, visitor));
        announce(tenantId, topicId, visitor);
    }

    /** The tab is still open (a heartbeat); nothing is announced. */
    public void touch(UUID tenantId, UUID topicId, UUID sessionKey) {
        entries.computeIfPresent(new Key(tenantId, topicId, sessionKey), (key, entry) -> entry.seen(clock.instant()));
    }

    public void leave(UUID tenantId, UUID topicId, UUID sessionKey) {
        Entry gone = entries.remove(new Key(tenantId, topicId, sessionKey));
        if (gone != null) {
            board.remove(tenantId, topicId, sessionKey);
            announce(tenantId, topicId, gone.visitor());
        }
    }

    /** The people on the journey, one per user however many tabs they have open, sorted by name. */
    public List<Visitor> visitors(UUID tenantId, UUID topicId) {
        Map<UUID, Visitor> perUser = new LinkedHashMap<>();
        for (Visitor visitor : board.on(tenantId, topicId)) {
            perUser.merge(visitor.userId(), visitor, (kept, other) -> kept.editingObjectId() != null ? kept : other);
        }
        return perUser.values().stream().sorted(BY_NAME).toList();
    }

    /** Every open tab that edits something on the journey, except {@code exceptUserId}'s, sorted by name. */
    public List<Visitor> editing(UUID tenantId, UUID topicId, UUID exceptUserId) {
        return board.on(tenantId, topicId).stream()
                .filter(v -> v.editingObjectId() != null && !v.userId().equals(exceptUserId))
                .sorted(BY_NAME).toList();
    }

    /** Who edits which object of the journey, each name once per object, except {@code exceptUserId}. */
    public Map<UUID, Set<String>> editors(UUID tenantId, UUID topicId, UUID exceptUserId) {
        Map<UUID, Set<String>> editors = new LinkedHashMap<>();
        for (Visitor visitor : editing(tenantId, topicId, exceptUserId)) {
            editors.computeIfAbsent(visitor.editingObjectId(), id -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))
                    .add(visitor.displayName());
        }
        return editors;
    }

    /**
     * Removes this node's tabs whose connection stayed closed, or that said nothing, for too long; marks the others
     * as still here; removes the tabs of nodes that stopped marking theirs. Announces every removal.
     */
    @Scheduled(fixedDelayString = "${momentum.live.presence-sweep:2s}")
    public void sweep() {
        Instant now = clock.instant();
        List<Runnable> announcements = new ArrayList<>();
        entries.replaceAll((key, entry) -> checked(entry, now));
        entries.entrySet().removeIf(entry -> {
            boolean gone = gone(entry.getValue(), now);
            if (gone) {
                Key key = entry.getKey();
                board.remove(key.tenantId(), key.topicId(), key.sessionKey());
                announcements.add(() -> announce(key.tenantId(), key.topicId(), entry.getValue().visitor()));
            }
            return gone;
        });
        board.refresh(entries.keySet().stream().map(Key::sessionKey).toList());
        for (PresenceBoard.Tab orphan : board.removeUnrefreshedFor(timeout)) {
            announcements.add(() -> announce(orphan.tenantId(), orphan.topicId(), orphan.visitor()));
        }
        announcements.forEach(Runnable::run);
    }

    private static final Comparator<Visitor> BY_NAME =
            Comparator.comparing(Visitor::displayName, String.CASE_INSENSITIVE_ORDER);

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

    private void announce(UUID tenantId, UUID topicId, Visitor visitor) {
        events.publish(new LiveEvent(tenantId, topicId, LiveEvent.Kind.PRESENCE, visitor.editingObjectId(), visitor.userId()));
    }
}
