package app.momentum.measurement.gap;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MomentEstimateRepository extends JpaRepository<MomentEstimate, UUID> {

    List<MomentEstimate> findByMomentIdInOrderByEstimatedAtDesc(Collection<UUID> momentIds);
}
