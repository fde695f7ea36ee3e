package app.momentum.ownership.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** What staff need to deliver a moment: behaviour, training, hiring criteria, incentives, process change. */
@Entity
@Table(name = "moment_enabler")
public class MomentEnabler extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private UUID momentId;

    private String expectedBehaviour;
    private String training;
    private String hiringCriteria;
    private String incentives;
    private String processChange;

    protected MomentEnabler() {
    }

    public MomentEnabler(UUID journeyId, UUID momentId) {
        this.journeyId = journeyId;
        this.momentId = momentId;
    }

    public UUID getJourneyId() { return journeyId; }
    public UUID getMomentId() { return momentId; }
    public String getExpectedBehaviour() { return expectedBehaviour; }
    public void setExpectedBehaviour(String v) { this.expectedBehaviour = v; }
    public String getTraining() { return training; }
    public void setTraining(String v) { this.training = v; }
    public String getHiringCriteria() { return hiringCriteria; }
    public void setHiringCriteria(String v) { this.hiringCriteria = v; }
    public String getIncentives() { return incentives; }
    public void setIncentives(String v) { this.incentives = v; }
    public String getProcessChange() { return processChange; }
    public void setProcessChange(String v) { this.processChange = v; }
}
