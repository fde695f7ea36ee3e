package app.momentum.journey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhaseRepository extends JpaRepository<Phase, UUID> {

    List<Phase> findByJourneyIdOrderByPositionAsc(UUID journeyId);
}
