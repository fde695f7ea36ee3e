package app.momentum.brand.internal;

import app.momentum.brand.internal.GuidingPrinciple;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** GuidingPrinciples of the current tenant (tenant-filtered). */
public interface GuidingPrincipleRepository extends JpaRepository<GuidingPrinciple, UUID> {

    List<GuidingPrinciple> findAllByOrderByPositionAsc();
}
