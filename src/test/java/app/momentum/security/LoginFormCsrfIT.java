package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.testsupport.TestDatabaseEnvironment;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login form through the real security chain, over HTTP: a POST without Spring's CSRF token is refused
 * (no login CSRF: another site cannot log a victim into the attacker's account), one with the token from the
 * login page logs in. Every page carries the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFormCsrfIT {

    private static final String ADMIN = "admin@demo-energy.example";

    @LocalServerPort int port;

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient browser = newBrowser();
        get(browser, "/login");
        HttpResponse<String> response = postLogin(browser, Map.of(
                "username", ADMIN, "password", TestDatabaseEnvironment.DEMO_PASSWORD));
        assertRefused(response);
        // and the session is not logged in
        assertThat(get(browser, "/").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aLoginPostWithAWrongCsrfTokenIsRefused() throws Exception {
        HttpClient browser = newBrowser();
        LoginPage page = LoginPage.of(get(browser, "/login").body());
        HttpResponse<String> response = postLogin(browser, Map.of(
                "username", ADMIN, "password", TestDatabaseEnvironment.DEMO_PASSWORD, page.parameter(), "forged"));
        assertRefused(response);
    }

    @Test
    void theLoginPageCarriesTheTokenAndAPostWithItLogsIn() throws Exception {
        HttpClient browser = newBrowser();
        HttpResponse<String> loginPage = get(browser, "/login");
        LoginPage page = LoginPage.of(loginPage.body());
        HttpResponse<String> response = postLogin(browser, Map.of(
                "username", ADMIN, "password", TestDatabaseEnvironment.DEMO_PASSWORD, page.parameter(), page.token()));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryTheContentSecurityPolicy() throws Exception {
        HttpResponse<String> loginPage = get(newBrowser(), "/login");
        assertThat(loginPage.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "form-action 'self'"));
    }

    /**
     * Spring refuses a request without a valid CSRF token as access denied; Vaadin's handler for that sends the
     * browser back to the login page (a login that failed for a wrong password would add "?error").
     */
    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(302, 403);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(HttpClient browser, Map<String, String> form) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF parameter and token that Vaadin writes into the page's head for the login form. */
    private record LoginPage(String parameter, String token) {
        static LoginPage of(String html) {
            return new LoginPage(meta(html, "_csrf_parameter"), meta(html, "_csrf"));
        }

        private static String meta(String html, String name) {
            Matcher matcher = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
            assertThat(matcher.find()).as("meta " + name + " in the login page").isTrue();
            return matcher.group(1);
        }
    }
}
