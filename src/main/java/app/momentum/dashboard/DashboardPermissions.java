package app.momentum.dashboard;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees which cockpit, and who chooses its headline KPIs. Everyone starts on the dashboard: executives on the
 * executive cockpit, CX managers and tenant admins on the same with the gates failing and the overrides, contributors
 * on their own work (their actions, their discipline's moments below target, their follow-ups). Tenant admins and CX
 * managers choose the headline KPIs. A null role (no tenant chosen) sees the contributor's cockpit and chooses nothing.
 *
 * <p>Views ask the static rules; method security asks the bean ({@link #MAY_CHOOSE_HEADLINES}).
 */
@Component
public final class DashboardPermissions {

    /** Method security's expression for {@link #mayChooseHeadlines(Role)}. */
    public static final String MAY_CHOOSE_HEADLINES = "@dashboardPermissions.mayChooseHeadlines(authentication)";

    /** Which cockpit a role starts on. */
    public static Cockpit.Audience audience(Role role) {
        if (role == null) {
            return Cockpit.Audience.CONTRIBUTOR;
        }
        return switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> Cockpit.Audience.CX_MANAGER;
            case EXECUTIVE -> Cockpit.Audience.EXECUTIVE;
            case CONTRIBUTOR -> Cockpit.Audience.CONTRIBUTOR;
        };
    }

    /** Whether the role may choose the tenant's headline KPIs. */
    public static boolean mayChooseHeadlines(Role role) {
        return role == Role.TENANT_ADMIN || role == Role.CX_MANAGER;
    }

    /** {@link #mayChooseHeadlines(Role)} for the roles the current authentication carries. */
    public boolean mayChooseHeadlines(Authentication authentication) {
        return Role.anyHeldBy(authentication, DashboardPermissions::mayChooseHeadlines);
    }
}
