package app.momentum.governance.internal;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.journey.LifecycleStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One move of a journey through a gate, as it was: who, when, the note, the override reason, what failed. */
@Entity
@Table(name = "stage_transition")
public class StageTransition extends TenantOwnedEntity {

    private static final Set<String> KNOWN = Arrays.stream(GateCriterion.values()).map(Enum::name)
            .collect(Collectors.toSet());

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LifecycleStage toStage;

    @Column(nullable = false, updatable = false)
    private int cycle;

    @Column(nullable = false, updatable = false)
    private UUID byUserId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    private String note;
    private String overrideReason;

    @Column(nullable = false)
    private String failingCriteria = "";

    protected StageTransition() {
    }

    public StageTransition(UUID journeyId, LifecycleStage fromStage, LifecycleStage toStage, int cycle, UUID byUserId,
                           Instant at, String note, String overrideReason, List<GateCriterion> failing) {
        this.journeyId = journeyId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.cycle = cycle;
        this.byUserId = byUserId;
        this.at = at;
        this.note = note;
        this.overrideReason = overrideReason;
        this.failingCriteria = failing.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public UUID getJourneyId() { return journeyId; }
    public LifecycleStage getFromStage() { return fromStage; }
    public LifecycleStage getToStage() { return toStage; }
    public int getCycle() { return cycle; }
    public UUID getByUserId() { return byUserId; }
    public Instant getAt() { return at; }
    public String getNote() { return note; }
    public String getOverrideReason() { return overrideReason; }

    /** The failing criteria at the time; names of criteria since removed are skipped. */
    public List<GateCriterion> getFailingCriteria() {
        return failingCriteria.isEmpty() ? List.of() : Arrays.stream(failingCriteria.split(","))
                .filter(KNOWN::contains).map(GateCriterion::valueOf).toList();
    }
}
