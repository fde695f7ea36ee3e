package app.momentum.action;

import app.momentum.action.domain.ActionStatus;
import app.momentum.base.UserFacingException;
import app.momentum.tenancy.Role;
import java.util.Objects;

/**
 * Who may do what with improvement actions, in one place so the services and the screens agree.
 *
 * <p>Tenant admins and CX managers steer the improvement portfolio: they create, assign and manage every action.
 * Contributors do the work: they may propose ideas and keep the actions they own up to date, but they do not hand
 * work to others. Executives review progress read-only, so they may look and export but change nothing, not even
 * by commenting. The caller passes the acting member's role and the facts (such as ownership); these rules never
 * look anything up.
 */
public final class ActionPermissions {

    private ActionPermissions() {
    }

    /**
     * Whether the role may create an action that starts in {@code initialStatus}. Managers may record work at any
     * open stage (also work already done), but an action cannot be born closed: its effect has not been verified
     * yet, and dropping something nobody started is simply not creating it. A contributor only proposes: an idea.
     */
    public static boolean mayCreate(Role role, ActionStatus initialStatus) {
        Objects.requireNonNull(initialStatus, "initialStatus");
        return switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> initialStatus.open();
            case CONTRIBUTOR -> initialStatus == ActionStatus.IDEA;
            case EXECUTIVE -> false;
        };
    }

    /**
     * Whether a member with this role may own an action (or contribute to one): only people who can work on it.
     * An executive reviews read-only, so as an owner they would be told "assigned to you" about work they cannot
     * move or even comment on.
     */
    public static boolean mayOwn(Role role) {
        return switch (role) {
            case TENANT_ADMIN, CX_MANAGER, CONTRIBUTOR -> true;
            case EXECUTIVE -> false;
        };
    }

    /** Whether the role may change an action's fields other than its status: a contributor only their own. */
    public static boolean mayEdit(Role role, boolean isOwner) {
        return managesAll(role) || role == Role.CONTRIBUTOR && isOwner;
    }

    /**
     * Whether the role may choose any member as an action's owner. Only managers hand out work; a contributor's
     * proposal is owned by the contributor.
     */
    public static boolean mayAssign(Role role) {
        return managesAll(role);
    }

    /** Whether the role may move an action through its workflow: a contributor only the actions they own. */
    public static boolean mayChangeStatus(Role role, boolean isOwner) {
        return managesAll(role) || role == Role.CONTRIBUTOR && isOwner;
    }

    /** Whether the role may comment: everyone who works on actions, not the read-only executives. */
    public static boolean mayComment(Role role) {
        return Objects.requireNonNull(role, "role") != Role.EXECUTIVE;
    }

    /** Whether the role may export actions: everyone, executives included, since reporting is reviewing. */
    public static boolean mayExport(Role role) {
        Objects.requireNonNull(role, "role");
        return true;
    }

    /** Refuses with {@code action.error.notAllowed} unless {@code allowed}; call it with one of the checks above. */
    public static void require(boolean allowed) {
        if (!allowed) {
            throw new UserFacingException("action.error.notAllowed");
        }
    }

    private static boolean managesAll(Role role) {
        return switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }
}
