package app.momentum.security;

import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.TenantMembershipView;
import app.momentum.user.AppUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a user, working in a tenant with a role, into the security context — as a real login would. */
public final class TestLogin {

    private TestLogin() {
    }

    public static MomentumAuthentication as(AppUser user, Tenant tenant, Role role) {
        MomentumUser principal = new MomentumUser(user.getId(), user.getEmail(), user.getDisplayName(), user.isPlatformAdmin());
        MomentumAuthentication authentication = new MomentumAuthentication(principal,
                tenant == null ? null : new TenantMembershipView(tenant.getId(), tenant.getName(), tenant.getSlug(), role));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
