package app.momentum.measurement.gap;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An owner's estimate of a moment's mean satisfaction, kept with its time so it can be compared fairly. */
@Entity
@Table(name = "moment_estimate")
public class MomentEstimate extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID momentId;
    @Column(nullable = false, updatable = false)
    private BigDecimal estimate;
    @Column(updatable = false)
    private UUID estimatedBy;
    @Column(nullable = false, updatable = false)
    private Instant estimatedAt;

    public MomentEstimate() {
    }

    public MomentEstimate(UUID momentId, BigDecimal estimate, UUID estimatedBy, Instant estimatedAt) {
        this.momentId = momentId;
        this.estimate = estimate;
        this.estimatedBy = estimatedBy;
        this.estimatedAt = estimatedAt;
    }

    public UUID getMomentId() { return momentId; }
    public BigDecimal getEstimate() { return estimate; }
    public UUID getEstimatedBy() { return estimatedBy; }
    public Instant getEstimatedAt() { return estimatedAt; }
}
