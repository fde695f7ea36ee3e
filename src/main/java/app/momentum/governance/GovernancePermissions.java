package app.momentum.governance;

import app.momentum.tenancy.Role;

/**
 * Who may do what in the CX life cycle. CX managers and tenant admins move journeys through the gates (and pass a
 * failing gate with a written reason); contributors and executives read the stage, the gates and the history. Only
 * tenant admins choose which criteria apply and the review interval. A null role (no tenant chosen) may do nothing.
 */
public final class GovernancePermissions {

    private GovernancePermissions() {
    }

    /** Moving a stage, overriding a failing gate, marking a journey reviewed. */
    public static boolean mayMove(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** The tenant's governance settings: criteria on/off, the review interval. */
    public static boolean mayConfigure(Role role) {
        return role == Role.TENANT_ADMIN;
    }
}
