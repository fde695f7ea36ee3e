package app.momentum.tenancy;

import app.momentum.tenancy.internal.MembershipRepository;
import app.momentum.base.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The only place that reads memberships across tenants: which tenants a user may enter. Everything
 * else reads memberships through the tenant filter.
 */
@Service
public class MembershipDirectory {

    private final MembershipRepository memberships;

    MembershipDirectory(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** The tenants the user is an active member of, by name. Empty for deactivated users. */
    public List<TenantMembershipView> activeMembershipsOf(UUID userId) {
        return TenantContext.callAsPlatform(() -> memberships.findActiveMembershipsOfUser(userId));
    }

    /** The user's active membership of one tenant, if any. */
    public Optional<TenantMembershipView> activeMembership(UUID userId, UUID tenantId) {
        return TenantContext.callInTenant(tenantId, () -> memberships.findActiveMembershipsOfUser(userId))
                .stream().filter(m -> m.tenantId().equals(tenantId)).findFirst();
    }
}
