package app.momentum.ownership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentResponsibilityRepository extends JpaRepository<MomentResponsibility, UUID> {

    List<MomentResponsibility> findByJourneyId(UUID journeyId);

    List<MomentResponsibility> findByMomentId(UUID momentId);
}
