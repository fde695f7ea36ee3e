package app.momentum.security;

import app.momentum.tenancy.TenantMembershipView;
import java.util.UUID;

/**
 * A user made another tenant their working tenant. Published synchronously within the request that switched,
 * so the UI layer can tell that session's other open tabs (see {@code TenantSwitchGuard}).
 */
public record TenantSwitched(UUID userId, TenantMembershipView membership) {
}
