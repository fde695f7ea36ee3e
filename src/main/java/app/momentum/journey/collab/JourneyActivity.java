package app.momentum.journey.collab;

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

/** One entry of a journey's history: who did what, when, and old → new for the main fields. */
@Entity
@Table(name = "journey_activity")
public class JourneyActivity extends TenantOwnedEntity {

    private static final String SEPARATOR = "\u001F";

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityAction action;

    private String subject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> changes = new ArrayList<>();

    /** A field that changed: its label's message key, the old and the new value as text. */
    public record FieldChange(String fieldKey, String oldValue, String newValue) {
    }

    protected JourneyActivity() {
    }

    public JourneyActivity(UUID journeyId, UUID userId, ActivityAction action, String subject, List<FieldChange> fieldChanges) {
        this.journeyId = journeyId;
        this.userId = userId;
        this.action = action;
        this.subject = subject == null ? null : subject.length() > 200 ? subject.substring(0, 200) : subject;
        for (FieldChange change : fieldChanges) {
            this.changes.add(String.join(SEPARATOR, change.fieldKey(), clip(change.oldValue()), clip(change.newValue())));
        }
    }

    private static String clip(String value) {
        String text = value == null ? "" : value;
        return text.length() > 1200 ? text.substring(0, 1200) + "…" : text;
    }

    public UUID getJourneyId() {
        return journeyId;
    }

    public Instant getAt() {
        return at;
    }

    public UUID getUserId() {
        return userId;
    }

    public ActivityAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public List<FieldChange> getChanges() {
        return changes.stream().map(c -> c.split(SEPARATOR, -1))
                .map(parts -> new FieldChange(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""))
                .toList();
    }
}
