package app.momentum.measurement;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The value a KPI should reach in one month or quarter; one per KPI and period. */
@Entity
@Table(name = "kpi_target")
public class KpiTarget extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID kpiId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private BigDecimal target;

    protected KpiTarget() {
    }

    KpiTarget(UUID kpiId, PeriodType periodType, LocalDate periodStart) {
        this.kpiId = kpiId;
        this.periodType = periodType;
        this.periodStart = periodStart;
    }

    public UUID getKpiId() { return kpiId; }
    public PeriodType getPeriodType() { return periodType; }
    public LocalDate getPeriodStart() { return periodStart; }
    public BigDecimal getTarget() { return target; }
    void setTarget(BigDecimal target) { this.target = target; }
}
