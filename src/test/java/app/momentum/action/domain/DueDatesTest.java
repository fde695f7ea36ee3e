package app.momentum.action.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Late and nearly late: only work still to do, due today is not late, done work is never late. */
class DueDatesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"IDEA", "PLANNED", "IN_PROGRESS"})
    void workStillToDoIsOverdueFromTheDayAfterItWasDue(ActionStatus status) {
        assertThat(DueDates.overdue(status, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(DueDates.overdue(status, TODAY.minusYears(1), TODAY)).isTrue();
        assertThat(DueDates.overdue(status, TODAY, TODAY)).as("due today").isFalse();
        assertThat(DueDates.overdue(status, TODAY.plusDays(1), TODAY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "EFFECT_VERIFIED", "DROPPED"})
    void doneAndClosedActionsAreNeverOverdue(ActionStatus status) {
        assertThat(DueDates.overdue(status, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(DueDates.overdue(status, TODAY.minusYears(1), TODAY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ActionStatus.class)
    void withoutADueDateNothingIsOverdueOrDueSoon(ActionStatus status) {
        assertThat(DueDates.overdue(status, null, TODAY)).isFalse();
        assertThat(DueDates.dueSoon(status, null, TODAY, 7)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"IDEA", "PLANNED", "IN_PROGRESS"})
    void workStillToDoIsDueSoonFromTodayUpToAndIncludingTheLastDay(ActionStatus status) {
        assertThat(DueDates.dueSoon(status, TODAY.minusDays(1), TODAY, 7)).as("overdue instead").isFalse();
        assertThat(DueDates.dueSoon(status, TODAY, TODAY, 7)).as("due today").isTrue();
        assertThat(DueDates.dueSoon(status, TODAY.plusDays(3), TODAY, 7)).isTrue();
        assertThat(DueDates.dueSoon(status, TODAY.plusDays(7), TODAY, 7)).as("last day").isTrue();
        assertThat(DueDates.dueSoon(status, TODAY.plusDays(8), TODAY, 7)).as("beyond the window").isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ActionStatus.class, names = {"DONE", "EFFECT_VERIFIED", "DROPPED"})
    void doneAndClosedActionsAreNeverDueSoon(ActionStatus status) {
        assertThat(DueDates.dueSoon(status, TODAY, TODAY, 7)).isFalse();
        assertThat(DueDates.dueSoon(status, TODAY.plusDays(2), TODAY, 7)).isFalse();
    }

    @Test
    void aWindowOfZeroDaysIsTodayOnly() {
        assertThat(DueDates.dueSoon(ActionStatus.PLANNED, TODAY, TODAY, 0)).isTrue();
        assertThat(DueDates.dueSoon(ActionStatus.PLANNED, TODAY.plusDays(1), TODAY, 0)).isFalse();
    }

    @Test
    void theWindowCrossesMonthAndYearEnds() {
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        assertThat(DueDates.dueSoon(ActionStatus.IN_PROGRESS, LocalDate.of(2026, 1, 3), newYearsEve, 3)).isTrue();
        assertThat(DueDates.dueSoon(ActionStatus.IN_PROGRESS, LocalDate.of(2026, 1, 4), newYearsEve, 3)).isFalse();
        assertThat(DueDates.overdue(ActionStatus.IN_PROGRESS, newYearsEve, LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void anOverdueActionIsNotAlsoDueSoonAndViceVersa() {
        for (int offset = -3; offset <= 10; offset++) {
            LocalDate due = TODAY.plusDays(offset);
            boolean overdue = DueDates.overdue(ActionStatus.PLANNED, due, TODAY);
            boolean soon = DueDates.dueSoon(ActionStatus.PLANNED, due, TODAY, 7);
            assertThat(overdue && soon).as("offset %d", offset).isFalse();
        }
    }

    @Test
    void aNegativeWindowOrMissingFactsAreProgrammingErrors() {
        assertThatThrownBy(() -> DueDates.dueSoon(ActionStatus.IDEA, TODAY, TODAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DueDates.overdue(null, TODAY, TODAY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DueDates.overdue(ActionStatus.IDEA, TODAY, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DueDates.dueSoon(ActionStatus.IDEA, TODAY, null, 7))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewOrChangedDueDateMayNotLieInThePastButAnUnchangedOneMayStayOverdue() {
        assertThat(DueDates.acceptable(null, null, TODAY)).as("no date").isTrue();
        assertThat(DueDates.acceptable(null, TODAY, TODAY)).as("today").isTrue();
        assertThat(DueDates.acceptable(null, TODAY.plusDays(1), TODAY)).as("tomorrow").isTrue();
        assertThat(DueDates.acceptable(null, TODAY.minusDays(1), TODAY)).as("yesterday, new").isFalse();
        assertThat(DueDates.acceptable(TODAY.minusDays(5), TODAY.minusDays(5), TODAY)).as("kept overdue").isTrue();
        assertThat(DueDates.acceptable(TODAY.minusDays(5), TODAY.minusDays(1), TODAY)).as("moved, still past").isFalse();
        assertThat(DueDates.acceptable(TODAY.minusDays(5), null, TODAY)).as("date removed").isTrue();
        assertThat(DueDates.acceptable(TODAY.minusDays(5), TODAY.plusDays(3), TODAY)).as("moved ahead").isTrue();
        assertThatThrownBy(() -> DueDates.acceptable(null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
