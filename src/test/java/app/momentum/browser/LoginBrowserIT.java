package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real user in a real browser: log in, English, Dutch, log out, and a wrong password. */
class LoginBrowserIT extends BrowserTestBase {

    private static final String ADMIN = "admin@demo-energy.example";

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = newBrowser("en-US");
    }

    @Test
    void logInSeeEnglishSwitchToDutchAndLogOut() {
        logIn(browser, ADMIN, DEMO_PASSWORD);
        browser.awaitText("You are working in Zonnestroom Energie as");
        assertThat(browser.pageText()).contains("Tenant admin", "Dashboard", "Members").doesNotContain("Leden");
        snap(browser, "dashboard-en");

        openUserMenuItem(browser, "Profile");
        browser.awaitText("Your details");
        snap(browser, "profile-en");
        browser.click("#profile-language");
        browser.clickText("vaadin-select-item", "Nederlands");
        browser.click("#profile-save");
        browser.awaitText("Uw gegevens");
        browser.open("/");
        browser.awaitText("U werkt in Zonnestroom Energie als");
        assertThat(browser.pageText()).contains("Beheerder", "Leden").doesNotContain("Members");
        snap(browser, "dashboard-nl");

        // back to "same as my browser", so that other tests meet the demo admin in English
        openUserMenuItem(browser, "Profiel");
        browser.click("#profile-language");
        browser.clickText("vaadin-select-item", "Zelfde als mijn browser");
        browser.click("#profile-save");
        browser.awaitText("Your details");

        openUserMenuItem(browser, "Log out");
        browser.await(d -> browser.currentPath().startsWith("/login"));
        browser.open("/");
        browser.await(d -> browser.currentPath().startsWith("/login"));
    }

    @Test
    void wrongPasswordShowsAClearError() {
        logIn(browser, ADMIN, "not-the-password");
        browser.awaitText("Incorrect email or password");
        assertThat(browser.currentPath()).startsWith("/login");
        snap(browser, "login-error");
    }

    @Test
    void loginPageFollowsADutchBrowser() throws Exception {
        Browser dutch = newBrowser("nl-NL");
        dutch.open("/login");
        dutch.awaitText("Inloggen");
        dutch.awaitText("Wachtwoord");
        snap(dutch, "login-nl");
    }
}
