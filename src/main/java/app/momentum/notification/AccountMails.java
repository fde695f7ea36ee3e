package app.momentum.notification;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.security.AccountThrottled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about an account itself, announced by the security module. A plain listener, not a module listener: a failed
 * login has no transaction to wait for, and {@link NotificationMailer#sendSoonTo} already hands the work to the mail
 * thread, so the login neither waits for SMTP nor learns whether the account exists.
 */
@Component
class AccountMails {

    private final NotificationMailer mailer;
    private final MomentumI18NProvider i18n;

    AccountMails(NotificationMailer mailer, MomentumI18NProvider i18n) {
        this.mailer = mailer;
        this.i18n = i18n;
    }

    @EventListener
    void on(AccountThrottled event) {
        String link = mailer.link("/login");
        mailer.sendSoonTo(event.email(), locale -> new String[] {
                i18n.getTranslation("mail.subject.loginThrottled", locale),
                i18n.getTranslation("mail.body.loginThrottled", locale, event.email(), event.period().toMinutes()) + "\n\n" + link});
    }
}
