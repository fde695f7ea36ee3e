package app.momentum.action.internal;

import app.momentum.action.domain.ActionStatus;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of an action's history: a status change (with its note), a comment, or a change of fields. */
@Entity
@Table(name = "action_event")
public class ActionEvent extends TenantOwnedEntity {

    public enum Kind { CREATED, STATUS, COMMENT, CHANGE }

    @Column(nullable = false, updatable = false)
    private UUID actionId;

    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ActionStatus toStatus;

    private String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> mentionedUserIds = new ArrayList<>();

    protected ActionEvent() {
    }

    public ActionEvent(UUID actionId, UUID userId, Kind kind, ActionStatus from, ActionStatus to, String text,
                       List<UUID> mentioned) {
        this.actionId = actionId;
        this.userId = userId;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
        this.mentionedUserIds = new ArrayList<>(mentioned);
    }

    public UUID getActionId() { return actionId; }
    public Instant getAt() { return at; }
    public UUID getUserId() { return userId; }
    public Kind getKind() { return kind; }
    public ActionStatus getFromStatus() { return fromStatus; }
    public ActionStatus getToStatus() { return toStatus; }
    public String getText() { return text; }
    public List<UUID> getMentionedUserIds() { return List.copyOf(mentionedUserIds); }
}
