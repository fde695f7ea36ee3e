package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every main view loads under Momentum's Content-Security-Policy without a single violation in the browser
 * console, for each kind of user; logging in through the real form also proves that it sends the CSRF token.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    private final List<String> violations = new ArrayList<>();
    /** Resources a page asked for and did not get, e.g. a view's own stylesheet refused by the security filter. */
    private final List<String> failedResources = new ArrayList<>();
    private final List<Browser> opened = new ArrayList<>();

    @Test
    void everyMainViewLoadsUnderThePolicyWithoutViolations() throws Exception {
        try {
            visitEveryMainView();
        } catch (RuntimeException | AssertionError stuck) {
            // a view that breaks under the policy usually never finishes loading: say why
            opened.forEach(browser -> browser.takeConsoleMessages().stream().filter(ContentSecurityPolicyBrowserIT::isViolation)
                    .forEach(violations::add));
            throw new AssertionError("A view did not load; policy errors in the console: " + violations, stuck);
        }
        assertThat(violations).as("Content-Security-Policy errors in the browser console").isEmpty();
        assertThat(failedResources).as("resources the views asked for and did not get").isEmpty();
    }

    private void visitEveryMainView() throws Exception {
        Browser browser = open("en-US");
        browser.open("/login");
        assertThat(policyOfCurrentPage(browser)).contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        check(browser, "/login");

        logIn(browser, "cx@demo-bank.example", DEMO_PASSWORD);
        browser.awaitText("You are working in Harbour Bank as");
        for (String path : List.of("/", "/brand", "/disciplines", "/journeys", "/kpis", "/mining", "/follow-up",
                "/actions", "/actions/board", "/actions/mine", "/notifications", "/profile", "/portfolio", "/maturity",
                "/report/board")) {
            visit(browser, path);
        }
        browser.open("/journeys");
        browser.clickText("vaadin-grid-cell-content", "Buying your first home");
        browser.await(d -> new MapCanvas(browser).columnCount() > 0); // the demo journey, drawn
        String journey = browser.currentPath();
        check(browser, journey);
        visit(browser, journey + "/responsibilities");
        assertThat(policyOfCurrentPage(browser)).contains("object-src 'none'");

        Browser admin = open("en-US");
        logIn(admin, "admin@demo-energy.example", DEMO_PASSWORD);
        admin.awaitText("Zonnestroom Energie");
        for (String path : List.of("/administration/members", "/api-tokens", "/admin/governance")) {
            visit(admin, path);
        }

        Browser platform = open("en-US");
        logIn(platform, "platform@demo.example", DEMO_PASSWORD);
        visit(platform, "/platform/tenants");

        Browser consultant = open("en-US");
        logIn(consultant, "consultant@demo.example", DEMO_PASSWORD);
        visit(consultant, "/select-tenant");
    }

    private Browser open(String language) throws java.io.IOException {
        Browser browser = newBrowser(language);
        opened.add(browser);
        return browser;
    }

    private static boolean isViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to");
    }

    private void visit(Browser browser, String path) {
        browser.open(path);
        snap(browser, path.replace('/', '_'));
        check(browser, path);
    }

    /** Collects console messages about the policy; the view must also have rendered and not be an error page. */
    private void check(Browser browser, String path) {
        browser.await(d -> !browser.pageText().isBlank());
        assertThat(browser.pageText()).as(path).doesNotContain("Not found", "Could not navigate", "Internal error");
        for (String message : browser.takeConsoleMessages()) {
            if (isViolation(message)) {
                violations.add(path + ": " + message);
            } else if (message.contains("Failed to load resource")) {
                failedResources.add(path + ": " + message);
            }
        }
    }

    /** The policy the browser received with the page it shows now. */
    private static String policyOfCurrentPage(Browser browser) {
        return (String) browser.js("""
                const request = new XMLHttpRequest();
                request.open('GET', location.href, false);
                request.send();
                return request.getResponseHeader('Content-Security-Policy');
                """);
    }
}
