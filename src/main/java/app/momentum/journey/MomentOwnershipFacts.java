package app.momentum.journey;

import java.util.Set;
import java.util.UUID;

/**
 * What the journey map needs to know about who delivers its moments. The ownership module knows this (the
 * RACI matrix, the employee enablers, the disciplines people work in) and implements this port, so the
 * dependency runs ownership → journey and journey never imports ownership.
 */
public interface MomentOwnershipFacts {

    /**
     * The moments of the journey whose employee enabler names an expected behaviour: the signature check's
     * rule that a 9+ moment says how employees make it happen.
     */
    Set<UUID> momentsWithExpectedBehaviour(UUID journeyId);

    /**
     * Refuses a new owner of the moment (with a {@code UserFacingException}) who works in none of the
     * disciplines responsible or accountable for it, once such disciplines are assigned.
     */
    void checkNewOwner(UUID momentId, UUID ownerUserId);
}
