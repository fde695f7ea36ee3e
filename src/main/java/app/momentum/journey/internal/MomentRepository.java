package app.momentum.journey.internal;

import app.momentum.journey.internal.Moment;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentRepository extends JpaRepository<Moment, UUID> {

    List<Moment> findByJourneyId(UUID journeyId);

    List<Moment> findByPhaseIdOrderByPositionAsc(UUID phaseId);

    long countByJourneyId(UUID journeyId);
}
