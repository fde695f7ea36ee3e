package app.momentum.measurement.survey;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentResultRowRepository extends JpaRepository<SegmentResultRow, UUID> {

    List<SegmentResultRow> findByImportIdOrderBySegmentColumnAscSegmentValueAsc(UUID importId);

    List<SegmentResultRow> findByImportIdInAndSegmentColumn(java.util.Collection<UUID> importIds, String segmentColumn);

    java.util.Optional<SegmentResultRow> findByImportIdAndSegmentColumn(UUID importId, String segmentColumn);
}
