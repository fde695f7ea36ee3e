package app.momentum.security;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.notification.NotificationMailer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells an account's owner by e-mail (when SMTP is configured) that logins to it are being slowed down after
 * failed attempts. The login page never says so: it would tell an attacker which accounts exist.
 */
@Component
class LoginWarnings {

    private static final Logger log = LoggerFactory.getLogger(LoginWarnings.class);

    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;
    private final Duration period;

    LoginWarnings(NotificationMailer mailer, MomentumI18NProvider i18n,
                  @Value("${momentum.security.lockout-duration}") Duration period) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.period = period;
    }

    void accountThrottled(String email) {
        // No e-mail address in the log: the log would otherwise list guessed addresses, real or not.
        log.warn("Logins slowed down for an account name after repeated wrong passwords");
        String link = mailer.link("/login");
        mailer.sendSoonTo(email, locale -> new String[] {
                i18n.getTranslation("mail.subject.loginThrottled", locale),
                i18n.getTranslation("mail.body.loginThrottled", locale, email, period.toMinutes()) + "\n\n" + link});
    }
}
