package app.momentum.browser;

import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The journey canvas ({@code <momentum-journey-canvas>}) as a test drives it: its parts live in the element's shadow
 * root and are found by the data attributes the component documents ({@code data-column}, {@code data-moment} +
 * {@code data-lane}, {@code data-desired-point}, {@code data-add}, {@code data-open}, {@code data-handle}).
 */
final class MapCanvas {

    private static final String ROOT = "document.querySelector('momentum-journey-canvas').shadowRoot";

    private final Browser browser;

    MapCanvas(Browser browser) {
        this.browser = browser;
    }

    /** Waits until the canvas shows this many moment columns. */
    MapCanvas awaitColumns(int count) {
        browser.await(d -> count == columnCount());
        return this;
    }

    int columnCount() {
        Object count = browser.js("const c = document.querySelector('momentum-journey-canvas');"
                + " return c && c.shadowRoot ? c.shadowRoot.querySelectorAll('[data-column]').length : -1;");
        return ((Number) count).intValue();
    }

    /** The moment titles in map order. */
    @SuppressWarnings("unchecked")
    List<String> titles() {
        return (List<String>) browser.js("return [..." + ROOT + ".querySelectorAll('[data-column]')]"
                + ".map(c => c.getAttribute('aria-label'));");
    }

    /** The id of the moment with this title. */
    String momentId(String title) {
        return (String) browser.await(d -> browser.js("const c = [..." + ROOT + ".querySelectorAll('[data-column]')]"
                + ".find(c => c.getAttribute('aria-label') === arguments[0]); return c ? c.dataset.column : null;", title));
    }

    WebElement cell(String title, String lane) {
        String id = momentId(title);
        return (WebElement) browser.await(d -> browser.js("return " + ROOT + ".querySelector(`[data-moment=\"${arguments[0]}\"]"
                + "[data-lane=\"${arguments[1]}\"]`);", id, lane));
    }

    /** The cell's text (its text content: a cell scrolled out of sight is not laid out, so it has no innerText). */
    String cellText(String title, String lane) {
        return (String) browser.js("return arguments[0].textContent.replace(/\\s+/g, ' ').trim();", cell(title, lane));
    }

    /** Clicks a text cell, types into the editor that opens (replacing its text), and presses Enter to save. */
    void edit(String title, String lane, String text) {
        startEditing(title, lane);
        replaceText(text, Keys.ENTER);
    }

    /** Selects all of the focused editor's text (Ctrl+A) and types over it. */
    void replaceText(CharSequence... keys) {
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(keys).perform();
        browser.waitForVaadin();
    }

    /**
     * Types into whatever has the focus (the open editor), as a keyboard does. Not {@code WebElement.sendKeys}: for an
     * element inside a shadow root ChromeDriver sees the host as the page's active element, blurs it and focuses the
     * element again — a blur the canvas rightly takes as "done editing".
     */
    void type(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
        browser.waitForVaadin();
    }

    /** Clicks a cell so its editor opens (and waits for it). */
    void startEditing(String title, String lane) {
        WebElement cell = cell(title, lane);
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", cell);
        cell.click();
        editor();
    }

    /** The open cell editor (textarea, select or input). */
    WebElement editor() {
        return (WebElement) browser.await(d -> browser.js("return " + ROOT + ".querySelector('[data-editor]');"));
    }

    boolean editorOpen() {
        return browser.js("return " + ROOT + ".querySelector('[data-editor]');") != null;
    }

    /** Types a title into the "add a moment" column of the phase with this index, and presses Enter. */
    void addMoment(int phaseIndex, String title) {
        WebElement input = (WebElement) browser.await(d -> {
            @SuppressWarnings("unchecked")
            List<WebElement> inputs = (List<WebElement>) browser.js("return [..." + ROOT + ".querySelectorAll('[data-add]')];");
            return inputs.size() > phaseIndex ? inputs.get(phaseIndex) : null;
        });
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", input);
        input.click();
        type(title, Keys.ENTER);
    }

    /** Opens the moment's full form (the card's open button). */
    void openForm(String title) {
        WebElement button = (WebElement) browser.js("return arguments[0].querySelector('[data-open]');", cell(title, "card"));
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);
        // a pointer's click where the button is (ChromeDriver's element click finds a small button in a shadow root
        // "not interactable")
        new Actions(browser.driver).moveToElement(button).click().perform();
        browser.waitForVaadin();
        browser.find("#moment-editor");
    }

    /** Drags a moment's card by its handle onto another moment's card (it lands before that one). */
    void drag(String title, String ontoTitle) {
        WebElement handle = (WebElement) browser.js("return arguments[0].querySelector('[data-handle]');", cell(title, "card"));
        WebElement target = cell(ontoTitle, "card");
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", handle);
        new Actions(browser.driver).clickAndHold(handle).moveByOffset(10, 0).moveByOffset(10, 0)
                .moveToElement(target, -20, 0).pause(100).moveToElement(target, -25, 0).release().perform();
        browser.waitForVaadin();
    }

    WebElement desiredPoint(String title) {
        String id = momentId(title);
        return (WebElement) browser.await(d -> browser.js("return " + ROOT + ".querySelector(`[data-desired-point=\"${arguments[0]}\"]`);", id));
    }

    /** How many line segments the named curve draws (a gap between moments draws none). */
    int segments(String series) {
        return ((Number) browser.js("return " + ROOT + ".querySelectorAll(`[data-series=\"${arguments[0]}\"] line`).length;",
                series)).intValue();
    }

    /** The initials shown on a cell for the people editing it. */
    String initialsOn(String title, String lane) {
        Object text = browser.js("const i = arguments[0].querySelector('.initials'); return i ? i.innerText : '';", cell(title, lane));
        return String.valueOf(text);
    }

    /** The lane of the focused cell, or null. */
    String focusedLane() {
        return (String) browser.js("const a = " + ROOT + ".activeElement; const c = a && a.closest('[data-lane]');"
                + " return c ? c.dataset.lane : null;");
    }

    /** The moment id of the focused cell, or null. */
    String focusedMoment() {
        return (String) browser.js("const a = " + ROOT + ".activeElement; const c = a && a.closest('[data-moment]');"
                + " return c ? c.dataset.moment : null;");
    }

    /** The map as the canvas exports it (the SVG behind its SVG and PNG buttons). */
    String exportSvg() {
        return (String) browser.js("return document.querySelector('momentum-journey-canvas').exportSvg();");
    }

    /** The ids of the lanes shown, in order. */
    @SuppressWarnings("unchecked")
    List<String> laneHeads() {
        return (List<String>) browser.js("return [..." + ROOT + ".querySelectorAll('[data-lane-head]')].map(h => h.dataset.laneHead);");
    }

    /** "edit", "workshop" or "presentation". */
    String mode() {
        Object mode = browser.js("return document.querySelector('momentum-journey-canvas').getAttribute('mode');");
        return mode == null ? "edit" : (String) mode;
    }

    /** Clicks the canvas's element matching {@code css} with the pointer (a toolbar button, a menu's checkbox). */
    void clickInCanvas(String css) {
        WebElement element = (WebElement) browser.await(d -> browser.js("return " + ROOT + ".querySelector(arguments[0]);", css));
        new Actions(browser.driver).moveToElement(element).click().perform();
        browser.waitForVaadin();
    }

    /** The drag handle of a moment's card. */
    WebElement handle(String title) {
        return (WebElement) browser.js("return arguments[0].querySelector('[data-handle]');", cell(title, "card"));
    }

    /** A finger pressed on {@code from}, moved in steps onto the left part of {@code onto}, and lifted (CDP touch events). */
    void touchDrag(WebElement from, WebElement onto) throws InterruptedException {
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", from);
        double[] start = centre(from);
        double[] end = centre(onto);
        double endX = end[0] - width(onto) / 4;
        touch("touchStart", start[0], start[1]);
        for (int i = 1; i <= 8; i++) {
            touch("touchMove", start[0] + (endX - start[0]) * i / 8, start[1] + (end[1] - start[1]) * i / 8);
            Thread.sleep(30);
        }
        touch("touchEnd", 0, 0);
        browser.waitForVaadin();
    }

    /** A short touch on the element. */
    void tap(WebElement element) {
        browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        double[] at = centre(element);
        touch("touchStart", at[0], at[1]);
        touch("touchEnd", 0, 0);
        browser.waitForVaadin();
    }

    private void touch(String type, double x, double y) {
        java.util.List<java.util.Map<String, Object>> points = type.equals("touchEnd") ? java.util.List.of()
                : java.util.List.of(java.util.Map.of("x", x, "y", y, "id", 1));
        ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand("Input.dispatchTouchEvent",
                java.util.Map.of("type", type, "touchPoints", points));
    }

    private double[] centre(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) browser.js(
                "const r = arguments[0].getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2];", element);
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }

    private double width(WebElement element) {
        return ((Number) browser.js("return arguments[0].getBoundingClientRect().width;", element)).doubleValue();
    }
}
