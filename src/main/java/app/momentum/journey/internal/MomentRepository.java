package app.momentum.journey.internal;

import app.momentum.journey.internal.Moment;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MomentRepository extends JpaRepository<Moment, UUID> {

    List<Moment> findByJourneyId(UUID journeyId);

    List<Moment> findByPhaseIdOrderByPositionAsc(UUID phaseId);

    long countByJourneyId(UUID journeyId);

    /** (journey id, id, phase id, target level, nature, moment of truth) of these journeys' moments (gates, in bulk). */
    @Query("""
            select m.journeyId, m.id, m.phaseId, m.targetLevel, m.nature, m.momentOfTruth from Moment m
            where m.journeyId in :journeyIds order by m.journeyId, m.position""")
    List<Object[]> gateFactsOf(Collection<UUID> journeyIds);
}
