package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text stays readable in the browser: every bubble of the impact matrix keeps its name, also where bubbles
 * overlap (demo data); a long text typed into a limited field is kept, counted and refused with a message rather
 * than cut; a long unbroken word wraps inside its card.
 */
class ReadableTextBrowserIT extends BrowserTestBase {

    /**
     * Per label of the first series: whether it is drawn, and its box on the canvas. Reads the ECharts instance
     * of our chart element (its {@code chart} field).
     */
    private static final String LABELS = """
            const host = document.querySelector('#impact-matrix-chart');
            const chart = host && host.chart;
            if (!chart) { return null; }
            const data = chart.getModel().getSeriesByIndex(0).getData();
            const labels = [];
            for (let i = 0; i < data.count(); i++) {
              const el = data.getItemGraphicEl(i);
              const text = el && el.getTextContent();
              if (!text) { return null; }
              const box = text.getBoundingRect().clone();
              box.applyTransform(text.getComputedTransform());
              labels.push({name: data.getName(i), shown: !text.ignore && !text.invisible,
                           x: box.x, y: box.y, width: box.width, height: box.height});
            }
            return labels.length ? labels : null;
            """;

    @Test
    @SuppressWarnings("unchecked")
    void everyBubbleOfTheDemoImpactMatrixKeepsAReadableName() throws Exception {
        for (String email : List.of("cx@demo-energy.example", "cx@demo-bank.example")) {
            Browser browser = newBrowser("nl-NL");
            logIn(browser, email, DEMO_PASSWORD);
            browser.open("/mining");
            List<Map<String, Object>> labels = browser.await(d -> (List<Map<String, Object>>) browser.js(LABELS));
            snap(browser, "matrix-" + email);

            assertThat(labels).allSatisfy(label -> assertThat(label.get("shown")).as("%s shown", label.get("name"))
                    .isEqualTo(true));
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    assertThat(overlap(labels.get(i), labels.get(j)))
                            .as("%s overlaps %s", labels.get(i).get("name"), labels.get(j).get("name")).isFalse();
                }
            }
        }
    }

    @Test
    void aTooLongTextIsKeptAndCountedAndALongWordWrapsInsideItsCard() throws Exception {
        Browser browser = newBrowser("en-US");
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);
        browser.open("/brand");
        browser.click("#add-brand-value");
        browser.type("#brand-value-name input", "Wrapping");
        browser.type("#brand-value-description textarea", "x".repeat(2_050));
        browser.find("#brand-value-name input").click(); // leave the field
        browser.awaitText("2,050 / 2,000");
        browser.awaitText("Too long: 2,050 characters, at most 2,000. Shorten it by 50.");
        snap(browser, "too-long");

        String word = "Onderbreking".repeat(25); // 300 characters without a space
        browser.js("const area = document.querySelector('#brand-value-description');"
                + "area.value = arguments[0]; area.dispatchEvent(new CustomEvent('change'));", word);
        browser.click("#editor-save");
        browser.awaitText(word.substring(0, 20));
        snap(browser, "long-word");

        Boolean fits = (Boolean) browser.js("""
                const card = [...document.querySelectorAll('vaadin-card')]
                    .find(c => c.textContent.includes(arguments[0]));
                return card.scrollWidth <= card.clientWidth
                    && card.getBoundingClientRect().right <= document.documentElement.clientWidth;
                """, word.substring(0, 20));
        assertThat(fits).isTrue();
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), aw = num(a, "width"), ah = num(a, "height");
        double bx = num(b, "x"), by = num(b, "y"), bw = num(b, "width"), bh = num(b, "height");
        // a pixel of touching is not an overlap
        return ax + aw > bx + 1 && bx + bw > ax + 1 && ay + ah > by + 1 && by + bh > ay + 1;
    }

    private static double num(Map<String, Object> label, String key) {
        return ((Number) label.get(key)).doubleValue();
    }
}
