package app.momentum.measurement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Measured values of the current tenant's KPIs (tenant-filtered). */
public interface KpiMeasurementRepository extends JpaRepository<KpiMeasurement, UUID> {

    List<KpiMeasurement> findByKpiIdOrderByPeriodStartAscPeriodTypeAscCreatedAtAsc(UUID kpiId);

    List<KpiMeasurement> findByKpiIdAndPeriodTypeAndPeriodStart(UUID kpiId, PeriodType periodType, LocalDate periodStart);
}
