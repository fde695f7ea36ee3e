package app.momentum.dashboard;

import app.momentum.tenancy.Role;

/**
 * Who starts where. Everyone may open the dashboard, but contributors start where their work is, on their own
 * actions, instead of on the overview that managers and executives steer by. A null role starts on the dashboard.
 */
public final class DashboardPermissions {

    private DashboardPermissions() {
    }

    /** Whether a member with this role lands on their own actions rather than on the dashboard. */
    public static boolean startsOnOwnActions(Role role) {
        return role == Role.CONTRIBUTOR;
    }
}
