package app.momentum.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Targets of the current tenant's KPIs (tenant-filtered). */
public interface KpiTargetRepository extends JpaRepository<KpiTarget, UUID> {

    Optional<KpiTarget> findByKpiIdAndPeriodTypeAndPeriodStart(UUID kpiId, PeriodType periodType, LocalDate periodStart);

    List<KpiTarget> findByKpiIdOrderByPeriodStartAscPeriodTypeAsc(UUID kpiId);
}
