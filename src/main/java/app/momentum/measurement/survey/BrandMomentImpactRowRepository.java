package app.momentum.measurement.survey;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BrandMomentImpactRowRepository extends JpaRepository<BrandMomentImpactRow, UUID> {

    List<BrandMomentImpactRow> findByBrandResultIdInOrderByPositionAsc(Collection<UUID> brandResultIds);
}
