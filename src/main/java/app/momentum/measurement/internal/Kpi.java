package app.momentum.measurement.internal;

import app.momentum.measurement.KpiScope;
import app.momentum.measurement.StandardKpi;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A KPI in the tenant's catalogue: one of the standard ones ({@link #getStandardCode()} set) or the tenant's own,
 * for the whole tenant, one journey or one moment.
 */
@Entity
@Table(name = "kpi")
public class Kpi extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;
    private String unit;
    private BigDecimal scaleMin;
    private BigDecimal scaleMax;
    @Column(nullable = false)
    private boolean higherIsBetter = true;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private StandardKpi standardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KpiScope scope = KpiScope.TENANT;
    private UUID journeyId;
    private UUID momentId;

    protected Kpi() {
    }

    /** A KPI of the tenant's own; the service fills it in. */
    public static Kpi custom() {
        return new Kpi();
    }

    /** A standard KPI for the whole tenant, with its English name. */
    public static Kpi standard(StandardKpi standard) {
        Kpi kpi = new Kpi();
        kpi.standardCode = standard;
        kpi.name = standard.englishName();
        kpi.unit = standard.unit();
        kpi.scaleMin = standard.scaleMin();
        kpi.scaleMax = standard.scaleMax();
        kpi.higherIsBetter = standard.higherIsBetter();
        return kpi;
    }

    public boolean isStandard() {
        return standardCode != null;
    }

    /** Whether {@code value} lies on the KPI's scale (an open end accepts everything on that side). */
    public boolean onScale(BigDecimal value) {
        return (scaleMin == null || value.compareTo(scaleMin) >= 0) && (scaleMax == null || value.compareTo(scaleMax) <= 0);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getScaleMin() { return scaleMin; }
    public void setScaleMin(BigDecimal scaleMin) { this.scaleMin = scaleMin; }
    public BigDecimal getScaleMax() { return scaleMax; }
    public void setScaleMax(BigDecimal scaleMax) { this.scaleMax = scaleMax; }
    public boolean isHigherIsBetter() { return higherIsBetter; }
    public void setHigherIsBetter(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }
    public StandardKpi getStandardCode() { return standardCode; }
    public KpiScope getScope() { return scope; }
    public void setScope(KpiScope scope) { this.scope = scope; }
    public UUID getJourneyId() { return journeyId; }
    public void setJourneyId(UUID journeyId) { this.journeyId = journeyId; }
    public UUID getMomentId() { return momentId; }
    public void setMomentId(UUID momentId) { this.momentId = momentId; }
}
