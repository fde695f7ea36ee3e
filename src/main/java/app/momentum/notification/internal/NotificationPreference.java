package app.momentum.notification.internal;

import app.momentum.notification.NotificationType;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** Whether a user wants e-mail for one type of notification (default: yes). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationType type;

    @Column(nullable = false)
    private boolean email = true;

    protected NotificationPreference() {
    }

    public NotificationPreference(UUID userId, NotificationType type, boolean email) {
        this.userId = userId;
        this.type = type;
        this.email = email;
    }

    public UUID getUserId() { return userId; }
    public NotificationType getType() { return type; }
    public boolean isEmail() { return email; }
    public void setEmail(boolean email) { this.email = email; }
}
