package app.momentum.action.domain;

/**
 * Where an improvement action stands. The order is the normal life of an action: an idea is planned, carried
 * out, finished, and finally shown to have made the intended difference for the customer. Only then, or when it
 * is dropped, is it closed: "done" is still open because finished work that never moved a score is not yet a
 * result, and someone must still follow it up.
 */
public enum ActionStatus {
    /** Proposed; not yet committed to. */
    IDEA,
    /** Committed to, with an owner and usually a due date. */
    PLANNED,
    IN_PROGRESS,
    /** The work is finished; the effect on the customer is not yet shown. */
    DONE,
    /** Closed: evidence shows the action had the intended effect. */
    EFFECT_VERIFIED,
    /** Closed: deliberately stopped, with a reason. */
    DROPPED;

    /** Open actions still need attention; closed ones are history and can no longer change status. */
    public boolean open() {
        return this != EFFECT_VERIFIED && this != DROPPED;
    }

    /** Translation key of the status's display name. */
    public String labelKey() {
        return "actionStatus." + name();
    }
}
