package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrandValueResultRowRepository extends JpaRepository<BrandValueResultRow, UUID> {

    List<BrandValueResultRow> findByImportIdInOrderByPositionAsc(Collection<UUID> importIds);

    /** Which of these imports asked about brand values. */
    @org.springframework.data.jpa.repository.Query(
            "select distinct r.importId from BrandValueResultRow r where r.importId in :importIds")
    java.util.Set<UUID> importsWithBrandValues(Collection<UUID> importIds);
}
