package app.momentum.ownership.internal;

import app.momentum.ownership.internal.MomentEnabler;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentEnablerRepository extends JpaRepository<MomentEnabler, UUID> {

    Optional<MomentEnabler> findByMomentId(UUID momentId);

    List<MomentEnabler> findByJourneyId(UUID journeyId);

    /** The moments of these journeys whose enabler names an expected behaviour (not blank; the gates, in bulk). */
    @org.springframework.data.jpa.repository.Query("""
            select e.momentId, e.expectedBehaviour from MomentEnabler e
            where e.journeyId in :journeyIds and e.expectedBehaviour is not null""")
    List<Object[]> expectedBehavioursOf(java.util.Collection<UUID> journeyIds);
}
