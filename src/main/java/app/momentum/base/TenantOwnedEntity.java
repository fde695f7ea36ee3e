package app.momentum.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Root of every entity a tenant owns. {@code @TenantId} sits here, on the mapped superclass, so that
 * Hibernate filters every query, {@code find()} and bulk update by the current tenant and stamps the
 * tenant on insert. Ids are random UUIDs, so they can appear in URLs without being guessable.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    /** Optimistic locking: concurrent edits fail instead of silently overwriting each other. */
    @Version
    private Long version;

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof TenantOwnedEntity that
                && getClass() == that.getClass() && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
