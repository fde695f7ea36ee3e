package app.momentum.security;

import app.momentum.tenancy.TenantContext;
import app.momentum.user.AppUserRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Locks an account for a while after repeated wrong passwords, to slow down password guessing. */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final AppUserRepository users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockoutDuration;

    LoginAttempts(AppUserRepository users, TransactionTemplate transaction, Clock clock,
                  @Value("${momentum.security.max-failed-logins}") int maxFailedLogins,
                  @Value("${momentum.security.lockout-duration}") Duration lockoutDuration) {
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockoutDuration = lockoutDuration;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        TenantContext.runGlobal(() -> transaction.executeWithoutResult(status ->
                users.findByEmailIgnoringCase(email).ifPresent(user -> {
                    user.recordFailedLogin(maxFailedLogins, lockoutDuration, clock.instant());
                    if (user.isLocked(clock.instant())) {
                        log.warn("Account {} locked after {} failed logins", user.getId(), maxFailedLogins);
                    }
                })));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof MomentumAuthentication momentum) {
            TenantContext.runGlobal(() -> transaction.executeWithoutResult(status ->
                    users.findById(momentum.user().id()).ifPresent(user -> user.recordSuccessfulLogin())));
        }
    }
}
