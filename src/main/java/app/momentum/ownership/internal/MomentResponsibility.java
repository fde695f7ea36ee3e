package app.momentum.ownership.internal;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.ownership.domain.Raci;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One cell of a journey's responsibility matrix: a discipline's R, A, C or I for a moment. */
@Entity
@Table(name = "moment_responsibility")
public class MomentResponsibility extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private UUID momentId;

    @Column(nullable = false, updatable = false)
    private UUID disciplineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Raci raci;

    protected MomentResponsibility() {
    }

    public MomentResponsibility(UUID journeyId, UUID momentId, UUID disciplineId, Raci raci) {
        this.journeyId = journeyId;
        this.momentId = momentId;
        this.disciplineId = disciplineId;
        this.raci = raci;
    }

    public UUID getJourneyId() { return journeyId; }
    public UUID getMomentId() { return momentId; }
    public UUID getDisciplineId() { return disciplineId; }
    public Raci getRaci() { return raci; }
    public void setRaci(Raci raci) { this.raci = raci; }
}
