package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Single sign-on through a real Keycloak 26.7 (the dev realm of deploy/keycloak, started by its script) and Momentum
 * configured for it, in a JVM of its own (the shared test context has no single sign-on): people sign in on
 * Keycloak's own page and land in the tenant of their organisation with the mapped role, someone in no organisation
 * is told why not, and logout ends the Keycloak session too.
 */
class SingleSignOnBrowserIT {

    private static final Path SCRIPT = Path.of("deploy", "keycloak", "run-keycloak.sh");
    private static final String REALM_PASSWORD = "demo-password-1";

    private static Map<String, String> keycloakEnvironment;
    private static String database;
    private static AppNode momentum;

    private final List<Browser> browsers = new ArrayList<>();
    @RegisterExtension final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browsers);

    @BeforeAll
    static void keycloakAndMomentum() throws Exception {
        int port = AppNode.freePort();
        keycloakEnvironment = Map.of("KEYCLOAK_PORT", String.valueOf(port),
                "KEYCLOAK_MANAGEMENT_PORT", String.valueOf(AppNode.freePort()),
                "KEYCLOAK_HOME", Path.of("target", "keycloak-it").toAbsolutePath().toString());
        keycloak("--background");
        database = TestDatabase.fresh();
        momentum = AppNode.start("sso", database, List.of(
                "--momentum.sso.issuer-uri=http://localhost:" + port + "/realms/momentum",
                "--momentum.sso.client-secret=momentum-dev-secret"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (momentum != null) {
            momentum.close();
        }
        if (keycloakEnvironment != null) {
            keycloak("--stop");
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    @Test
    void aMemberSignsInOnKeycloaksPageLandsInHerTenantWithTheMappedRoleAndLogoutEndsBothSessions() throws Exception {
        Browser browser = browser();
        signIn(browser, "sso-cx@demo-energy.example");

        browser.awaitText("Sanne de Vries");
        browser.awaitText("Zonnestroom Energie");
        assertThat(roleOf("sso-cx@demo-energy.example", "demo-energy")).isEqualTo("CX_MANAGER");
        // the CX manager may import surveys (her language is Dutch, from Keycloak: found by id)
        browser.open("/mining");
        browser.find("#mining-import");

        browser.click("#user-menu vaadin-menu-bar-button");
        browser.click("#menu-logout");
        browser.await(d -> browser.currentPath().startsWith("/login"));
        // Keycloak forgot her too: signing in again asks who she is
        browser.click("#login-sso");
        browser.await(d -> !d.findElements(By.id("username")).isEmpty());
    }

    @Test
    void aGroupMapsToItsRoleAndSomeoneOfTwoOrganisationsPicksATenant() throws Exception {
        Browser executive = browser();
        signIn(executive, "sso-exec@demo-bank.example");
        executive.awaitText("Harbour Bank");
        assertThat(roleOf("sso-exec@demo-bank.example", "demo-bank")).isEqualTo("EXECUTIVE");

        Browser both = browser();
        signIn(both, "sso-both@demo.example");
        both.await(d -> both.currentPath().startsWith("/select-tenant"));
        both.find("#tenant-demo-energy");
        both.find("#tenant-demo-bank");
    }

    @Test
    void someoneInNoOrganisationIsToldWhyAndWhomToAsk() throws Exception {
        Browser browser = browser();
        signIn(browser, "sso-none@demo.example");

        browser.await(d -> browser.currentPath().startsWith("/sso-refused"));
        browser.awaitText("Your account belongs to no organisation");
        browser.awaitText("Ask whoever manages your organisation's login accounts");
    }

    /** Through Keycloak's own pages: its identity-first login asks for the username, then the password. */
    private void signIn(Browser browser, String username) {
        browser.open("/login");
        browser.click("#login-sso");
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("username")).isEmpty());
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("kc-login")).click();
        wait.until(d -> !d.findElements(By.id("password")).isEmpty());
        browser.driver.findElement(By.id("password")).sendKeys(REALM_PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(momentum.url()));
        browser.waitForVaadin();
    }

    private Browser browser() throws IOException {
        Browser browser = new Browser(momentum.url(), "en-US");
        browsers.add(browser);
        return browser;
    }

    private static String roleOf(String email, String tenantSlug) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement query = connection.prepareStatement("select m.role from membership m "
                     + "join app_user u on u.id = m.user_id join tenant t on t.id = m.tenant_id "
                     + "where u.email = ? and t.slug = ?")) {
            query.setString(1, email);
            query.setString(2, tenantSlug);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void keycloak(String mode) throws Exception {
        Path log = Path.of("target", "app-nodes", "keycloak" + mode + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), mode).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(keycloakEnvironment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("run-keycloak.sh " + mode + " failed; see " + log.toAbsolutePath() + ":\n"
                    + Files.readString(log));
        }
    }
}
