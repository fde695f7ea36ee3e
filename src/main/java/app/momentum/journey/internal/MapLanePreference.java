package app.momentum.journey.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A user's lanes on the journey canvas, as comma-separated lane ids (see {@code journey.canvas.LaneLayout}). */
@Entity
@Table(name = "map_lane_preference")
public class MapLanePreference extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false)
    private String laneOrder;

    @Column(nullable = false)
    private String hidden;

    protected MapLanePreference() {
    }

    public MapLanePreference(UUID userId) {
        this.userId = userId;
    }

    public UUID getUserId() { return userId; }
    public String getLaneOrder() { return laneOrder; }
    public String getHidden() { return hidden; }

    public void set(String laneOrder, String hidden) {
        this.laneOrder = laneOrder;
        this.hidden = hidden;
    }
}
