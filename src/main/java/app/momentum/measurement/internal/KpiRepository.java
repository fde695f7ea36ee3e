package app.momentum.measurement.internal;

import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.StandardKpi;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The KPI catalogue of the current tenant (tenant-filtered). */
public interface KpiRepository extends JpaRepository<Kpi, UUID> {

    boolean existsByStandardCode(StandardKpi standardCode);

    List<Kpi> findByNameIgnoreCase(String name);
}
