package app.momentum.journey;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with journeys. Tenant admins and CX managers manage the portfolio: they create journeys, edit
 * their details, duplicate and archive them. Designing a journey's map (phases, moments, a CSV import, comments,
 * baselines) is shared work that contributors do too; executives review read-only. A null role (no tenant
 * chosen) may do nothing.
 *
 * <p>Views ask the static rules; method security asks the bean, e.g.
 * {@code @PreAuthorize("@journeyPermissions.mayDesign(authentication)")}.
 */
@Component
public final class JourneyPermissions {

    /** Method security's expression for {@link #mayManage(Role)}: {@code @PreAuthorize(MAY_MANAGE)}. */
    public static final String MAY_MANAGE = "@journeyPermissions.mayManage(authentication)";

    /** Method security's expression for {@link #mayDesign(Role)}: {@code @PreAuthorize(MAY_DESIGN)}. */
    public static final String MAY_DESIGN = "@journeyPermissions.mayDesign(authentication)";

    /** Whether the role may create journeys and change, duplicate or archive them as a whole. */
    public static boolean mayManage(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** Whether the role may design a journey's map: its phases and moments, comments and baselines. */
    public static boolean mayDesign(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER, CONTRIBUTOR -> true;
            case EXECUTIVE -> false;
        };
    }

    /** {@link #mayManage(Role)} for the roles the current authentication carries. */
    public boolean mayManage(Authentication authentication) {
        return Role.anyHeldBy(authentication, JourneyPermissions::mayManage);
    }

    /** {@link #mayDesign(Role)} for the roles the current authentication carries. */
    public boolean mayDesign(Authentication authentication) {
        return Role.anyHeldBy(authentication, JourneyPermissions::mayDesign);
    }
}
