package app.momentum.journey.collab;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JourneyBaselineRepository extends JpaRepository<JourneyBaseline, UUID> {

    List<JourneyBaseline> findByJourneyIdOrderByCreatedAtDesc(UUID journeyId);

    boolean existsByJourneyIdAndNameIgnoreCase(UUID journeyId, String name);
}
