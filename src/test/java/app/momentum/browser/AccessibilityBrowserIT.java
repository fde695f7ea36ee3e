package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accessibility (issue 9, item 21): axe-core (Deque's {@code axe.min.js}) finds no WCAG 2.1 A/AA violation on any main
 * view, in English and in Dutch. The language is the user's stored preference (app_user.preferred_language), set for
 * the scan and put back afterwards, with the browser asking for the same language.
 *
 * <p>Left out of the scan, with the reason: {@code vaadin-dev-tools}, the development-mode tooling (not part of
 * Momentum, absent from production builds). No rule is disabled and no finding is accepted: the one axe found inside
 * Vaadin's tab bars ({@code aria-required-children}) is repaired in {@code frontend/components/momentum-tabs-a11y.js}.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    /** WCAG 2.0 and 2.1, levels A and AA: what Momentum promises. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * WCAG 2.5.3 Label in Name (A): the accessible name of a control contains its visible text. axe marks this rule
     * experimental, so it runs only when asked for; moment cards once failed it (named by their title alone).
     */
    private static final List<String> EXPERIMENTAL_WCAG_RULES = List.of("label-content-name-mismatch");
    /** Development-mode tooling of Vaadin, not Momentum's: never in a production build. */
    private static final String DEV_TOOLS = "vaadin-dev-tools";

    private static final String ADMIN = "admin@demo-energy.example";
    private static final String PLATFORM = "platform@demo.example";

    @Autowired JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "nl"})
    void everyMainViewHasNoWcagViolations(String language) throws Exception {
        UUID journey = jdbc.queryForObject("select m.object_id from demo_seed_marker m join tenant t on t.id = m.tenant_id "
                + "where t.slug = 'demo-energy' and m.step = 'journey.0'", UUID.class);
        Map<String, String> views = new LinkedHashMap<>();
        views.put("dashboard", "/");
        views.put("journeys", "/journeys");
        views.put("journey map", "/journeys/" + journey);
        views.put("responsibilities", "/journeys/" + journey + "/responsibilities");
        views.put("brand", "/brand");
        views.put("actions", "/actions");
        views.put("action board", "/actions/board");
        views.put("my actions", "/actions/mine");
        views.put("disciplines", "/disciplines");
        views.put("KPIs", "/kpis");
        views.put("mining", "/mining");
        views.put("follow-up", "/follow-up");
        views.put("notifications", "/notifications");
        views.put("members", "/administration/members");
        views.put("API tokens", "/api-tokens");
        views.put("profile", "/profile");

        List<String> problems = new ArrayList<>();
        withPreferredLanguage(List.of(ADMIN, PLATFORM), language, () -> {
            Browser admin = newBrowser(language.equals("nl") ? "nl-NL" : "en-US");
            logIn(admin, ADMIN, DEMO_PASSWORD);
            views.forEach((name, path) -> problems.addAll(scan(admin, name, path, language)));

            Browser platform = newBrowser(language.equals("nl") ? "nl-NL" : "en-US");
            logIn(platform, PLATFORM, DEMO_PASSWORD);
            problems.addAll(scan(platform, "platform tenants", "/platform/tenants", language));
        });
        assertThat(problems).as("axe-core WCAG 2.1 A/AA violations (%s)", language).isEmpty();
    }

    private List<String> scan(Browser browser, String name, String path, String language) {
        browser.open(path);
        browser.find("h1");
        browser.waitForVaadin();
        assertThat(browser.js("return document.documentElement.lang")).as("page language of " + path).isEqualTo(language);
        snap(browser, language + "-" + name.replace(' ', '-'));
        // long pages (the follow-up queue) take axe more than the default 30 s on a busy build machine
        Results results = new AxeBuilder().setTimeout(180).withTags(WCAG_21_AA)
                .withRules(EXPERIMENTAL_WCAG_RULES).exclude(DEV_TOOLS).analyze(browser.driver);
        assertThat(results.getErrorMessage()).as("axe-core ran on " + path).isNull();
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(name + " (" + path + "): " + rule.getId() + " — " + rule.getHelp() + " — " + node.getTarget()
                        + " — " + node.getFailureSummary().replace('\n', ' ') + " — " + abbreviate(node.getHtml()));
            }
        }
        return found;
    }

    private static String abbreviate(String html) {
        return html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }

    /** Runs {@code scan} with the users' stored language set to {@code language}, and puts the old one back. */
    private void withPreferredLanguage(List<String> emails, String language, ThrowingRunnable scan) throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (String email : emails) {
            before.put(email, jdbc.queryForObject("select preferred_language from app_user where email = ?", String.class, email));
            jdbc.update("update app_user set preferred_language = ? where email = ?", language, email);
        }
        try {
            scan.run();
        } finally {
            before.forEach((email, old) -> jdbc.update("update app_user set preferred_language = ? where email = ?", old, email));
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
