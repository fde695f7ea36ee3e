package app.momentum.tenancy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.TenantContext;
import app.momentum.base.UserFacingException;
import app.momentum.tenancy.internal.Membership;
import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.tenancy.internal.TenantRepository;
import app.momentum.user.AppUser;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenants and single sign-on: which Keycloak organisation a tenant is bound to (the platform administrator's), whether
 * it requires single sign-on and which role a member arriving by it gets (the tenant administrator's), and the
 * membership of someone who signed in through their organisation.
 */
@Service
public class TenantSingleSignOn {

    /** A Keycloak organisation id (a UUID in Keycloak 26; kept open for other providers' ids). */
    private static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Logger log = LoggerFactory.getLogger(TenantSingleSignOn.class);

    private final TenantRepository tenants;
    private final MembershipRepository memberships;
    private final TransactionTemplate transaction;
    private final TenantIdentifierResolver currentTenant;

    TenantSingleSignOn(TenantRepository tenants, MembershipRepository memberships,
                       PlatformTransactionManager transactions, TenantIdentifierResolver currentTenant) {
        this.currentTenant = currentTenant;
        this.tenants = tenants;
        this.memberships = memberships;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A tenant's single sign-on settings. */
    public record Settings(UUID tenantId, String organizationId, boolean required, Role newMemberRole, long version) {

        static Settings of(Tenant tenant) {
            return new Settings(tenant.getId(), tenant.getSsoOrganizationId(), tenant.isSsoRequired(),
                    tenant.getNewMemberRole(), tenant.getVersion());
        }

        public boolean bound() {
            return organizationId != null;
        }
    }

    /** What became of a member who signed in through their organisation. */
    public enum Arrival {
        /** Already an active member (their role follows the mapping, when one applies). */
        ACTIVE,
        /** Made a member now. */
        JOINED,
        /** A deactivated member: stays refused whatever the token says. */
        DEACTIVATED
    }

    /** The tenants bound to these organisations (global; for the sign-in, which has no tenant yet). */
    public List<Settings> boundTo(Collection<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return TenantContext.callGlobal(() -> tenants.findBySsoOrganizationIdIn(organizationIds)).stream()
                .map(Settings::of).toList();
    }

    /** One tenant's settings, for the platform administrator. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Settings settingsOf(UUID tenantId) {
        return TenantContext.callGlobal(() -> Settings.of(tenants.findById(tenantId)
                .orElseThrow(() -> new UserFacingException("error.notFound"))));
    }

    /**
     * Binds the tenant to a Keycloak organisation, by its id; blank unbinds it (and drops "single sign-on
     * required", or nobody could sign in).
     *
     * @throws UserFacingException when the id is malformed, bound to another tenant, or the tenant changed meanwhile
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Settings bind(UUID tenantId, long expectedVersion, String organizationId) {
        // tenants are global: the platform administrator, who works in no tenant, changes them in the global scope
        return TenantContext.callGlobal(() -> transaction.execute(status -> bound(tenantId, expectedVersion,
                organizationId)));
    }

    private Settings bound(UUID tenantId, long expectedVersion, String organizationId) {
        Tenant tenant = tenants.lockById(tenantId).orElseThrow(() -> new UserFacingException("error.notFound"));
        ConcurrentEditException.check(tenant.getVersion(), expectedVersion);
        String id = organizationId == null ? "" : organizationId.strip();
        if (id.isEmpty()) {
            tenant.setSsoOrganizationId(null);
        } else {
            if (!ORGANIZATION_ID.matcher(id).matches()) {
                throw new UserFacingException("tenants.sso.error.malformed");
            }
            Optional<Tenant> holder = tenants.findBySsoOrganizationId(id);
            if (holder.isPresent() && !holder.get().getId().equals(tenantId)) {
                throw new UserFacingException("tenants.sso.error.taken", holder.get().getName());
            }
            tenant.setSsoOrganizationId(id);
        }
        log.info("Tenant {} bound to Keycloak organisation {}", tenantId, tenant.getSsoOrganizationId());
        return Settings.of(tenants.saveAndFlush(tenant));
    }

    /** The current tenant's settings. */
    @PreAuthorize(MemberPermissions.MAY_MANAGE)
    @Transactional(readOnly = true)
    public Settings settings() {
        return Settings.of(tenantWorkedIn());
    }

    /**
     * The tenant administrator's choice: single sign-on required or not, and the role of new members.
     *
     * @throws UserFacingException when single sign-on is required of a tenant bound to no organisation, no role is
     *                             given, or the tenant changed meanwhile
     */
    @PreAuthorize(MemberPermissions.MAY_MANAGE)
    @Transactional
    public Settings save(long expectedVersion, boolean required, Role newMemberRole) {
        Tenant tenant = tenants.lockById(currentTenantId()).orElseThrow();
        ConcurrentEditException.check(tenant.getVersion(), expectedVersion);
        if (newMemberRole == null) {
            throw new UserFacingException("tenant.sso.error.roleRequired");
        }
        if (required && tenant.getSsoOrganizationId() == null) {
            throw new UserFacingException("tenant.sso.error.notBound");
        }
        tenant.setSsoRequired(required);
        tenant.setNewMemberRole(newMemberRole);
        return Settings.of(tenants.saveAndFlush(tenant));
    }

    /**
     * The membership of someone who just signed in through the organisation the tenant is bound to: an active
     * member takes the mapped role (if any: else keeps theirs; the last administrator is never demoted), a
     * newcomer joins with it or with the tenant's role for new members, a deactivated member stays out. Runs in
     * the tenant's scope, in a transaction of its own (opened inside the scope, as Hibernate needs).
     */
    public Arrival arrive(UUID tenantId, AppUser user, Optional<Role> mapped) {
        return TenantContext.callInTenant(tenantId, () -> transaction.execute(status -> {
            Tenant tenant = tenants.lockById(tenantId).orElseThrow();
            Optional<Membership> existing = memberships.findByUserId(user.getId());
            if (existing.isEmpty()) {
                Role role = mapped.orElse(tenant.getNewMemberRole());
                memberships.save(new Membership(user, role));
                log.info("User {} joined tenant {} by single sign-on as {}", user.getId(), tenantId, role);
                return Arrival.JOINED;
            }
            Membership member = existing.get();
            if (!member.isActive()) {
                return Arrival.DEACTIVATED;
            }
            if (mapped.isPresent() && mapped.get() != member.getRole()) {
                boolean lastAdmin = member.isActiveAdmin()
                        && memberships.countByRoleAndActiveTrue(Role.TENANT_ADMIN) <= 1;
                if (lastAdmin) {
                    log.warn("Single sign-on maps the last administrator {} of tenant {} to {}; kept as administrator",
                            user.getId(), tenantId, mapped.get());
                } else {
                    log.info("Member {} role {} -> {} by single sign-on", member.getId(), member.getRole(), mapped.get());
                    member.setRole(mapped.get());
                }
            }
            return Arrival.ACTIVE;
        }));
    }

    private Tenant tenantWorkedIn() {
        return tenants.findById(currentTenantId()).orElseThrow();
    }

    /** The tenant the logged-in administrator works in (the method checks let no one else here). */
    private UUID currentTenantId() {
        return currentTenant.resolveCurrentTenantIdentifier();
    }
}
