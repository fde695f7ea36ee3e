package app.momentum.governance.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a journey needs attention because nobody has looked at it: it is past its review date, or nothing happened to
 * it (no change, no survey, no action activity) for a whole review interval. The day itself is included in the
 * interval: on exactly the review date (last review + interval) a journey is not yet stale, only the day after; the
 * same for the last activity + interval.
 */
public final class Staleness {

    /** The review interval when a tenant has not chosen one. */
    public static final int DEFAULT_INTERVAL_DAYS = 90;

    public enum Reason {
        /** Past last review + interval. */
        REVIEW_OVERDUE,
        /** No change, survey or action activity within the interval (or none ever known). */
        INACTIVE
    }

    private Staleness() {
    }

    /**
     * Why the journey is stale today, or empty when it is not. Every date may be {@code null}: a journey never
     * reviewed has no review date yet (the service passes its creation as a change, so inactivity still catches it);
     * with no change, survey or activity known at all the journey counts as inactive. An overdue review is reported
     * before inactivity.
     */
    public static Optional<Reason> check(LocalDate today, int intervalDays, LocalDate lastReview,
            LocalDate lastChange, LocalDate lastSurvey, LocalDate lastActionActivity) {
        if (intervalDays <= 0) {
            throw new IllegalArgumentException("the review interval must be at least one day: " + intervalDays);
        }
        if (lastReview != null && today.isAfter(lastReview.plusDays(intervalDays))) {
            return Optional.of(Reason.REVIEW_OVERDUE);
        }
        LocalDate lastActivity = Stream.of(lastChange, lastSurvey, lastActionActivity)
                .filter(day -> day != null).max(LocalDate::compareTo).orElse(null);
        if (lastActivity == null || today.isAfter(lastActivity.plusDays(intervalDays))) {
            return Optional.of(Reason.INACTIVE);
        }
        return Optional.empty();
    }

    public static boolean isStale(LocalDate today, int intervalDays, LocalDate lastReview, LocalDate lastChange,
            LocalDate lastSurvey, LocalDate lastActionActivity) {
        return check(today, intervalDays, lastReview, lastChange, lastSurvey, lastActionActivity).isPresent();
    }
}
