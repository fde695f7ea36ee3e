package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrandValueResultRowRepository extends JpaRepository<BrandValueResultRow, UUID> {

    List<BrandValueResultRow> findByImportIdInOrderByPositionAsc(Collection<UUID> importIds);
}
