package app.momentum.dashboard.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** One KPI the tenant chose as a cockpit headline, at its position. */
@Entity
@Table(name = "cockpit_headline_kpi")
public class HeadlineKpi extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID kpiId;

    private int position;

    protected HeadlineKpi() {
    }

    public HeadlineKpi(UUID kpiId, int position) {
        this.kpiId = kpiId;
        this.position = position;
    }

    public UUID getKpiId() { return kpiId; }

    public int getPosition() { return position; }
}
