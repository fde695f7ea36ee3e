package app.momentum.notification.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The daily digest went to this user on this day (so a restart never sends it twice). */
@Entity
@Table(name = "digest_sent")
public class DigestSent extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private LocalDate day;

    protected DigestSent() {
    }

    public DigestSent(UUID userId, LocalDate day) {
        this.userId = userId;
        this.day = day;
    }

    public UUID getUserId() { return userId; }
    public LocalDate getDay() { return day; }
}
