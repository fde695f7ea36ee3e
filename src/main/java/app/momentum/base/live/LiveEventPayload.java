package app.momentum.base.live;

import java.util.UUID;

/**
 * A {@link LiveEvent} as a notification's text: its ids and kind separated by {@code |}, {@code -} for none — about
 * 190 characters, where PostgreSQL allows 8,000 bytes. Ids only, never content.
 */
final class LiveEventPayload {

    private static final String NONE = "-";

    private LiveEventPayload() {
    }

    static String write(LiveEvent event) {
        return String.join("|", event.tenantId().toString(), event.topicId().toString(), event.kind().name(),
                orNone(event.objectId()), orNone(event.actorUserId()));
    }

    /** @throws IllegalArgumentException when the text is not a payload {@link #write} made */
    static LiveEvent read(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split("\\|", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("expected 5 parts but got " + parts.length);
        }
        return new LiveEvent(UUID.fromString(parts[0]), UUID.fromString(parts[1]), LiveEvent.Kind.valueOf(parts[2]),
                idOrNull(parts[3]), idOrNull(parts[4]));
    }

    private static String orNone(UUID id) {
        return id == null ? NONE : id.toString();
    }

    private static UUID idOrNull(String text) {
        return NONE.equals(text) ? null : UUID.fromString(text);
    }
}
