package app.momentum.brand.internal;

import app.momentum.brand.internal.BrandValue;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** BrandValues of the current tenant (tenant-filtered). */
public interface BrandValueRepository extends JpaRepository<BrandValue, UUID> {

    List<BrandValue> findAllByOrderByPositionAsc();
}
