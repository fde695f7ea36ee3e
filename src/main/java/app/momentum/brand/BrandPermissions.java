package app.momentum.brand;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may change the brand (profile, values, personas, channels): tenant admins and CX managers, who own the
 * brand promise; everyone else reads it. A null role (no tenant chosen) may do nothing.
 *
 * <p>The static rule is what views ask to show or hide controls; the bean method is what method security asks,
 * as {@code @PreAuthorize("@brandPermissions.mayEdit(authentication)")}, so both answer from the same rule.
 */
@Component
public final class BrandPermissions {

    /** Method security's expression for {@link #mayEdit(Role)}: {@code @PreAuthorize(MAY_EDIT)}. */
    public static final String MAY_EDIT = "@brandPermissions.mayEdit(authentication)";

    /** Whether the role may edit the brand. */
    public static boolean mayEdit(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** {@link #mayEdit(Role)} for the roles the current authentication carries. */
    public boolean mayEdit(Authentication authentication) {
        return Role.anyHeldBy(authentication, BrandPermissions::mayEdit);
    }
}
