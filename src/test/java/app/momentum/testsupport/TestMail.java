package app.momentum.testsupport;

import com.icegreen.greenmail.util.GreenMail;
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
}
