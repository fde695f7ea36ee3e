package app.momentum.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may administer a tenant's members, and who answers for what nobody owns. Only tenant admins manage
 * members (invite, change roles, deactivate, assign their disciplines). Questions about something without an owner
 * go to the CX managers, and to the tenant admins only when the tenant has no CX manager. A null role (no tenant
 * chosen) may do nothing.
 *
 * <p>Method security asks the bean: {@code @PreAuthorize("@memberPermissions.mayManage(authentication)")}.
 */
@Component
public final class MemberPermissions {

    /** Method security's expression for {@link #mayManage(Role)}: {@code @PreAuthorize(MAY_MANAGE)}. */
    public static final String MAY_MANAGE = "@memberPermissions.mayManage(authentication)";

    /** Whether the role may manage the tenant's members. */
    public static boolean mayManage(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN -> true;
            case CX_MANAGER, CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** Whether a member with this role is asked first about something nobody owns. */
    public static boolean isAskedFirst(Role role) {
        return role == Role.CX_MANAGER;
    }

    /** Whether a member with this role is asked about something nobody owns when no one is asked first. */
    public static boolean isAskedInstead(Role role) {
        return role == Role.TENANT_ADMIN;
    }

    /** {@link #mayManage(Role)} for the roles the current authentication carries. */
    public boolean mayManage(Authentication authentication) {
        return Role.anyHeldBy(authentication, MemberPermissions::mayManage);
    }
}
