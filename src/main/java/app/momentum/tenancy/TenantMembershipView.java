package app.momentum.tenancy;

import java.util.UUID;

/** One of a user's active memberships, across tenants: what the tenant picker shows. */
public record TenantMembershipView(UUID tenantId, String tenantName, String tenantSlug, Role role) {
}
