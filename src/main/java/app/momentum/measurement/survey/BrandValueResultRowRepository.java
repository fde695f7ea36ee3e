package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BrandValueResultRowRepository extends JpaRepository<BrandValueResultRow, UUID> {

    List<BrandValueResultRow> findByImportIdInOrderByPositionAsc(Collection<UUID> importIds);

    /** Which of these imports asked about brand values. */
    @Query("select distinct r.importId from BrandValueResultRow r where r.importId in :importIds")
    Set<UUID> importsWithBrandValues(Collection<UUID> importIds);
}
