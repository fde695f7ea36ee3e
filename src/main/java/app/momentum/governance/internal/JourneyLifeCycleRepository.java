package app.momentum.governance.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JourneyLifeCycleRepository extends JpaRepository<JourneyLifeCycle, UUID> {

    Optional<JourneyLifeCycle> findByJourneyId(UUID journeyId);
}
