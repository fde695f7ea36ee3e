package app.momentum.notification.internal;

import app.momentum.notification.NotificationType;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification for one user: about an action or a journey, read or unread. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationType type;

    private UUID actionId;
    private UUID journeyId;
    private String subject;
    private UUID actorId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private Instant readAt;
    private String dedupKey;

    protected Notification() {
    }

    public Notification(UUID userId, NotificationType type, UUID actionId, UUID journeyId, String subject, UUID actorId,
                        String dedupKey) {
        this.userId = userId;
        this.type = type;
        this.actionId = actionId;
        this.journeyId = journeyId;
        this.subject = subject == null || subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
        this.actorId = actorId;
        this.dedupKey = dedupKey;
    }

    public UUID getUserId() { return userId; }
    public NotificationType getType() { return type; }
    public UUID getActionId() { return actionId; }
    public UUID getJourneyId() { return journeyId; }
    public String getSubject() { return subject; }
    public UUID getActorId() { return actorId; }
    public String getDedupKey() { return dedupKey; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
    public void markRead(Instant at) { if (readAt == null) { readAt = at; } }
}
