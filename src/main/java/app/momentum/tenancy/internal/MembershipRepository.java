package app.momentum.tenancy.internal;

import app.momentum.tenancy.TenantMembershipView;
import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Memberships of the current tenant; Hibernate's tenant filter applies to every method. */
public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    @Query("select m from Membership m join fetch m.user u order by lower(u.displayName)")
    List<Membership> findAllWithUser();

    @Query("select m from Membership m join fetch m.user where m.id = :id")
    Optional<Membership> findWithUser(UUID id);

    Optional<Membership> findByUserId(UUID userId);

    long countByRoleAndActiveTrue(Role role);

    /**
     * A user's active memberships with their tenants. Used in platform scope (login, tenant picker),
     * where it spans tenants; in a tenant scope it returns at most that tenant's membership.
     */
    @Query("""
            select new app.momentum.tenancy.TenantMembershipView(t.id, t.name, t.slug, m.role, t.ssoRequired)
            from Membership m, Tenant t
            where t.id = m.tenantId and m.user.id = :userId and m.active = true and m.user.active = true
            order by lower(t.name)""")
    List<TenantMembershipView> findActiveMembershipsOfUser(UUID userId);

    @Query("select count(m) from Membership m where m.tenantId = :tenantId")
    long countInTenant(UUID tenantId);
}
