package app.momentum.journey.internal;

import app.momentum.base.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A phase of a journey (orientation, purchase, use, service, leaving…); phases are the map's columns. */
@Entity
@Table(name = "phase")
public class Phase extends OrderedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false)
    private String name;

    protected Phase() {
    }

    public Phase(UUID journeyId, String name, int position) {
        this.journeyId = journeyId;
        this.name = name;
        setPosition(position);
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
