package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A CX manager builds a small journey by clicking: phases, moments on the canvas, a drag, and the check changing. */
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
        snap(cx, "empty-map");

        cx.click("#map-more vaadin-menu-bar-button");
        cx.click("#edit-phases");
        cx.type("#new-phase-name input", "Apply");
        cx.click("#add-phase");
        cx.type("#new-phase-name input", "Welcome");
        cx.click("#add-phase");
        cx.await(d -> d.findElements(org.openqa.selenium.By.cssSelector(".phase-list-row")).size() == 2);
        cx.click("#phases-close");

        MapCanvas canvas = new MapCanvas(cx);
        canvas.addMoment(0, "Fill in the form");
        canvas.awaitColumns(1);
        canvas.addMoment(0, "Get a warm welcome call");
        canvas.addMoment(1, "Receive the card");
        canvas.awaitColumns(3);
        assertThat(canvas.titles()).containsExactly("Fill in the form", "Get a warm welcome call", "Receive the card");

        // drag the welcome call to the Welcome phase, before "Receive the card"
        canvas.drag("Get a warm welcome call", "Receive the card");
        cx.await(d -> canvas.titles().equals(java.util.List.of("Fill in the form", "Get a warm welcome call", "Receive the card"))
                && phaseOf(cx, "Get a warm welcome call").equals(phaseOf(cx, "Receive the card")));

        // the moment-of-truth rule fails until a moment of truth is designed as 9+
        cx.click("#map-side-toggle");
        assertThat(cx.find("#check-momentOfTruth").getText()).contains("Fails");
        canvas.openForm("Get a warm welcome call");
        cx.awaitText("Target level");
        cx.clickText("vaadin-radio-button", "9+ (above expectation)");
        cx.click("#moment-mot input");
        cx.click("#moment-save");
        cx.awaitText("Moment saved.");
        cx.click("#moment-editor-close");
        cx.await(d -> cx.find("#check-momentOfTruth").getText().contains("Passes"));
        cx.await(d -> canvas.cellText("Get a warm welcome call", "card").contains("9+"));
        snap(cx, "map");
    }

    /** The phase a moment's column is in (its phase band's id). */
    private static String phaseOf(Browser browser, String title) {
        return (String) browser.js("""
                const root = document.querySelector('momentum-journey-canvas').shadowRoot;
                const column = [...root.querySelectorAll('[data-column]')].find(c => c.getAttribute('aria-label') === arguments[0]);
                const phase = column && column.closest('[role=rowgroup]');
                const band = phase && phase.querySelector('[data-phase]');
                return band ? band.dataset.phase : '';""", title);
    }
}
