package app.momentum.notification;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.user.UserAccounts;
import app.momentum.user.UserAccounts.Account;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Sends notifications by e-mail over SMTP — only when a mail server is configured ({@code spring.mail.host});
 * otherwise e-mail is off (so also in demo mode). A notification's mail goes out after its transaction
 * commits ({@link NotificationCreated}, delivered by Spring Modulith on a background thread and kept in the event
 * publication registry until sent), in the recipient's language, with a link to the object.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final UserAccounts users;
    private final MomentumI18NProvider i18n;
    private final String from;
    private final String baseUrl;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail");
        thread.setDaemon(true);
        return thread;
    });

    NotificationMailer(ObjectProvider<JavaMailSender> sender, UserAccounts users, MomentumI18NProvider i18n,
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

    /**
     * Mails a new notification when its user wants it by e-mail. Reads only global data (the user), so it needs no
     * tenant scope and no transaction of its own. A failing SMTP server is logged, not retried ({@link #sendText}).
     */
    @ApplicationModuleListener(id = "notification.mail", propagation = Propagation.NOT_SUPPORTED)
    void on(NotificationCreated notification) {
        JavaMailSender mail = sender.getIfAvailable();
        if (!notification.byEmail() || mail == null) {
            return;
        }
        Account user = users.contact(notification.userId()).orElse(null);
        if (user == null) {
            return;
        }
        Locale locale = user.languageOr(MomentumI18NProvider.ENGLISH);
        String subject = notification.subject();
        String link = notification.actionId() != null ? baseUrl + "/actions/" + notification.actionId()
                : notification.journeyId() != null ? baseUrl + "/journeys/" + notification.journeyId() : baseUrl;
        sendText(mail, user.email(),
                i18n.getTranslation("mail.subject." + notification.type().name(), locale, subject),
                i18n.getTranslation("mail.body." + notification.type().name(), locale, subject) + "\n\n" + link);
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
    public void sendDigest(Account user, java.util.function.Function<Locale, String[]> subjectAndText) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        Locale locale = user.languageOr(MomentumI18NProvider.ENGLISH);
        String[] content = subjectAndText.apply(locale);
        sendText(mail, user.email(), content[0], content[1]);
    }

    /**
     * A mail to the active user with this e-mail address, if there is one, in their language, on the mail
     * thread: the caller neither waits for SMTP nor learns whether the account exists.
     */
    public void sendSoonTo(String email, java.util.function.Function<Locale, String[]> subjectAndText) {
        if (!enabled()) {
            return;
        }
        delivery.execute(() -> users.activeContactByEmail(email).ifPresent(user -> sendDigest(user, subjectAndText)));
    }

    /**
     * A mail with one attachment to a user in their language, now (the board report's PDF). Nothing without a mail
     * server; a failing SMTP server is logged, not retried.
     */
    public void sendWithAttachment(Account user, java.util.function.Function<Locale, String[]> subjectAndText,
                                   String fileName, byte[] content, String contentType) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        String[] text = subjectAndText.apply(user.languageOr(MomentumI18NProvider.ENGLISH));
        try {
            jakarta.mail.internet.MimeMessage message = mail.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(user.email());
            helper.setSubject(text[0]);
            helper.setText(text[1]);
            helper.addAttachment(fileName, new org.springframework.core.io.ByteArrayResource(content), contentType);
            mail.send(message);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            log.warn("Could not send an e-mail with an attachment: {}", e.getMessage());
        }
    }

    public String link(String path) {
        return baseUrl + path;
    }
}
