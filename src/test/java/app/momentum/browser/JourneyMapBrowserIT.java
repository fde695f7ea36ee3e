package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A CX manager builds a small journey by clicking: phases, moments, a drag, and the check changing. */
class JourneyMapBrowserIT extends BrowserTestBase {

    @Test
    void buildASmallJourneyByClicking() throws Exception {
        Browser cx = newBrowser("en-US");
        logIn(cx, "cx@demo-bank.example", DEMO_PASSWORD);
        cx.clickText("vaadin-side-nav-item", "Journeys");
        cx.click("#new-journey");
        String name = "Opening an account " + UUID.randomUUID().toString().substring(0, 6);
        cx.type("#journey-name input", name);
        cx.click("#journey-template");
        cx.clickText("vaadin-select-item", "No phases");
        cx.click("#editor-save");
        cx.awaitText(name);
        cx.awaitText("Signature check");
        snap(cx, "empty-map");

        cx.type("#new-phase-name input", "Apply");
        cx.click("#add-phase");
        cx.awaitText("No moments yet");
        cx.type("#new-phase-name input", "Welcome");
        cx.click("#add-phase");
        cx.await(d -> d.findElements(By.cssSelector(".phase-column")).size() == 2);

        addMoment(cx, 0, "Fill in the form");
        addMoment(cx, 0, "Get a warm welcome call");
        addMoment(cx, 1, "Receive the card");
        cx.awaitText("Receive the card");

        // drag the welcome call to the Welcome phase, before "Receive the card"
        WebElement call = card(cx, "Get a warm welcome call");
        WebElement target = card(cx, "Receive the card");
        dragAndDrop(cx, call, target);
        cx.await(d -> columnText(cx, 1).indexOf("Get a warm welcome call") >= 0
                && columnText(cx, 1).indexOf("Get a warm welcome call") < columnText(cx, 1).indexOf("Receive the card"));
        assertThat(columnText(cx, 0)).doesNotContain("Get a warm welcome call");

        // the moment-of-truth rule fails until a moment of truth is designed as 9+
        assertThat(checkText(cx, "momentOfTruth")).contains("Fails");
        card(cx, "Get a warm welcome call").click();
        cx.waitForVaadin();
        cx.awaitText("Target level");
        cx.clickText("vaadin-radio-button", "9+ (above expectation)");
        cx.click("#moment-mot input");
        cx.click("#moment-save");
        cx.awaitText("Moment saved.");
        cx.click("#moment-editor-close");
        cx.await(d -> checkText(cx, "momentOfTruth").contains("Passes"));

        // the curves under the map follow the moments, in map order, and are drawn
        cx.await(d -> Boolean.TRUE.equals(cx.js(CURVES_SHOWN, "Fill in the form|Get a warm welcome call|Receive the card")));
        snap(cx, "map");
    }

    private static final String CURVES_SHOWN = """
            const chart = document.querySelector('#emotion-curves');
            const categories = chart && chart.option && chart.option.xAxis && chart.option.xAxis.data;
            const root = chart && (chart.shadowRoot || chart);
            return !!categories && categories.join('|') === arguments[0] && !!root.querySelector('canvas');
            """;

    private static void addMoment(Browser browser, int column, String title) {
        WebElement field = browser.driver.findElements(By.cssSelector(".phase-column .new-moment-title input")).get(column);
        field.sendKeys(title);
        browser.driver.findElements(By.cssSelector(".phase-column vaadin-button.add-moment")).get(column).click();
        browser.waitForVaadin();
        browser.awaitText(title);
    }

    private static WebElement card(Browser browser, String title) {
        return browser.await(d -> d.findElements(By.cssSelector(".moment-card")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElse(null));
    }

    private static String columnText(Browser browser, int column) {
        return browser.driver.findElements(By.cssSelector(".phase-column")).get(column).getText();
    }

    private static String checkText(Browser browser, String rule) {
        return browser.find("#check-" + rule).getText();
    }

    /** HTML5 drag and drop, which WebDriver's mouse actions do not trigger in Chromium: dispatch the events. */
    private static void dragAndDrop(Browser browser, WebElement source, WebElement target) {
        browser.js("""
                const source = arguments[0], target = arguments[1];
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, source, target);
        browser.waitForVaadin();
    }
}
