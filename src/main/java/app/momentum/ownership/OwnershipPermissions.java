package app.momentum.ownership;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may decide who is responsible: tenant admins and CX managers assign the RACI matrix and a moment's
 * enablers; everyone else reads them. A null role (no tenant chosen) may do nothing. Which disciplines a member
 * belongs to is member administration ({@code MemberPermissions}), not this.
 *
 * <p>Views ask the static rule; method security asks the bean,
 * {@code @PreAuthorize("@ownershipPermissions.mayAssign(authentication)")}.
 */
@Component
public final class OwnershipPermissions {

    /** Method security's expression for {@link #mayAssign(Role)}: {@code @PreAuthorize(MAY_ASSIGN)}. */
    public static final String MAY_ASSIGN = "@ownershipPermissions.mayAssign(authentication)";

    /** Whether the role may assign RACI cells and edit a moment's enablers. */
    public static boolean mayAssign(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** {@link #mayAssign(Role)} for the roles the current authentication carries. */
    public boolean mayAssign(Authentication authentication) {
        return Role.anyHeldBy(authentication, OwnershipPermissions::mayAssign);
    }
}
