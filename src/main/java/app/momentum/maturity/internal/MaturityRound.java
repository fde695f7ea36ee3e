package app.momentum.maturity.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A round of the maturity scan: a name, who answers (see {@link MaturityParticipant}) and until when. */
@Entity
@Table(name = "maturity_round")
public class MaturityRound extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate closesOn;

    private Instant closedAt;

    private UUID openedBy;

    @Column(nullable = false, updatable = false)
    private Instant openedAt;

    protected MaturityRound() {
    }

    public MaturityRound(String name, LocalDate closesOn, UUID openedBy, Instant openedAt) {
        this.name = name;
        this.closesOn = closesOn;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** Open until the end of its closing day, unless closed by hand before. */
    public boolean isOpen(LocalDate today) {
        return closedAt == null && !today.isAfter(closesOn);
    }

    public void close(Instant at) {
        this.closedAt = at;
    }

    public String getName() { return name; }
    public LocalDate getClosesOn() { return closesOn; }
    public Instant getClosedAt() { return closedAt; }
    public UUID getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
}
