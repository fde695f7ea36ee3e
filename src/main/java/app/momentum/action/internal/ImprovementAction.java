package app.momentum.action.internal;

import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An improvement action: a gap on a journey turned into work with an owner, a due date and a status. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction extends TenantOwnedEntity {

    @Column(nullable = false)
    private UUID journeyId;

    /** The moments it improves; empty for the journey as a whole. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> momentIds = new ArrayList<>();

    @Column(nullable = false)
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionType type;

    private UUID disciplineId;

    @Column(nullable = false)
    private UUID ownerUserId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> contributorIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.IDEA;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority = Priority.MEDIUM;

    private String expectedEffect;
    private String kpiName;
    private String kpiTargetChange;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Effort effort = Effort.M;

    /** The reason it was dropped, or the evidence that its effect was verified. */
    private String statusNote;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private UUID createdBy;

    @Column(nullable = false)
    private Instant updatedAt = Instant.now();

    /** When it last reached done (effect verified follows done); null while not completed. */
    private Instant completedAt;

    protected ImprovementAction() {
    }

    public ImprovementAction(UUID journeyId, UUID createdBy) {
        this.journeyId = journeyId;
        this.createdBy = createdBy;
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    public UUID getJourneyId() { return journeyId; }
    public List<UUID> getMomentIds() { return List.copyOf(momentIds); }
    public void setMomentIds(List<UUID> momentIds) { this.momentIds = new ArrayList<>(momentIds); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ActionType getType() { return type; }
    public void setType(ActionType type) { this.type = type; }
    public UUID getDisciplineId() { return disciplineId; }
    public void setDisciplineId(UUID disciplineId) { this.disciplineId = disciplineId; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(UUID ownerUserId) { this.ownerUserId = ownerUserId; }
    public List<UUID> getContributorIds() { return List.copyOf(contributorIds); }
    public void setContributorIds(List<UUID> ids) { this.contributorIds = new ArrayList<>(ids); }
    public ActionStatus getStatus() { return status; }

    /**
     * Moves it to the status. Reaching done dates the completion (the life cycle's gates ask when a journey's actions
     * were last completed); effect verified keeps that day, or dates it when the action never went through done;
     * any other status leaves it uncompleted.
     */
    public void setStatus(ActionStatus status) {
        if (status == ActionStatus.DONE || status == ActionStatus.EFFECT_VERIFIED && completedAt == null) {
            completedAt = Instant.now();
        } else if (status != ActionStatus.EFFECT_VERIFIED) {
            completedAt = null;
        }
        this.status = status;
    }

    public Instant getCompletedAt() { return completedAt; }

    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public String getExpectedEffect() { return expectedEffect; }
    public void setExpectedEffect(String expectedEffect) { this.expectedEffect = expectedEffect; }
    public String getKpiName() { return kpiName; }
    public void setKpiName(String kpiName) { this.kpiName = kpiName; }
    public String getKpiTargetChange() { return kpiTargetChange; }
    public void setKpiTargetChange(String kpiTargetChange) { this.kpiTargetChange = kpiTargetChange; }
    public Effort getEffort() { return effort; }
    public void setEffort(Effort effort) { this.effort = effort; }
    public String getStatusNote() { return statusNote; }
    public void setStatusNote(String statusNote) { this.statusNote = statusNote; }
    public Instant getCreatedAt() { return createdAt; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
