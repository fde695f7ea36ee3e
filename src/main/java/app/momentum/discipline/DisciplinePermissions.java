package app.momentum.discipline;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may manage the tenant's disciplines (add, rename, reorder, delete): tenant admins and CX managers, who shape
 * the organisation the RACI matrix refers to. A null role (no tenant chosen) may do nothing.
 *
 * <p>Method security asks the bean: {@code @PreAuthorize("@disciplinePermissions.mayManage(authentication)")}.
 */
@Component
public final class DisciplinePermissions {

    /** Method security's expression for {@link #mayManage(Role)}: {@code @PreAuthorize(MAY_MANAGE)}. */
    public static final String MAY_MANAGE = "@disciplinePermissions.mayManage(authentication)";

    /** Whether the role may manage disciplines. */
    public static boolean mayManage(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** {@link #mayManage(Role)} for the roles the current authentication carries. */
    public boolean mayManage(Authentication authentication) {
        return Role.anyHeldBy(authentication, DisciplinePermissions::mayManage);
    }
}
