package app.momentum.tenancy.internal;

import app.momentum.tenancy.Tenant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface TenantRepository extends JpaRepository<Tenant, UUID> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Tenant> findBySsoOrganizationIdIn(Collection<String> organizationIds);

    Optional<Tenant> findBySsoOrganizationId(String organizationId);

    /** Serialises changes to a tenant's admins, so two concurrent demotions cannot remove the last admin. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tenant t where t.id = :id")
    Optional<Tenant> lockById(UUID id);
}
