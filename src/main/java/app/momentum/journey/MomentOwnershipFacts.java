package app.momentum.journey;

import java.util.List;
import java.util.Map;
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

    /**
     * Who delivers each moment of the journey, for the map's owners and enablers lanes: the disciplines per RACI
     * part and the employee enablers that are filled in. Moments without any are absent.
     */
    Map<UUID, MomentOwners> owners(UUID journeyId);

    /**
     * One moment's delivery.
     *
     * @param responsible discipline ids with R; likewise {@code accountable} (A), {@code consulted} (C), {@code informed} (I)
     * @param enablers    the employee enablers filled in, in the form's order
     */
    record MomentOwners(List<UUID> responsible, List<UUID> accountable, List<UUID> consulted, List<UUID> informed,
                        List<Enabler> enablers) {

        public MomentOwners {
            responsible = List.copyOf(responsible);
            accountable = List.copyOf(accountable);
            consulted = List.copyOf(consulted);
            informed = List.copyOf(informed);
            enablers = List.copyOf(enablers);
        }
    }

    /** A filled-in employee enabler: its kind's label key (such as {@code enabler.training}) and its text. */
    record Enabler(String labelKey, String text) {
    }
}
