package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A keyboard user skips the menu, opens a list row with Enter, types at once in a new dialog, and moves along a tab bar
 * with the arrow keys.
 */
class KeyboardBrowserIT extends BrowserTestBase {

    @Test
    void theSkipLinkReachesThePageAndEnterOpensARow() throws Exception {
        Browser browser = newBrowser("en-US");
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);
        browser.open("/actions");
        browser.find("#actions-grid");

        browser.press(Keys.TAB);
        assertThat(browser.focusedId()).as("first Tab stop").isEqualTo("skip-to-content");
        assertThat(browser.pageText()).contains("Skip to main content");
        browser.press(Keys.ENTER);
        assertThat(browser.focusedId()).isEqualTo("main-content");
        assertThat(browser.currentPath()).isEqualTo("/actions"); // handled in the page, not by the router

        int tabs = 0;
        while (!"new-action".equals(browser.focusedId()) && tabs < 10) {
            browser.press(Keys.TAB);
            tabs++;
        }
        // past the skip link: the two export links, then "New action" (was 16 Tabs through the menu)
        assertThat(tabs).isLessThanOrEqualTo(3);
        snap(browser, "new-action-focused");

        for (int filters = 0; filters < 12 && !"actions-grid".equals(browser.focusedId()); filters++) {
            browser.press(Keys.TAB); // past the filters, into the list (its header row)
        }
        assertThat(browser.focusedId()).isEqualTo("actions-grid");
        browser.press(Keys.TAB); // the grid's next Tab stop: from its header into the rows, on the first action
        browser.press(Keys.ENTER);
        browser.await(d -> browser.currentPath().matches("/actions/[0-9a-f-]{36}"));
    }

    @Test
    void aDialogStartsInItsFirstField() throws Exception {
        Browser browser = newBrowser("en-US");
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);
        browser.open("/actions");
        browser.click("#new-action");
        browser.find("#action-dialog");
        browser.await(d -> "action-journey".equals(browser.focusedId()));

        browser.open("/journeys");
        browser.click("#new-journey");
        browser.await(d -> "journey-name".equals(browser.focusedId()));
        snap(browser, "journey-dialog-focused");
    }

    /**
     * The tab bars' scroll container lost its tabindex (an axe finding, see momentum-tabs-a11y.js); the tabs must
     * still work from the keyboard as before: the arrow key moves to the next tab, Enter opens it.
     */
    @Test
    void arrowKeysMoveAlongATabBar() throws Exception {
        Browser browser = newBrowser("en-US");
        logIn(browser, "cx@demo-energy.example", DEMO_PASSWORD);
        browser.open("/brand");
        browser.find("vaadin-tabsheet vaadin-tab[selected]").click();
        browser.waitForVaadin();
        assertThat(browser.js("return document.activeElement.textContent.trim()")).isEqualTo("Brand values");
        assertThat(browser.js("return document.querySelector('vaadin-tabsheet vaadin-tabs')"
                + ".shadowRoot.getElementById('scroll').hasAttribute('tabindex')")).isEqualTo(false);

        browser.press(Keys.ARROW_RIGHT);
        browser.await(d -> "Promise and pay-off".equals(browser.js("return document.activeElement.textContent.trim()")));
        browser.press(Keys.ENTER);
        browser.await(d -> "Promise and pay-off".equals(
                browser.js("return document.querySelector('vaadin-tabsheet vaadin-tab[selected]').textContent.trim()")));
    }
}
