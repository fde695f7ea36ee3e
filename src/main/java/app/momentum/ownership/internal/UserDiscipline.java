package app.momentum.ownership.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member belongs to a discipline of the tenant (one or more). */
@Entity
@Table(name = "user_discipline")
public class UserDiscipline extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private UUID disciplineId;

    protected UserDiscipline() {
    }

    public UserDiscipline(UUID userId, UUID disciplineId) {
        this.userId = userId;
        this.disciplineId = disciplineId;
    }

    public UUID getUserId() { return userId; }
    public UUID getDisciplineId() { return disciplineId; }
}
