package app.momentum.ownership.internal;

import app.momentum.ownership.internal.MomentEnabler;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentEnablerRepository extends JpaRepository<MomentEnabler, UUID> {

    Optional<MomentEnabler> findByMomentId(UUID momentId);

    List<MomentEnabler> findByJourneyId(UUID journeyId);
}
