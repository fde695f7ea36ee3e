package app.momentum.api;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may manage a tenant's API tokens: only tenant admins, since a token acts in the tenant without a person
 * behind it. A token itself never carries the tenant admin role, so it cannot mint or revoke tokens. A null role
 * (no tenant chosen) may do nothing.
 *
 * <p>Method security asks the bean: {@code @PreAuthorize("@apiPermissions.mayManageTokens(authentication)")}.
 */
@Component
public final class ApiPermissions {

    /** Method security's expression for {@link #mayManageTokens(Role)}: {@code @PreAuthorize(MAY_MANAGE_TOKENS)}. */
    public static final String MAY_MANAGE_TOKENS = "@apiPermissions.mayManageTokens(authentication)";

    /** Whether the role may list, create and revoke API tokens. */
    public static boolean mayManageTokens(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN -> true;
            case CX_MANAGER, CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** {@link #mayManageTokens(Role)} for the roles the current authentication carries. */
    public boolean mayManageTokens(Authentication authentication) {
        return Role.anyHeldBy(authentication, ApiPermissions::mayManageTokens);
    }
}
