package app.momentum.report;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the board report: CX managers, tenant admins and executives read it (page, PDF and the
 * stored reports); only tenant admins schedule it.
 *
 * <p>The static rules are what views and the schedule ask; the bean methods are what method security asks, as
 * {@code @PreAuthorize(MAY_READ)}, so both answer from the same rule.
 */
@Component
public final class ReportPermissions {

    /** Method security's expression for {@link #mayRead(Role)}. */
    public static final String MAY_READ = "@reportPermissions.mayRead(authentication)";
    /** Method security's expression for {@link #maySchedule(Role)}. */
    public static final String MAY_SCHEDULE = "@reportPermissions.maySchedule(authentication)";

    public static boolean mayRead(Role role) {
        return role == Role.TENANT_ADMIN || role == Role.CX_MANAGER || role == Role.EXECUTIVE;
    }

    public static boolean maySchedule(Role role) {
        return role == Role.TENANT_ADMIN;
    }

    /** {@link #mayRead(Role)} for the roles the current authentication carries. */
    public boolean mayRead(Authentication authentication) {
        return Role.anyHeldBy(authentication, ReportPermissions::mayRead);
    }

    /** {@link #maySchedule(Role)} for the roles the current authentication carries. */
    public boolean maySchedule(Authentication authentication) {
        return Role.anyHeldBy(authentication, ReportPermissions::maySchedule);
    }
}
