package app.momentum.measurement.followup;

import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.ownership.Accountability;
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
 * managers. Runs in the background analysis, so it uses the published reads of journey and ownership (tenant-filtered,
 * no role check) rather than their role-checked services.
 */
@Component
public class FollowUpAssigner {

    private final JourneyLookup journeys;
    private final Accountability accountability;

    FollowUpAssigner(JourneyLookup journeys, Accountability accountability) {
        this.journeys = journeys;
        this.accountability = accountability;
    }

    /** Called inside the transaction that stores the import. */
    public List<FollowUp> assign(UUID importId, UUID journeyId, List<FollowUpCandidate> candidates, Instant at) {
        UUID journeyOwner = journeys.journey(journeyId).map(JourneyRef::ownerUserId).orElse(null);
        Map<UUID, MomentRef> byId = journeys.momentsOf(journeyId).stream()
                .collect(Collectors.toMap(MomentRef::id, Function.identity()));
        Map<UUID, UUID> accountable = accountability.accountableDisciplineByMoment(journeyId);
        UUID journeyDiscipline = FollowUpRouting.mostAccountable(byId.values().stream()
                .sorted(Comparator.comparing(MomentRef::position).thenComparing(MomentRef::id))
                .map(m -> accountable.get(m.id())).toList());
        return candidates.stream().map(candidate -> {
            MomentRef moment = candidate.momentId() == null ? null : byId.get(candidate.momentId());
            UUID discipline = moment == null ? null
                    : accountable.getOrDefault(moment.id(), moment.ownerDisciplineId());
            FollowUpRouting.Route route = FollowUpRouting.route(discipline, moment == null ? null : moment.ownerUserId(),
                    journeyOwner, journeyDiscipline);
            return new FollowUp(importId, journeyId, candidate, route.disciplineId(), route.ownerUserId(), at);
        }).toList();
    }
}
