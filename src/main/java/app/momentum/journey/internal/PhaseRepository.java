package app.momentum.journey.internal;

import app.momentum.journey.internal.Phase;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhaseRepository extends JpaRepository<Phase, UUID> {

    List<Phase> findByJourneyIdOrderByPositionAsc(UUID journeyId);

    /** (journey id, phase id) of these journeys' phases, in order within each journey (the life cycle, in bulk). */
    @Query("select p.journeyId, p.id from Phase p where p.journeyId in :journeyIds order by p.journeyId, p.position")
    List<Object[]> phaseIdsOf(Collection<UUID> journeyIds);
}
