package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The maturity scan in a real browser: a CX manager opens a round with a contributor as participant; the contributor
 * finds it on top of the scan page, answers all 42 statements (C "partly" throughout), submits after the confirm and
 * sees the compass drawn, with the quadrant totals in words.
 */
class MaturityScanBrowserIT extends BrowserTestBase {

    @Test
    void aParticipantAnswersSubmitsAndSeesTheCompass() throws Exception {
        Browser manager = newBrowser("en-US");
        logIn(manager, "cx@demo-bank.example", DEMO_PASSWORD);
        manager.open("/maturity");
        manager.awaitText("Maturity scan");
        manager.click("#maturity-open");
        String name = "Scan " + UUID.randomUUID().toString().substring(0, 5);
        manager.type("#maturity-open-name input", name);
        manager.click("#maturity-open-participants");
        manager.type("#maturity-open-participants input", "Casey");
        manager.clickText("vaadin-multi-select-combo-box-item", "Casey Contributor");
        manager.press(Keys.ESCAPE); // closes the participants' list (its overlay covers the fields)
        manager.click("#editor-save");
        manager.await(d -> manager.currentPath().matches("/maturity/[0-9a-f-]{36}"));
        String roundPath = manager.currentPath();
        manager.awaitText(name);

        Browser contributor = newBrowser("en-US");
        logIn(contributor, "contributor@demo-bank.example", DEMO_PASSWORD);
        contributor.open("/maturity");
        contributor.awaitText("Your rounds to answer");
        contributor.click("#maturity-answer-" + roundPath.substring("/maturity/".length()));
        contributor.awaitText("0 of 42 answered");
        assertThat(contributor.currentPath()).isEqualTo(roundPath);
        assertThat(contributor.pageText()).doesNotContain("Quadrant totals");
        for (int statement = 1; statement <= 42; statement++) {
            contributor.click("#maturity-statement-" + statement + " vaadin-radio-button:nth-of-type(3)");
        }
        contributor.awaitText("42 of 42 answered");
        contributor.click("#maturity-submit");
        contributor.await(d -> (Boolean) contributor.js(
                "return !!document.querySelector(\"vaadin-confirm-dialog [slot='confirm-button']\");"));
        contributor.js("document.querySelector(\"vaadin-confirm-dialog [slot='confirm-button']\").click();");
        contributor.waitForVaadin();

        contributor.awaitText("Quadrant totals");
        contributor.awaitText("Define: 26.0 of 52 — Advanced");
        contributor.await(d -> (Boolean) contributor.js("""
                const chart = document.querySelector('#maturity-compass');
                return !!(chart && chart.shadowRoot && chart.shadowRoot.querySelector('canvas')
                    && chart.getBoundingClientRect().height > 100);
                """));
        snap(contributor, "compass");
    }
}
