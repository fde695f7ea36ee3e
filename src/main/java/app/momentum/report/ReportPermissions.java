package app.momentum.report;

import app.momentum.tenancy.Role;

/**
 * Who may do what with the board report: CX managers, tenant admins and executives read it (page, PDF and the
 * stored reports); only tenant admins schedule it.
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    public static boolean mayRead(Role role) {
        return role == Role.TENANT_ADMIN || role == Role.CX_MANAGER || role == Role.EXECUTIVE;
    }

    public static boolean maySchedule(Role role) {
        return role == Role.TENANT_ADMIN;
    }
}
