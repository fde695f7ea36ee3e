package app.momentum.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A login attempt refused before its password was checked, because too many failed before it (see
 * {@link LoginThrottle}). Says the same for an account that exists and one that does not.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long until the next attempt will be let through. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole minutes, rounded up, at least one: what the login page tells the user. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
