package app.momentum.governance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageTransitionRepository extends JpaRepository<StageTransition, UUID> {

    List<StageTransition> findByJourneyIdOrderByAtDesc(UUID journeyId);

    List<StageTransition> findByAtGreaterThanEqualOrderByAtDesc(Instant since);
}
