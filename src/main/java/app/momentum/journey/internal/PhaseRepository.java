package app.momentum.journey.internal;

import app.momentum.journey.internal.Phase;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, UUID> {

    List<Phase> findByJourneyIdOrderByPositionAsc(UUID journeyId);
}
