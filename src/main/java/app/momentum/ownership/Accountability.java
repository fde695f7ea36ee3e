package app.momentum.ownership;

import app.momentum.ownership.internal.MomentResponsibility;
import app.momentum.ownership.internal.MomentResponsibilityRepository;
import app.momentum.ownership.domain.Raci;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ownership module's published reads of who is accountable (RACI "A") for which moments, for the modules above
 * it (the discipline overview, follow-up routing), so they never reach into the responsibility repository.
 * Tenant-filtered; readable by every member; joins the caller's transaction.
 */
@Service
@Transactional(readOnly = true)
public class Accountability {

    private final MomentResponsibilityRepository responsibilities;
    private final app.momentum.ownership.internal.MomentEnablerRepository enablers;

    Accountability(MomentResponsibilityRepository responsibilities,
                   app.momentum.ownership.internal.MomentEnablerRepository enablers) {
        this.responsibilities = responsibilities;
        this.enablers = enablers;
    }

    /**
     * The moments of these journeys that have an accountable discipline, in one query whatever the number of
     * journeys (the life cycle's states in bulk; {@link #accountableDisciplineByMoment} per journey).
     */
    public java.util.Set<UUID> accountableMoments(java.util.Collection<UUID> journeyIds) {
        return journeyIds.isEmpty() ? java.util.Set.of()
                : java.util.Set.copyOf(responsibilities.accountableMomentsOf(journeyIds));
    }

    /**
     * The moments of these journeys whose employee enabler names an expected behaviour, in one query (as
     * {@code MomentOwnershipFacts.momentsWithExpectedBehaviour} per journey).
     */
    public java.util.Set<UUID> momentsWithExpectedBehaviour(java.util.Collection<UUID> journeyIds) {
        if (journeyIds.isEmpty()) {
            return java.util.Set.of();
        }
        return enablers.expectedBehavioursOf(journeyIds).stream()
                .filter(row -> row[1] != null && !((String) row[1]).isBlank())
                .map(row -> (UUID) row[0]).collect(Collectors.toSet());
    }

    /**
     * The discipline accountable for each moment of a journey, by moment id; moments without one are left out (the
     * matrix allows one "A" per moment; should there be more, one of them is taken).
     */
    public Map<UUID, UUID> accountableDisciplineByMoment(UUID journeyId) {
        return responsibilities.findByJourneyId(journeyId).stream()
                .filter(r -> r.getRaci() == Raci.A)
                .collect(Collectors.toMap(MomentResponsibility::getMomentId, MomentResponsibility::getDisciplineId,
                        (a, b) -> a));
    }

    /**
     * The discipline that answers for each of these moments, by moment id, in one query: the one accountable for it
     * (RACI "A"), else the moment's owning discipline (as {@code OwnershipService.accountableDiscipline}); moments
     * with neither are left out. Read by the cockpit ("moments my discipline is accountable for").
     */
    public Map<UUID, UUID> answeringDisciplines(java.util.Collection<app.momentum.journey.JourneyLookup.MomentRef> moments) {
        Map<UUID, UUID> answering = new HashMap<>();
        moments.forEach(m -> {
            if (m.ownerDisciplineId() != null) {
                answering.put(m.id(), m.ownerDisciplineId());
            }
        });
        if (!moments.isEmpty()) {
            responsibilities.findByMomentIdInAndRaci(moments.stream().map(m -> m.id()).toList(), Raci.A)
                    .forEach(r -> answering.put(r.getMomentId(), r.getDisciplineId()));
        }
        return answering;
    }

    /** Per discipline id: how many moments it is accountable for (disciplines without any are left out). */
    public Map<UUID, Long> accountableMomentCounts() {
        Map<UUID, Long> counts = new HashMap<>();
        List<Object[]> rows = responsibilities.countAccountableByDiscipline();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
