package app.momentum.measurement.internal;

import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Targets of the current tenant's KPIs (tenant-filtered); queries written out as in {@link KpiMeasurementRepository}. */
public interface KpiTargetRepository extends JpaRepository<KpiTarget, UUID> {

    @Query("""
            select t from KpiTarget t
            where t.kpiId = :kpiId and t.periodValue.type = :periodType and t.periodValue.start = :periodStart""")
    Optional<KpiTarget> findByKpiIdAndPeriodTypeAndPeriodStart(UUID kpiId, PeriodType periodType, LocalDate periodStart);

    /** The targets of several KPIs in one query (the cockpit). */
    @Query("select t from KpiTarget t where t.kpiId in :kpiIds")
    List<KpiTarget> findByKpiIdIn(java.util.Collection<UUID> kpiIds);

    @Query("select t from KpiTarget t where t.kpiId = :kpiId order by t.periodValue.start, t.periodValue.type")
    List<KpiTarget> findByKpiIdOrderByPeriodStartAscPeriodTypeAsc(UUID kpiId);
}
