package app.momentum.maturity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A maturity round was opened: each participant is asked to fill in the scan by the closing day. Published in the
 * opening transaction; the notification module tells the participants after it commits. Ids, the name and the day
 * only, so the event is small, serialisable and names its tenant.
 */
public record MaturityRoundOpened(UUID tenantId, UUID roundId, String name, List<UUID> participantUserIds,
                                  LocalDate closesOn) {

    public MaturityRoundOpened {
        participantUserIds = List.copyOf(participantUserIds);
    }
}
