package app.momentum.governance.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A journey's cycle and review date. Created on the first move or review; before that the journey is in cycle 1. */
@Entity
@Table(name = "journey_life_cycle")
public class JourneyLifeCycle extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false)
    private int cycle = 1;

    @Column(nullable = false)
    private LocalDate cycleStartedOn;

    private LocalDate lastReviewedOn;

    protected JourneyLifeCycle() {
    }

    public JourneyLifeCycle(UUID journeyId, LocalDate cycleStartedOn) {
        this.journeyId = journeyId;
        this.cycleStartedOn = cycleStartedOn;
    }

    public UUID getJourneyId() { return journeyId; }
    public int getCycle() { return cycle; }
    public LocalDate getCycleStartedOn() { return cycleStartedOn; }
    public LocalDate getLastReviewedOn() { return lastReviewedOn; }

    /** Management → mapping: the next cycle starts today. */
    public void startNextCycle(LocalDate today) {
        cycle++;
        cycleStartedOn = today;
    }

    public void reviewed(LocalDate today) {
        lastReviewedOn = today;
    }
}
