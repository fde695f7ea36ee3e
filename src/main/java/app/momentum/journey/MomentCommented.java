package app.momentum.journey;

import java.util.List;
import java.util.UUID;

/**
 * A comment was written on a moment of a journey; {@code mentionedUserIds} are the members it names as
 * "@Full Name" (this tenant's only). Published in the commenting transaction; other modules (notification) react
 * after it commits, on another thread: the event names its tenant, and carries ids and the moment's title only.
 */
public record MomentCommented(UUID tenantId, UUID journeyId, UUID momentId, String momentTitle, UUID authorId,
                              List<UUID> mentionedUserIds) {

    public MomentCommented {
        mentionedUserIds = List.copyOf(mentionedUserIds);
    }
}
