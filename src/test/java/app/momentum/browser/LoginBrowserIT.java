package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabaseEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real user in a real browser: log in, English, Dutch, log out, and a wrong password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginBrowserIT {

    private static final String ADMIN = "admin@demo-energy.example";
    private static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots.always");

    @LocalServerPort int port;

    private final List<Browser> browsers = new ArrayList<>();
    @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browsers);

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser("http://localhost:" + port, "en-US");
        browsers.add(browser);
    }

    @AfterEach
    void closeBrowser() {
        browsers.forEach(Browser::close);
    }

    @Test
    void logInSeeEnglishSwitchToDutchAndLogOut() {
        logIn(ADMIN, TestDatabaseEnvironment.DEMO_PASSWORD);
        browser.awaitText("You are working in Zonnestroom Energie as");
        assertThat(browser.pageText()).contains("Tenant admin", "Dashboard", "Members").doesNotContain("Leden");
        snap("dashboard-en");

        browser.click("#user-menu vaadin-menu-bar-button");
        browser.clickText("vaadin-menu-bar-item", "Profile");
        browser.awaitText("Your details");
        snap("profile-en");
        browser.click("#profile-language");
        browser.clickText("vaadin-select-item", "Nederlands");
        browser.click("#profile-save");
        browser.awaitText("Uw gegevens");
        browser.open("/");
        browser.awaitText("U werkt in Zonnestroom Energie als");
        assertThat(browser.pageText()).contains("Beheerder", "Leden").doesNotContain("Members");
        snap("dashboard-nl");

        // back to "same as my browser", so that other tests meet the demo admin in English
        browser.click("#user-menu vaadin-menu-bar-button");
        browser.clickText("vaadin-menu-bar-item", "Profiel");
        browser.click("#profile-language");
        browser.clickText("vaadin-select-item", "Zelfde als mijn browser");
        browser.click("#profile-save");
        browser.awaitText("Your details");

        browser.click("#user-menu vaadin-menu-bar-button");
        browser.clickText("vaadin-menu-bar-item", "Log out");
        browser.await(d -> browser.currentPath().startsWith("/login"));
        browser.open("/");
        browser.await(d -> browser.currentPath().startsWith("/login"));
    }

    @Test
    void wrongPasswordShowsAClearError() {
        logIn(ADMIN, "not-the-password");
        browser.awaitText("Incorrect email or password");
        assertThat(browser.currentPath()).startsWith("/login");
        snap("login-error");
    }

    @Test
    void loginPageFollowsADutchBrowser() throws Exception {
        Browser dutch = new Browser("http://localhost:" + port, "nl-NL");
        browsers.add(dutch);
        dutch.open("/login");
        dutch.awaitText("Inloggen");
        dutch.awaitText("Wachtwoord");
    }

    private void logIn(String email, String password) {
        browser.open("/login");
        browser.type("vaadin-login-form input[name='username']", email);
        browser.type("vaadin-login-form input[name='password']", password);
        browser.click("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button");
        browser.waitForVaadin();
    }

    private void snap(String name) {
        if (SCREENSHOTS) {
            browser.screenshot(ScreenshotOnFailure.DIRECTORY.resolve("LoginBrowserIT-" + name + ".png"));
        }
    }
}
