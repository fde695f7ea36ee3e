package app.momentum.ownership;

import app.momentum.ownership.internal.UserDiscipline;
import app.momentum.ownership.internal.MomentEnabler;
import app.momentum.ownership.internal.UserDisciplineRepository;
import app.momentum.ownership.internal.MomentResponsibilityRepository;
import app.momentum.ownership.internal.MomentEnablerRepository;
import app.momentum.journey.MomentOwnershipFacts;
import app.momentum.ownership.domain.Raci;
import app.momentum.ownership.domain.ResponsibilityRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ownership's answers to the journey map (journey's port {@link MomentOwnershipFacts}). It reads only this
 * module's tables, and needs no journey service, so no bean cycle arises with {@link OwnershipService}, which
 * does use the journey map. All reads go through the tenant filter, exactly like the queries they replace.
 */
@Component
@Transactional(readOnly = true)
class MomentOwnershipAdapter implements MomentOwnershipFacts {

    private final MomentEnablerRepository enablers;
    private final MomentResponsibilityRepository responsibilities;
    private final UserDisciplineRepository userDisciplines;

    MomentOwnershipAdapter(MomentEnablerRepository enablers, MomentResponsibilityRepository responsibilities,
                           UserDisciplineRepository userDisciplines) {
        this.enablers = enablers;
        this.responsibilities = responsibilities;
        this.userDisciplines = userDisciplines;
    }

    @Override
    public Set<UUID> momentsWithExpectedBehaviour(UUID journeyId) {
        return enablers.findByJourneyId(journeyId).stream().filter(OwnershipService::hasBehaviour)
                .map(MomentEnabler::getMomentId).collect(Collectors.toSet());
    }

    /**
     * Once disciplines are responsible or accountable for the moment, its owner must work in one of them: the
     * person who owns a moment belongs to a discipline that delivers it.
     */
    @Override
    public void checkNewOwner(UUID momentId, UUID ownerUserId) {
        Map<UUID, Raci> cells = new HashMap<>();
        responsibilities.findByMomentId(momentId).forEach(r -> cells.put(r.getDisciplineId(), r.getRaci()));
        if (cells.values().stream().anyMatch(Raci::delivers)) {
            ResponsibilityRules.checkOwner(ownerUserId, userDisciplines.findByUserId(ownerUserId).stream()
                    .map(UserDiscipline::getDisciplineId).collect(Collectors.toSet()), cells);
        }
    }
}
