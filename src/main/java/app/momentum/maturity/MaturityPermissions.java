package app.momentum.maturity;

import app.momentum.base.UserFacingException;
import app.momentum.tenancy.Role;

/**
 * Who may do what with the maturity scan, in one place so the service, the screens and the API agree.
 *
 * <p>CX managers and tenant admins run the scan: they open and close rounds and read every result. Executives read
 * every result but change nothing. Anyone who is a participant of a round answers for themselves, and sees the
 * round's results (and the others' answers) only after submitting their own, so nobody is steered by the others;
 * a member who does not participate (and does not read every result by role) never sees the round's results. A
 * null role (no tenant chosen) may do nothing. These rules never look anything up: the caller passes the facts.
 */
public final class MaturityPermissions {

    private MaturityPermissions() {
    }

    /** Whether the role may open and close rounds (and answer for a participant through the API). */
    public static boolean mayManage(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }

    /** Whether the role reads every round and every result, whether or not the member participates. */
    public static boolean mayReadAll(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER, EXECUTIVE -> true;
            case CONTRIBUTOR -> false;
        };
    }

    /** Whether the member sees the round at all (its name, participants and whether they submitted). */
    public static boolean maySeeRound(Role role, boolean participant) {
        return mayReadAll(role) || role != null && participant;
    }

    /**
     * Whether the member sees the round's results and the others' answers: by role always, as a participant only
     * after submitting, otherwise never.
     */
    public static boolean maySeeResults(Role role, boolean participant, boolean submitted) {
        return mayReadAll(role) || role != null && participant && submitted;
    }

    /** Refuses with {@code maturityScan.error.notAllowed} unless {@code allowed}. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new UserFacingException("maturityScan.error.notAllowed");
        }
    }
}
