package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MomentResultRowRepository extends JpaRepository<MomentResultRow, UUID> {

    List<MomentResultRow> findBySegmentResultIdInOrderByPositionAsc(Collection<UUID> segmentResultIds);
}
