package app.momentum.governance.domain;

import static app.momentum.governance.domain.Staleness.DEFAULT_INTERVAL_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.governance.domain.Staleness.Reason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StalenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate INTERVAL_AGO = TODAY.minusDays(DEFAULT_INTERVAL_DAYS);
    private static final LocalDate RECENT = TODAY.minusDays(5);

    @Test
    void onExactlyTheReviewDateAJourneyIsNotYetStaleTheDayAfterItIs() {
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, INTERVAL_AGO, RECENT, null, null)).isEmpty();
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, INTERVAL_AGO.minusDays(1), RECENT, null, null))
                .hasValue(Reason.REVIEW_OVERDUE);
    }

    @Test
    void theIntervalIsPerTenant() {
        LocalDate reviewed = TODAY.minusDays(31);
        assertThat(Staleness.isStale(TODAY, 30, reviewed, RECENT, null, null)).isTrue();
        assertThat(Staleness.isStale(TODAY, 31, reviewed, RECENT, null, null)).isFalse();
    }

    @Test
    void anOverdueReviewIsStaleEvenWithRecentActivity() {
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, TODAY.minusYears(1), RECENT, RECENT, RECENT))
                .hasValue(Reason.REVIEW_OVERDUE);
    }

    @Test
    void aRecentReviewDoesNotHideAJourneyWhereNothingHappened() {
        LocalDate longAgo = INTERVAL_AGO.minusDays(1);
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, RECENT, longAgo, longAgo, longAgo))
                .hasValue(Reason.INACTIVE);
    }

    @Test
    void anyOneKindOfActivityWithinTheIntervalKeepsAJourneyFresh() {
        LocalDate longAgo = INTERVAL_AGO.minusDays(1);
        assertThat(Staleness.isStale(TODAY, DEFAULT_INTERVAL_DAYS, null, INTERVAL_AGO, longAgo, null)).isFalse();
        assertThat(Staleness.isStale(TODAY, DEFAULT_INTERVAL_DAYS, null, longAgo, INTERVAL_AGO, longAgo)).isFalse();
        assertThat(Staleness.isStale(TODAY, DEFAULT_INTERVAL_DAYS, null, null, longAgo, INTERVAL_AGO)).isFalse();
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, null, longAgo, null, longAgo))
                .hasValue(Reason.INACTIVE);
    }

    @Test
    void aJourneyNeverReviewedIsJudgedOnItsActivityAndOneWithNothingKnownIsInactive() {
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, null, TODAY, null, null)).isEmpty();
        assertThat(Staleness.check(TODAY, DEFAULT_INTERVAL_DAYS, null, null, null, null)).hasValue(Reason.INACTIVE);
    }

    @Test
    void theIntervalIsAtLeastOneDay() {
        assertThat(Staleness.isStale(TODAY, 1, TODAY.minusDays(1), TODAY.minusDays(1), null, null)).isFalse();
        assertThatThrownBy(() -> Staleness.check(TODAY, 0, null, TODAY, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
