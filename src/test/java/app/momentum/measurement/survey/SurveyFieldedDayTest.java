package app.momentum.measurement.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A survey's day is judged by the users' calendar (Amsterdam), not the server's (UTC). */
class SurveyFieldedDayTest {

    /** 4 December, 23:30 UTC: already 5 December, 00:30, in Amsterdam. */
    private static final Clock JUST_AFTER_MIDNIGHT_IN_AMSTERDAM =
            Clock.fixed(Instant.parse("2026-12-04T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayAndTomorrowWhereTheUsersAreAreNotInTheFuture() {
        assertThat(SurveyImportService.fieldedInTheFuture(LocalDate.of(2026, 12, 5), JUST_AFTER_MIDNIGHT_IN_AMSTERDAM))
                .isFalse();
        assertThat(SurveyImportService.fieldedInTheFuture(LocalDate.of(2026, 12, 6), JUST_AFTER_MIDNIGHT_IN_AMSTERDAM))
                .as("tomorrow in Amsterdam, two days ahead of the server's date").isFalse();
    }

    @Test
    void theDayAfterTomorrowIsInTheFuture() {
        assertThat(SurveyImportService.fieldedInTheFuture(LocalDate.of(2026, 12, 7), JUST_AFTER_MIDNIGHT_IN_AMSTERDAM))
                .isTrue();
        Clock noon = Clock.fixed(Instant.parse("2026-12-04T11:00:00Z"), ZoneOffset.UTC);
        assertThat(SurveyImportService.fieldedInTheFuture(LocalDate.of(2026, 12, 5), noon)).isFalse();
        assertThat(SurveyImportService.fieldedInTheFuture(LocalDate.of(2026, 12, 6), noon)).isTrue();
    }
}
