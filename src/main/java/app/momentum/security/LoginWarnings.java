package app.momentum.security;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces that logins to an account are being slowed down after failed attempts ({@link AccountThrottled}): the
 * notification module tells the owner by e-mail when SMTP is configured. The login page never says so: it would
 * tell an attacker which accounts exist.
 */
@Component
class LoginWarnings {

    private static final Logger log = LoggerFactory.getLogger(LoginWarnings.class);

    private final ApplicationEventPublisher events;
    private final Duration period;

    LoginWarnings(ApplicationEventPublisher events, @Value("${momentum.security.lockout-duration}") Duration period) {
        this.events = events;
        this.period = period;
    }

    void accountThrottled(String email) {
        // No e-mail address in the log: the log would otherwise list guessed addresses, real or not.
        log.warn("Logins slowed down for an account name after repeated wrong passwords");
        events.publishEvent(new AccountThrottled(email, period));
    }
}
