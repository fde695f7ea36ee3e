package app.momentum.tenancy;

import java.util.UUID;

/**
 * One of a user's active memberships, across tenants: what the tenant picker shows.
 *
 * @param ssoRequired the tenant admits its members by single sign-on only (platform administrators excepted)
 */
public record TenantMembershipView(UUID tenantId, String tenantName, String tenantSlug, Role role, boolean ssoRequired) {

    /** A tenant that admits local passwords. */
    public TenantMembershipView(UUID tenantId, String tenantName, String tenantSlug, Role role) {
        this(tenantId, tenantName, tenantSlug, role, false);
    }
}
