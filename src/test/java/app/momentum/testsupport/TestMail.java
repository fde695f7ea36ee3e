package app.momentum.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One SMTP server (GreenMail) per test JVM, which every Spring context of the run sends its mail to. One server
 * for all keeps a single application context for the whole run: a second context with other mail settings
 * would install a second security-context strategy and confuse the first context's method security.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            ServerSetup smtp = ServerSetupTest.SMTP.dynamicPort();
            server = new GreenMail(smtp);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-test-smtp"));
        }
        return server;
    }

    /** The mails received so far with this address among their recipients (other tests of the run mail others). */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (up to 10 s) until a mail to the address arrived: mails are sent after commit, in the background. */
    public static List<MimeMessage> awaitMailTo(String address) throws InterruptedException {
        for (int i = 0; i < 100 && to(address).isEmpty(); i++) {
            Thread.sleep(100);
        }
        return to(address);
    }
}
