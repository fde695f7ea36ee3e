package app.momentum.notification;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.tenancy.TenantContext;
import app.momentum.user.AppUser;
import app.momentum.user.AppUserRepository;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notifications by e-mail over SMTP — only when a mail server is configured ({@code spring.mail.host});
 * otherwise e-mail is off (so also in demo mode). Mails go out after the transaction commits, on a
 * background thread, in the recipient's language, with a link to the object.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final AppUserRepository users;
    private final MomentumI18NProvider i18n;
    private final String from;
    private final String baseUrl;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(ObjectProvider<JavaMailSender> sender, AppUserRepository users, MomentumI18NProvider i18n,
                       @Value("${momentum.mail.from:momentum@localhost}") String from,
                       @Value("${momentum.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.users = users;
        this.i18n = i18n;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    void sendAfterCommit(Notification notification) {
        Runnable send = () -> delivery.execute(() -> send(notification.getUserId(), subjectOf(notification), notification));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private String subjectOf(Notification notification) {
        return notification.getSubject();
    }

    private void send(UUID userId, String subject, Notification notification) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        AppUser user = TenantContext.callGlobal(() -> users.findById(userId)).orElse(null);
        if (user == null) {
            return;
        }
        Locale locale = user.getPreferredLanguage().orElse(MomentumI18NProvider.ENGLISH);
        String link = notification.getActionId() != null ? baseUrl + "/actions/" + notification.getActionId()
                : notification.getJourneyId() != null ? baseUrl + "/journeys/" + notification.getJourneyId() : baseUrl;
        sendText(mail, user.getEmail(),
                i18n.getTranslation("mail.subject." + notification.getType().name(), locale, subject),
                i18n.getTranslation("mail.body." + notification.getType().name(), locale, subject) + "\n\n" + link);
    }

    void sendText(JavaMailSender mail, String to, String subject, String text) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            mail.send(message);
        } catch (RuntimeException e) {
            log.warn("Could not send a notification e-mail: {}", e.getMessage());
        }
    }

    /** For the daily digest: a mail to one user in their language, now. */
    public void sendDigest(AppUser user, java.util.function.Function<Locale, String[]> subjectAndText) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Locale locale = user.getPreferredLanguage().orElse(MomentumI18NProvider.ENGLISH);
        String[] content = subjectAndText.apply(locale);
        sendText(mail, user.getEmail(), content[0], content[1]);
    }

    /**
     * A mail to the active user with this e-mail address, if there is one, in their language, on the mail
     * thread: the caller neither waits for SMTP nor learns whether the account exists.
     */
    public void sendSoonTo(String email, java.util.function.Function<Locale, String[]> subjectAndText) {
        if (!enabled()) {
            return;
        }
        delivery.execute(() -> TenantContext.callGlobal(() -> users.findByEmailIgnoringCase(email))
                .filter(AppUser::isActive)
                .ifPresent(user -> sendDigest(user, subjectAndText)));
    }

    public String link(String path) {
        return baseUrl + path;
    }
}
