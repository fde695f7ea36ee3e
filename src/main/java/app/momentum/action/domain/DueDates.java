package app.momentum.action.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an improvement action is late or about to be. Only work still to do can be late: a done action has
 * delivered its work, even though it stays open until its effect is verified, and closed actions are history.
 * An action without a due date is never late or due: nobody promised a date.
 */
public final class DueDates {

    private DueDates() {
    }

    /**
     * Whether a due date may be saved: a new or changed date must not lie in the past (nobody promises work for a
     * day that is gone), but an existing date that did not change may: an action may stay overdue.
     *
     * @param previous the date the action had so far, or null for a new action or one without a date
     * @param due the date to save, or null for none
     */
    public static boolean acceptable(LocalDate previous, LocalDate due, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return due == null || due.equals(previous) || !due.isBefore(today);
    }

    /** Whether the work is still to do and its due date has passed; due today is not overdue yet. */
    public static boolean overdue(ActionStatus status, LocalDate due, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return stillToDo(status) && due != null && due.isBefore(today);
    }

    /**
     * Whether the work is still to do and due from today up to and including {@code days} days from now, so it
     * can be flagged before it becomes overdue.
     *
     * @param days how far ahead to look; 0 means due today only
     * @throws IllegalArgumentException when {@code days} is negative
     */
    public static boolean dueSoon(ActionStatus status, LocalDate due, LocalDate today, int days) {
        Objects.requireNonNull(today, "today");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return stillToDo(status) && due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }

    private static boolean stillToDo(ActionStatus status) {
        return Objects.requireNonNull(status, "status").open() && status != ActionStatus.DONE;
    }
}
