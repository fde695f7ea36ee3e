package app.momentum.ownership;

import app.momentum.ownership.internal.UserDiscipline;
import app.momentum.ownership.internal.MomentEnabler;
import app.momentum.ownership.internal.MomentResponsibility;
import app.momentum.ownership.internal.UserDisciplineRepository;
import app.momentum.ownership.internal.MomentResponsibilityRepository;
import app.momentum.ownership.internal.MomentEnablerRepository;
import app.momentum.journey.MomentOwnershipFacts;
import app.momentum.journey.MomentOwnershipFacts.Enabler;
import app.momentum.journey.MomentOwnershipFacts.MomentOwners;
import app.momentum.ownership.domain.Raci;
import app.momentum.ownership.domain.ResponsibilityRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

    @Override
    public Map<UUID, MomentOwners> owners(UUID journeyId) {
        Map<UUID, Map<Raci, List<UUID>>> parts = new HashMap<>();
        for (MomentResponsibility cell : responsibilities.findByJourneyId(journeyId)) {
            parts.computeIfAbsent(cell.getMomentId(), id -> new EnumMap<>(Raci.class))
                    .computeIfAbsent(cell.getRaci(), raci -> new ArrayList<>()).add(cell.getDisciplineId());
        }
        Map<UUID, List<Enabler>> filled = new HashMap<>();
        for (MomentEnabler enabler : enablers.findByJourneyId(journeyId)) {
            List<Enabler> texts = filledIn(enabler);
            if (!texts.isEmpty()) {
                filled.put(enabler.getMomentId(), texts);
            }
        }
        Map<UUID, MomentOwners> owners = new HashMap<>();
        Set<UUID> moments = new HashSet<>(parts.keySet());
        moments.addAll(filled.keySet());
        for (UUID momentId : moments) {
            Map<Raci, List<UUID>> cells = parts.getOrDefault(momentId, Map.of());
            owners.put(momentId, new MomentOwners(cells.getOrDefault(Raci.R, List.of()), cells.getOrDefault(Raci.A, List.of()),
                    cells.getOrDefault(Raci.C, List.of()), cells.getOrDefault(Raci.I, List.of()),
                    filled.getOrDefault(momentId, List.of())));
        }
        return owners;
    }

    private static List<Enabler> filledIn(MomentEnabler enabler) {
        List<Enabler> texts = new ArrayList<>();
        add(texts, "enabler.behaviour", enabler.getExpectedBehaviour());
        add(texts, "enabler.training", enabler.getTraining());
        add(texts, "enabler.hiring", enabler.getHiringCriteria());
        add(texts, "enabler.incentives", enabler.getIncentives());
        add(texts, "enabler.process", enabler.getProcessChange());
        return texts;
    }

    private static void add(List<Enabler> texts, String labelKey, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new Enabler(labelKey, text.strip()));
        }
    }
}
