package app.momentum.action;

import java.util.List;
import java.util.UUID;

/**
 * A comment was written on an action; {@code mentionedUserIds} are the members it names as "@Full Name" (this
 * tenant's only). See {@link ActionAssigned} for the rules every event here follows.
 */
public record ActionCommented(UUID tenantId, UUID actionId, UUID journeyId, String title, UUID authorId,
                              List<UUID> mentionedUserIds) {

    public ActionCommented {
        mentionedUserIds = List.copyOf(mentionedUserIds);
    }
}
