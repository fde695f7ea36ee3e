package app.momentum.measurement.internal;

import app.momentum.measurement.PeriodType;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiPeriodValue;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Measured values of the current tenant's KPIs (tenant-filtered). The queries are written out: the period lies in the
 * embedded {@link KpiPeriodValue}, which a derived query would look for on the entity itself.
 */
public interface KpiMeasurementRepository extends JpaRepository<KpiMeasurement, UUID> {

    @Query("""
            select m from KpiMeasurement m where m.kpiId = :kpiId
            order by m.periodValue.start, m.periodValue.type, m.createdAt""")
    List<KpiMeasurement> findByKpiIdOrderByPeriodStartAscPeriodTypeAscCreatedAtAsc(UUID kpiId);

    /** The values of several KPIs in one query, each KPI's by period and then by when recorded (the cockpit). */
    @Query("""
            select m from KpiMeasurement m where m.kpiId in :kpiIds
            order by m.kpiId, m.periodValue.start, m.periodValue.type, m.createdAt""")
    List<KpiMeasurement> findByKpiIdIn(java.util.Collection<UUID> kpiIds);

    @Query("""
            select m from KpiMeasurement m
            where m.kpiId = :kpiId and m.periodValue.type = :periodType and m.periodValue.start = :periodStart""")
    List<KpiMeasurement> findByKpiIdAndPeriodTypeAndPeriodStart(UUID kpiId, PeriodType periodType, LocalDate periodStart);
}
