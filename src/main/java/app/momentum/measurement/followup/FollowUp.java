package app.momentum.measurement.followup;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One respondent to contact, for a discipline or person, with where it stands. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID importId;
    @Column(nullable = false, updatable = false)
    private UUID journeyId;
    @Column(nullable = false, updatable = false)
    private String respondentRef;
    private Integer recommend;
    private UUID momentId;
    private Integer momentScore;
    private UUID disciplineId;
    private UUID ownerUserId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status = FollowUpStatus.OPEN;
    private String note;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected FollowUp() {
    }

    public FollowUp(UUID importId, UUID journeyId, FollowUpCandidate candidate, UUID disciplineId, UUID ownerUserId,
                    Instant createdAt) {
        this.importId = importId;
        this.journeyId = journeyId;
        this.respondentRef = candidate.respondentRef();
        this.recommend = candidate.recommend();
        this.momentId = candidate.momentId();
        this.momentScore = candidate.momentScore();
        this.disciplineId = disciplineId;
        this.ownerUserId = ownerUserId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void update(FollowUpStatus newStatus, String newNote, Instant at) {
        status = newStatus;
        note = newNote;
        updatedAt = at;
    }

    public UUID getImportId() { return importId; }
    public UUID getJourneyId() { return journeyId; }
    public String getRespondentRef() { return respondentRef; }
    public Integer getRecommend() { return recommend; }
    public UUID getMomentId() { return momentId; }
    public Integer getMomentScore() { return momentScore; }
    public UUID getDisciplineId() { return disciplineId; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public FollowUpStatus getStatus() { return status; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** Who answers for this item; neither a discipline nor a person means the CX managers. */
    public FollowUpRouting.Route route() {
        return new FollowUpRouting.Route(disciplineId, ownerUserId);
    }
}
