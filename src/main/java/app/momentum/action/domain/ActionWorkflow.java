package app.momentum.action.domain;

import static app.momentum.action.domain.ActionStatus.DONE;
import static app.momentum.action.domain.ActionStatus.DROPPED;
import static app.momentum.action.domain.ActionStatus.EFFECT_VERIFIED;
import static app.momentum.action.domain.ActionStatus.IDEA;
import static app.momentum.action.domain.ActionStatus.IN_PROGRESS;
import static app.momentum.action.domain.ActionStatus.PLANNED;

import app.momentum.base.UserFacingException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The status changes an improvement action may make, and the note some of them need.
 *
 * <p>Actions move forward one step at a time, so no action is reported as having an effect without having been
 * done, and none is done without having been worked on. Re-planning is normal, so an action may step back from
 * in progress to planned and from planned to idea. Any open action may be dropped, but only with a reason, so
 * later readers see it was a decision and not forgotten. An effect counts as verified only with evidence, because
 * the verified effect is the whole point of the action. Closed actions stay closed: they are the record of what
 * was tried.
 */
public final class ActionWorkflow {

    /** Longest note (drop reason, evidence) a status change may carry; the same limit as other long texts. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private static final Map<ActionStatus, Set<ActionStatus>> NEXT = new EnumMap<>(ActionStatus.class);

    static {
        NEXT.put(IDEA, steps(PLANNED, DROPPED));
        NEXT.put(PLANNED, steps(IN_PROGRESS, IDEA, DROPPED));
        NEXT.put(IN_PROGRESS, steps(DONE, PLANNED, DROPPED));
        NEXT.put(DONE, steps(EFFECT_VERIFIED, DROPPED));
        NEXT.put(EFFECT_VERIFIED, Collections.unmodifiableSet(EnumSet.noneOf(ActionStatus.class)));
        NEXT.put(DROPPED, Collections.unmodifiableSet(EnumSet.noneOf(ActionStatus.class)));
    }

    private ActionWorkflow() {
    }

    /** The statuses an action in {@code from} may move to, in status order; empty for a closed action. */
    public static Set<ActionStatus> next(ActionStatus from) {
        return NEXT.get(Objects.requireNonNull(from, "from"));
    }

    /** Whether moving from {@code from} to {@code to} is a legal step; staying in the same status is not a step. */
    public static boolean allowed(ActionStatus from, ActionStatus to) {
        return next(from).contains(Objects.requireNonNull(to, "to"));
    }

    /**
     * Refuses an illegal status change before anything is saved.
     *
     * @param note the drop reason or the evidence of effect; optional for other steps; surrounding blanks do not
     *             count towards its length
     * @throws UserFacingException {@code action.error.transition} (from, to as enum names, for the caller to
     *             translate) for an illegal step, {@code validation.tooLong} (2000) for a note that is too long,
     *             {@code action.error.dropReason} when dropping without a reason, {@code action.error.evidence}
     *             when verifying the effect without evidence
     */
    public static void check(ActionStatus from, ActionStatus to, String note) {
        if (!allowed(from, to)) {
            throw new UserFacingException("action.error.transition", from.name(), to.name());
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new UserFacingException("validation.tooLong", MAX_NOTE_LENGTH);
        }
        if (text.isEmpty() && to == DROPPED) {
            throw new UserFacingException("action.error.dropReason");
        }
        if (text.isEmpty() && to == EFFECT_VERIFIED) {
            throw new UserFacingException("action.error.evidence");
        }
    }

    private static Set<ActionStatus> steps(ActionStatus first, ActionStatus... rest) {
        return Collections.unmodifiableSet(EnumSet.of(first, rest));
    }
}
