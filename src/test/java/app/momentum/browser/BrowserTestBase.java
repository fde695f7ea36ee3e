package app.momentum.browser;

import app.momentum.testsupport.TestDatabaseEnvironment;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Runs Momentum on a random port and gives each test fresh headless browsers, screenshotted on failure. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    static final String DEMO_PASSWORD = TestDatabaseEnvironment.DEMO_PASSWORD;
    private static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots.always");

    @LocalServerPort int port;

    private final List<Browser> browsers = new ArrayList<>();
    @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browsers);

    /** A new browser whose preferred language is {@code language} (e.g. en-US, nl-NL). */
    Browser newBrowser(String language) throws IOException {
        Browser browser = new Browser("http://localhost:" + port, language);
        browsers.add(browser);
        return browser;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    static void logIn(Browser browser, String email, String password) {
        browser.open("/login");
        browser.type("vaadin-login-form input[name='username']", email);
        browser.type("vaadin-login-form input[name='password']", password);
        browser.click("vaadin-login-form vaadin-button");
        browser.waitForVaadin();
    }

    static void openUserMenuItem(Browser browser, String item) {
        browser.click("#user-menu vaadin-menu-bar-button");
        browser.clickText("vaadin-menu-bar-item", item);
    }

    /** Keeps a screenshot of this step when run with -Dscreenshots.always=true (to look at the UI). */
    void snap(Browser browser, String name) {
        if (SCREENSHOTS) {
            browser.screenshot(ScreenshotOnFailure.DIRECTORY.resolve(getClass().getSimpleName() + "-" + name + ".png"));
        }
    }
}
