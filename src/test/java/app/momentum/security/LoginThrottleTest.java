package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with a clock the test moves: 5 per account and address, 20 per address, 50 per account. */
class LoginThrottleTest {

    private static final Duration PERIOD = Duration.ofMinutes(15);

    private final FakeTime time = new FakeTime();
    private final LoginThrottle throttle = new LoginThrottle(5, 20, 50, PERIOD, time);

    @Test
    void fiveWrongPasswordsFromOneAddressMakeThatAddressWaitForThisAccountOnly() {
        failTimes(5, "victim@x.example", "10.0.0.1");
        LoginThrottledException refused = refused("victim@x.example", "10.0.0.1");
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(PERIOD.dividedBy(5));
        assertThat(refused.retryAfterMinutes()).isEqualTo(3);
        // the owner from elsewhere, and the attacker's address for another account, still get through
        assertThatCode(() -> throttle.begin("victim@x.example", "10.0.0.2")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.begin("other@x.example", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void theAllowanceRefillsGraduallyAndTheDelaysGrowForAPersistentGuesser() {
        failTimes(5, "victim@x.example", "10.0.0.1");
        time.advance(Duration.ofMinutes(3));
        throttle.begin("victim@x.example", "10.0.0.1").failed();
        refused("victim@x.example", "10.0.0.1");
        // keep guessing at the allowed pace (one per 3 minutes) until the second limit (10 per hour) is spent too
        for (int i = 0; i < 9; i++) {
            time.advance(Duration.ofMinutes(3));
            throttle.begin("victim@x.example", "10.0.0.1").failed();
        }
        Duration wait = refused("victim@x.example", "10.0.0.1").retryAfter();
        assertThat(wait).isGreaterThan(Duration.ofMinutes(3)).isLessThanOrEqualTo(Duration.ofMinutes(6));
        time.advance(wait);
        assertThatCode(() -> throttle.begin("victim@x.example", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void oneAddressTryingManyAccountsIsStoppedAfterTwenty() {
        for (int i = 0; i < 20; i++) {
            throttle.begin("user" + i + "@x.example", "10.0.0.9").failed();
        }
        refused("someone-else@x.example", "10.0.0.9");
        assertThatCode(() -> throttle.begin("someone-else@x.example", "10.0.0.10")).doesNotThrowAnyException();
    }

    @Test
    void manyAddressesGuessingOneAccountSlowItDownEverywhere() {
        for (int address = 0; address < 10; address++) {
            failTimes(5, "victim@x.example", "10.1.0." + address);
        }
        refused("victim@x.example", "10.2.0.1");
        assertThatCode(() -> throttle.begin("other@x.example", "10.2.0.1")).doesNotThrowAnyException();
    }

    @Test
    void oneAddressAloneCannotSpendTheAccountsAllowance() {
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 5; i++) {
                try {
                    throttle.begin("victim@x.example", "10.0.0.1").failed();
                } catch (LoginThrottledException refused) {
                    // the attacker keeps trying as fast as they are let through
                }
            }
            time.advance(Duration.ofMinutes(1));
        }
        assertThatCode(() -> throttle.begin("victim@x.example", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void theRightPasswordClearsTheAccountButARefusedAttemptTakesNothing() {
        failTimes(4, "victim@x.example", "10.0.0.1");
        throttle.begin("victim@x.example", "10.0.0.1").succeeded();
        failTimes(5, "victim@x.example", "10.0.0.1");
        refused("victim@x.example", "10.0.0.1");
        refused("victim@x.example", "10.0.0.1");
        // the refusals cost the address nothing: 20 - 9 - 1 (the success is given back) = 11 attempts left
        for (int i = 0; i < 11; i++) {
            throttle.begin("other" + i + "@x.example", "10.0.0.1").failed();
        }
        refused("one-more@x.example", "10.0.0.1");
    }

    @Test
    void anAttemptThatWasNotJudgedDoesNotCount() {
        for (int i = 0; i < 10; i++) {
            throttle.begin("victim@x.example", "10.0.0.1").notCounted();
        }
        failTimes(5, "victim@x.example", "10.0.0.1");
        refused("victim@x.example", "10.0.0.1");
    }

    @Test
    void theOwnerIsWarnedOncePerPeriodWhenAnAllowanceOfTheAccountIsSpent() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("victim@x.example", "10.0.0.1").failed()).isFalse();
        }
        assertThat(throttle.begin("victim@x.example", "10.0.0.1").failed()).isTrue();
        failTimes(5, "victim@x.example", "10.0.0.2");
        time.advance(PERIOD.minusSeconds(1));
        failTimes(5, "victim@x.example", "10.0.0.3");
        time.advance(Duration.ofSeconds(2));
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("victim@x.example", "10.0.0.4").failed()).isFalse();
        }
        assertThat(throttle.begin("victim@x.example", "10.0.0.4").failed()).isTrue();
    }

    @Test
    void idleBucketsAreForgottenOnceTheyWouldBeFullAgain() {
        failTimes(5, "victim@x.example", "10.0.0.1");
        assertThat(throttle.trackedKeys()).isEqualTo(3);
        time.advance(PERIOD.multipliedBy(16).minusMinutes(1));
        throttle.begin("a@x.example", "10.0.0.5").failed();
        assertThat(throttle.trackedKeys()).isEqualTo(6);
        time.advance(Duration.ofMinutes(2));
        throttle.begin("b@x.example", "10.0.0.5").failed();
        assertThat(throttle.trackedKeys()).isEqualTo(5);
        assertThatCode(() -> throttle.begin("victim@x.example", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(0, 20, 50, PERIOD, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(5, 0, 50, PERIOD, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(5, 20, 0, PERIOD, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(5, 20, 50, Duration.ZERO, time));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottle(5, 20, 50, PERIOD.negated(), time));
    }

    @Test
    void theWaitIsShownInWholeMinutesRoundedUp() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(1)).retryAfterMinutes()).isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofSeconds(60)).retryAfterMinutes()).isEqualTo(1);
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).retryAfterMinutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ZERO).retryAfterMinutes()).isEqualTo(1);
    }

    private void failTimes(int times, String account, String address) {
        for (int i = 0; i < times; i++) {
            throttle.begin(account, address).failed();
        }
    }

    private LoginThrottledException refused(String account, String address) {
        LoginThrottledException refused = catchThrowableOfType(LoginThrottledException.class,
                () -> throttle.begin(account, address));
        assertThat(refused).as("attempt for %s from %s should be refused", account, address).isNotNull();
        return refused;
    }

    private static final class FakeTime implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
