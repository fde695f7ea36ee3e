package app.momentum.journey.collab;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named snapshot of a journey ("baseline Q4 2026") to compare the current state with. */
@Entity
@Table(name = "journey_baseline")
public class JourneyBaseline extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private UUID createdBy;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected JourneyBaseline() {
    }

    public JourneyBaseline(UUID journeyId, String name, UUID createdBy, String snapshot) {
        this.journeyId = journeyId;
        this.name = name;
        this.createdBy = createdBy;
        this.snapshot = snapshot;
    }

    public UUID getJourneyId() { return journeyId; }
    public String getName() { return name; }
    public Instant getCreatedAt() { return createdAt; }
    public UUID getCreatedBy() { return createdBy; }
    public String getSnapshot() { return snapshot; }
}
