package app.momentum.tenancy;

import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.base.UserFacingException;
import app.momentum.user.AppUser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The tenancy module's published API for the tenants themselves, for the modules that set tenants up (platform
 * provisioning, demo seeding) or visit each one (daily reminders), so they never reach into the repositories.
 * Runs in the caller's transaction and tenant scope: {@code tenant} is global, so reading all tenants needs a global
 * or platform scope, and {@link #addMemberIfAbsent} writes into the current tenant. No role check here: its callers
 * guard it (platform administrators; demo seeding and reminders run at start or on schedule, without a user).
 */
@Service
public class TenantRegistry {

    private final TenantRepository tenants;
    private final MembershipRepository memberships;

    TenantRegistry(TenantRepository tenants, MembershipRepository memberships) {
        this.tenants = tenants;
        this.memberships = memberships;
    }

    /** A tenant as lists show it. */
    /**
     * @param ssoOrganizationId the Keycloak organisation the tenant is bound to, or null
     * @param version           for a change of the binding, so two platform administrators never overwrite each other
     */
    public record TenantInfo(UUID id, String name, String slug, Locale locale, Instant createdAt,
                             String ssoOrganizationId, boolean ssoRequired, long version) {

        static TenantInfo of(Tenant tenant) {
            return new TenantInfo(tenant.getId(), tenant.getName(), tenant.getSlug(), tenant.getLocale(),
                    tenant.getCreatedAt(), tenant.getSsoOrganizationId(), tenant.isSsoRequired(), tenant.getVersion());
        }
    }

    /** Every tenant (needs a global or platform scope). */
    public List<TenantInfo> all() {
        return tenants.findAll().stream().map(TenantInfo::of).toList();
    }

    /** How many memberships (active or not) a tenant has (needs the platform scope for other tenants). */
    public long memberCount(UUID tenantId) {
        return memberships.countInTenant(tenantId);
    }

    public Optional<Tenant> findBySlug(String slug) {
        return tenants.findBySlug(slug);
    }

    /**
     * Binds a tenant that is bound to no organisation yet to this Keycloak organisation, unless another tenant has it
     * (the demo's fixed organisations; a platform administrator uses {@link TenantSingleSignOn#bind}).
     *
     * @return whether the tenant is bound to it now
     */
    public boolean bindIfUnbound(Tenant tenant, String organizationId) {
        Tenant stored = tenants.findById(tenant.getId()).orElseThrow();
        if (stored.getSsoOrganizationId() != null) {
            return organizationId.equals(stored.getSsoOrganizationId());
        }
        if (tenants.findBySsoOrganizationId(organizationId).isPresent()) {
            return false;
        }
        stored.setSsoOrganizationId(organizationId);
        tenants.save(stored);
        return true;
    }

    /** Stores a new tenant; refuses a slug another tenant has ({@code tenants.error.slugTaken}). */
    public Tenant register(Tenant tenant) {
        if (tenants.existsBySlug(tenant.getSlug())) {
            throw new UserFacingException("tenants.error.slugTaken", tenant.getSlug());
        }
        return tenants.save(tenant);
    }

    /**
     * Makes the user a member of the current tenant with this role, unless they are one already (then nothing
     * changes, whatever their role or state).
     *
     * @return whether a membership was added
     */
    public boolean addMemberIfAbsent(AppUser user, Role role) {
        if (memberships.findByUserId(user.getId()).isPresent()) {
            return false;
        }
        memberships.save(new Membership(user, role));
        return true;
    }
}
