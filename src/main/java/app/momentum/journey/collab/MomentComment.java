package app.momentum.journey.collab;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A comment on a moment, with the tenant users it mentions (kept for notifications). */
@Entity
@Table(name = "moment_comment")
public class MomentComment extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private UUID momentId;

    @Column(nullable = false, updatable = false)
    private UUID authorUserId;

    @Column(nullable = false)
    private String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> mentionedUserIds = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected MomentComment() {
    }

    public MomentComment(UUID journeyId, UUID momentId, UUID authorUserId, String text, List<UUID> mentionedUserIds) {
        this.journeyId = journeyId;
        this.momentId = momentId;
        this.authorUserId = authorUserId;
        this.text = text;
        this.mentionedUserIds = new ArrayList<>(mentionedUserIds);
    }

    public UUID getJourneyId() { return journeyId; }
    public UUID getMomentId() { return momentId; }
    public UUID getAuthorUserId() { return authorUserId; }
    public String getText() { return text; }
    public List<UUID> getMentionedUserIds() { return List.copyOf(mentionedUserIds); }
    public Instant getCreatedAt() { return createdAt; }
}
