package app.momentum.measurement.internal;

import app.momentum.measurement.PeriodType;
import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.Period;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    /** The period and the target; the number is the target column. */
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "target", nullable = false))
    private KpiPeriodValue periodValue;

    protected KpiTarget() {
    }

    public KpiTarget(UUID kpiId, KpiPeriodValue target) {
        this.kpiId = kpiId;
        this.periodValue = target;
    }

    public UUID getKpiId() { return kpiId; }
    /** The period and the target value. */
    public KpiPeriodValue periodValue() { return periodValue; }
    public Period period() { return periodValue.period(); }
    public PeriodType getPeriodType() { return periodValue.type(); }
    public LocalDate getPeriodStart() { return periodValue.start(); }
    public BigDecimal getTarget() { return periodValue.value(); }

    /** Sets the period's target again (the period stays). */
    public void setTarget(BigDecimal target) { this.periodValue = periodValue.withValue(target); }
}
