package app.momentum.journey.collab;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JourneyActivityRepository extends JpaRepository<JourneyActivity, UUID> {

    List<JourneyActivity> findByJourneyIdOrderByAtDesc(UUID journeyId, Pageable page);
}
