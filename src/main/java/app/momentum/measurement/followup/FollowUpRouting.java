package app.momentum.measurement.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who calls a respondent back — never nobody. Plain Java; {@link FollowUpAssigner} gathers the facts.
 *
 * <ul>
 *   <li>A very low <em>moment</em>: the discipline that answers for the moment (accountable, else owning) and the
 *       moment's owner, else the journey owner; when the moment has neither, it is treated like the next case.</li>
 *   <li>Only the <em>recommend</em> score was low: the journey owner, else the discipline accountable for most of the
 *       journey's moments, else the tenant's CX managers.</li>
 * </ul>
 * A route with neither a discipline nor a person is for the CX managers (see {@link Route#forCxManagers()}).
 */
public final class FollowUpRouting {

    private FollowUpRouting() {
    }

    /** Where an item goes: a discipline, a person, both, or — neither — the CX managers. */
    public record Route(UUID disciplineId, UUID ownerUserId) {

        /** The tenant's CX managers take the items nobody else answers for. */
        public boolean forCxManagers() {
            return disciplineId == null && ownerUserId == null;
        }
    }

    /**
     * @param momentDiscipline  the discipline answering for the low moment, or null (also for no moment)
     * @param momentOwner       the low moment's owner, or null
     * @param journeyOwner      the journey's owner, or null
     * @param journeyDiscipline the discipline accountable for most of the journey's moments ({@link #mostAccountable})
     */
    public static Route route(UUID momentDiscipline, UUID momentOwner, UUID journeyOwner, UUID journeyDiscipline) {
        UUID person = momentOwner != null ? momentOwner : journeyOwner;
        if (momentDiscipline != null || person != null) {
            return new Route(momentDiscipline, person);
        }
        return new Route(journeyDiscipline, null);
    }

    /**
     * The discipline accountable for most moments; on a tie the one that comes first in the list, so the choice is
     * stable. Null when no moment has an accountable discipline.
     *
     * @param accountablePerMoment each moment's accountable discipline, in a stable order (null for none)
     */
    public static UUID mostAccountable(List<UUID> accountablePerMoment) {
        Map<UUID, Integer> counts = new HashMap<>();
        UUID best = null;
        for (UUID discipline : accountablePerMoment) {
            if (discipline != null) {
                counts.merge(discipline, 1, Integer::sum);
            }
        }
        for (UUID discipline : accountablePerMoment) {
            if (discipline != null && (best == null || counts.get(discipline) > counts.get(best))) {
                best = discipline;
            }
        }
        return best;
    }

    /** Whether an item routed so is for this member: their own, one of their disciplines', or a manager's. */
    public static boolean isFor(Route route, UUID userId, java.util.Set<UUID> disciplineIds, boolean cxManager) {
        Objects.requireNonNull(disciplineIds, "disciplineIds");
        return userId != null && userId.equals(route.ownerUserId())
                || route.disciplineId() != null && disciplineIds.contains(route.disciplineId())
                || cxManager && route.forCxManagers();
    }
}
