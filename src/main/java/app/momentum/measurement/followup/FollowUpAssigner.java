package app.momentum.measurement.followup;

import app.momentum.journey.Journey;
import app.momentum.journey.JourneyRepository;
import app.momentum.journey.Moment;
import app.momentum.journey.MomentRepository;
import app.momentum.ownership.MomentResponsibility;
import app.momentum.ownership.MomentResponsibilityRepository;
import app.momentum.ownership.domain.Raci;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers who answers for a journey and its moments and lets {@link FollowUpRouting} decide who follows each
 * respondent up: for a very low moment, the moment's accountable discipline (RACI "A"), else its owning discipline,
 * and its owner; otherwise the journey owner, else the discipline accountable for most moments, else the CX
 * managers. Runs in the background analysis, so it reads the repositories (tenant-filtered) rather than role-checked
 * services.
 */
@Component
public class FollowUpAssigner {

    private final JourneyRepository journeys;
    private final MomentRepository moments;
    private final MomentResponsibilityRepository responsibilities;

    FollowUpAssigner(JourneyRepository journeys, MomentRepository moments,
                     MomentResponsibilityRepository responsibilities) {
        this.journeys = journeys;
        this.moments = moments;
        this.responsibilities = responsibilities;
    }

    /** Called inside the transaction that stores the import. */
    public List<FollowUp> assign(UUID importId, UUID journeyId, List<FollowUpCandidate> candidates, Instant at) {
        UUID journeyOwner = journeys.findById(journeyId).map(Journey::getOwnerUserId).orElse(null);
        Map<UUID, Moment> byId = moments.findByJourneyId(journeyId).stream()
                .collect(Collectors.toMap(Moment::getId, Function.identity()));
        Map<UUID, UUID> accountable = responsibilities.findByJourneyId(journeyId).stream()
                .filter(r -> r.getRaci() == Raci.A)
                .collect(Collectors.toMap(MomentResponsibility::getMomentId, MomentResponsibility::getDisciplineId,
                        (a, b) -> a));
        UUID journeyDiscipline = FollowUpRouting.mostAccountable(byId.values().stream()
                .sorted(Comparator.comparing(Moment::getPosition).thenComparing(Moment::getId))
                .map(m -> accountable.get(m.getId())).toList());
        return candidates.stream().map(candidate -> {
            Moment moment = candidate.momentId() == null ? null : byId.get(candidate.momentId());
            UUID discipline = moment == null ? null
                    : accountable.getOrDefault(moment.getId(), moment.getOwnerDisciplineId());
            FollowUpRouting.Route route = FollowUpRouting.route(discipline, moment == null ? null : moment.getOwnerUserId(),
                    journeyOwner, journeyDiscipline);
            return new FollowUp(importId, journeyId, candidate, route.disciplineId(), route.ownerUserId(), at);
        }).toList();
    }
}
