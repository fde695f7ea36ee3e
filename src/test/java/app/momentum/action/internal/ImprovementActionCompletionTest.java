package app.momentum.action.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.domain.ActionStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An action keeps when it was completed: the life cycle's mining gate asks for the day of the last completion. */
class ImprovementActionCompletionTest {

    private final ImprovementAction action = new ImprovementAction(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void reachingDoneDatesTheCompletionAndVerifyingTheEffectKeepsThatDay() throws InterruptedException {
        action.setStatus(ActionStatus.IN_PROGRESS);
        assertThat(action.getCompletedAt()).isNull();

        Instant before = Instant.now();
        action.setStatus(ActionStatus.DONE);
        Instant done = action.getCompletedAt();
        assertThat(done).isBetween(before, Instant.now());

        Thread.sleep(2);
        action.setStatus(ActionStatus.EFFECT_VERIFIED);
        assertThat(action.getCompletedAt()).isEqualTo(done);
    }

    @Test
    void reopenedOrDroppedItIsNoLongerCompletedAndDoneAgainDatesAnew() throws InterruptedException {
        action.setStatus(ActionStatus.DONE);
        Instant first = action.getCompletedAt();
        action.setStatus(ActionStatus.IN_PROGRESS);
        assertThat(action.getCompletedAt()).isNull();

        Thread.sleep(2);
        action.setStatus(ActionStatus.DONE);
        assertThat(action.getCompletedAt()).isAfter(first);

        action.setStatus(ActionStatus.DROPPED);
        assertThat(action.getCompletedAt()).isNull();
    }

    @Test
    void anEffectVerifiedWithoutDoneBeforeIsDatedWhenVerified() {
        Instant before = Instant.now();
        action.setStatus(ActionStatus.EFFECT_VERIFIED);
        assertThat(action.getCompletedAt()).isBetween(before, Instant.now());
    }
}
