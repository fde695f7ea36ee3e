package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Text stays readable in the browser: every bubble of the impact matrix keeps its name where a reader can see it,
 * also where bubbles lie close together (the demo journeys); a limited field counts while the user types near its
 * limit and says what is too long; a long unbroken word wraps inside its card.
 */
class ReadableTextBrowserIT extends BrowserTestBase {

    /** The labels of the impact matrix as drawn now (the chart element's labelBoxes()), with the bubble count. */
    private static final String LABELS = """
            const chart = document.querySelector('#impact-matrix-chart');
            if (!chart || typeof chart.labelBoxes !== 'function' || !chart.option) { return null; }
            return {bubbles: chart.option.series[0].data.length, labels: chart.labelBoxes()};
            """;

    @Test
    @SuppressWarnings("unchecked")
    void noImpactMatrixLabelOverlapsAnotherInTheDemoJourneys() throws Exception {
        for (String email : List.of("cx@demo-energy.example", "cx@demo-bank.example")) {
            Browser browser = newBrowser("nl-NL");
            awaitFrontend(browser);
            logIn(browser, email, DEMO_PASSWORD);
            browser.open("/mining"); // the signature journey's latest survey
            browser.find("#impact-matrix-chart");
            // read until two reads a moment apart agree: the chart has drawn and finished moving its labels
            AtomicReference<Object> previous = new AtomicReference<>();
            Map<String, Object> drawn = browser.await(d -> {
                Object now = browser.js(LABELS);
                boolean settled = now != null && now.equals(previous.getAndSet(now))
                        && !((List<?>) ((Map<String, Object>) now).get("labels")).isEmpty();
                return settled ? (Map<String, Object>) now : null;
            });
            snap(browser, "matrix-" + email);
            List<Map<String, Object>> labels = (List<Map<String, Object>>) drawn.get("labels");

            // every bubble keeps its name, and no two names share any pixel
            assertThat(labels).as(email).hasSize(((Number) drawn.get("bubbles")).intValue());
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(overlap(labels.get(i), labels.get(j)))
                            .as("%s: \"%s\" %s overlaps \"%s\" %s", email, labels.get(i).get("text"), labels.get(i),
                                    labels.get(j).get("text"), labels.get(j))
                            .isFalse();
                }
            }
            // and every name lies inside the chart
            Map<String, Object> size = (Map<String, Object>) browser.js("""
                    const r = document.querySelector('#impact-matrix-chart').getBoundingClientRect();
                    return {width: r.width, height: r.height};""");
            assertThat(labels).allSatisfy(label -> {
                assertThat(num(label, "x")).as("%s", label).isGreaterThanOrEqualTo(0);
                assertThat(num(label, "y")).as("%s", label).isGreaterThanOrEqualTo(0);
                assertThat(num(label, "x") + num(label, "width")).as("%s", label)
                        .isLessThanOrEqualTo(num(size, "width"));
                assertThat(num(label, "y") + num(label, "height")).as("%s", label)
                        .isLessThanOrEqualTo(num(size, "height"));
            });
        }
    }

    @Test
    void aLimitedFieldCountsNearItsLimitWhileTypingAndALongWordWrapsInsideItsCard() throws Exception {
        Browser browser = newBrowser("en-US");
        awaitFrontend(browser);
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);
        browser.open("/brand");
        browser.click("#add-brand-value");
        browser.type("#brand-value-name input", "Wrapping");
        WebElement description = browser.find("#brand-value-description textarea");

        // far from the limit (2,000): no counter
        description.sendKeys("x".repeat(1_500));
        browser.waitForVaadin();
        assertThat(helperText(browser)).doesNotContain("/ 2,000");
        // near it, the counter appears while the user is still typing (no blur, no change event yet)
        description.sendKeys("x".repeat(200));
        browser.await(d -> helperText(browser).contains("1,700 / 2,000"));
        browser.js("arguments[0].scrollIntoView({block: 'end'})", browser.find("#brand-value-description"));
        snap(browser, "counter");
        // beyond it, the text is kept whole and the field says by how much it is too long
        description.sendKeys("x".repeat(350));
        description.sendKeys(Keys.TAB); // leave the field
        browser.awaitText("Too long: 2,050 characters, at most 2,000. Shorten it by 50.");
        assertThat(description.getDomProperty("value")).hasSize(2_050);

        String word = "Onderbrekingsvrij".repeat(18); // 306 characters without a space
        description.clear();
        description.sendKeys(word);
        description.sendKeys(Keys.TAB);
        browser.click("#editor-save");
        browser.awaitText(word.substring(0, 20));
        snap(browser, "long-word");

        Map<?, ?> card = (Map<?, ?>) browser.js("""
                const card = [...document.querySelectorAll('vaadin-card')]
                    .find(c => c.textContent.includes(arguments[0]));
                const r = card.getBoundingClientRect();
                return {scrollWidth: card.scrollWidth, clientWidth: card.clientWidth, right: r.right,
                        viewport: document.documentElement.clientWidth};
                """, word.substring(0, 20));
        assertThat(num(card, "scrollWidth")).as("card %s", card).isLessThanOrEqualTo(num(card, "clientWidth"));
        assertThat(num(card, "right")).as("card %s", card).isLessThanOrEqualTo(num(card, "viewport"));
    }

    /**
     * The first page of a test run may come while the development frontend bundle is still being built (minutes on
     * a busy machine): wait for the login form far longer than for anything else.
     */
    private static void awaitFrontend(Browser browser) {
        browser.open("/login");
        new WebDriverWait(browser.driver, Duration.ofMinutes(10), Duration.ofSeconds(5)).until(d -> {
            if (!d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty()) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    private static String helperText(Browser browser) {
        return Objects.toString(browser.js(
                "return document.querySelector('#brand-value-description').helperText || ''"), "");
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), aw = num(a, "width"), ah = num(a, "height");
        double bx = num(b, "x"), by = num(b, "y"), bw = num(b, "width"), bh = num(b, "height");
        // half a pixel of touching is not an overlap
        return ax + aw > bx + 0.5 && bx + bw > ax + 0.5 && ay + ah > by + 0.5 && by + bh > ay + 0.5;
    }

    private static double num(Map<?, ?> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
