package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/** A tab left open after a tenant switch in another tab notices it and refuses changes, visibly. */
class TenantSwitchBrowserIT extends BrowserTestBase {

    @Test
    void aTabOfTheOldTenantSaysSoAndSavesNothing() throws Exception {
        Browser consultant = newBrowser("en-US");
        logIn(consultant, "consultant@demo.example", DEMO_PASSWORD);
        consultant.click("#tenant-demo-energy");
        consultant.awaitText("You are working in Zonnestroom Energie as");
        consultant.open("/journeys");
        consultant.click("#new-journey");
        String name = "Switch " + UUID.randomUUID().toString().substring(0, 6);
        consultant.type("#journey-name input", name);
        consultant.click("#editor-save");
        new MapCanvas(consultant).awaitColumns(0); // the new journey's (empty) map
        String journeyPath = consultant.currentPath();
        String energyTab = consultant.driver.getWindowHandle();

        // tab 2 switches to Harbour Bank; tab 1 is told at once
        consultant.driver.switchTo().newWindow(WindowType.TAB);
        consultant.open("/select-tenant");
        consultant.click("#tenant-demo-bank");
        consultant.awaitText("You are working in Harbour Bank as");
        consultant.driver.switchTo().window(energyTab);
        consultant.awaitText("In another tab you switched to Harbour Bank. This tab still shows Zonnestroom Energie");
        snap(consultant, "told");

        // a change in tab 1 is refused with that message, not dropped silently
        // (the notice covers the page, as it should; the canvas's add event is sent as typing Enter in it would)
        consultant.js("""
                const canvas = document.querySelector('momentum-journey-canvas');
                const phaseId = canvas.shadowRoot.querySelector('[data-add]').dataset.add;
                canvas.dispatchEvent(new CustomEvent('canvas-edit', {bubbles: true, composed: true,
                    detail: {kind: 'add', phaseId, title: 'Moment after switch'}}));""");
        consultant.waitForVaadin();
        consultant.awaitText("Not saved: you switched to Harbour Bank in another tab. Reload this tab first.");
        snap(consultant, "refused");

        // reloading continues in Harbour Bank
        consultant.click("#tenant-switched-reload");
        consultant.awaitText("You are working in Harbour Bank as");
        assertThat(consultant.pageText()).doesNotContain("In another tab you switched");

        // and the energy journey did not get the moment
        consultant.open("/select-tenant");
        consultant.click("#tenant-demo-energy");
        consultant.awaitText("You are working in Zonnestroom Energie as");
        consultant.open(journeyPath);
        consultant.awaitText(name);
        new MapCanvas(consultant).awaitColumns(0);
        assertThat(consultant.pageText()).doesNotContain("Moment after switch");
    }
}
