package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MomentResultRowRepository extends JpaRepository<MomentResultRow, UUID> {

    List<MomentResultRow> findBySegmentResultIdInOrderByPositionAsc(Collection<UUID> segmentResultIds);

    /**
     * Per import: how many moments (still on the map) the everybody group measured (experienced by anyone), and how many of them met their
     * target, as (import id, measured, met).
     */
    @org.springframework.data.jpa.repository.Query("""
            select g.importId, count(m), sum(case when m.targetMet = true then 1 else 0 end)
            from MomentResultRow m, SegmentResultRow g
            where m.segmentResultId = g.id and g.segmentColumn = '' and m.momentId is not null and m.experienced > 0
              and g.importId in :importIds
            group by g.importId""")
    List<Object[]> targetCountsOfEverybody(Collection<UUID> importIds);
}
