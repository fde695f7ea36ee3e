package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two people on one journey: each sees the other's changes without reloading, and no save is lost silently (the full
 * form's same-field conflict shows both values). Editing on the canvas itself: {@link JourneyCanvasBrowserIT}.
 */
class LiveCollaborationBrowserIT extends BrowserTestBase {

    @Test
    void changesAppearLiveAndConcurrentSavesAskWhatToDo() throws Exception {
        Browser manager = newBrowser("en-US");
        logIn(manager, "cx@demo-bank.example", DEMO_PASSWORD);
        manager.open("/journeys");
        manager.click("#new-journey");
        String name = "Live " + UUID.randomUUID().toString().substring(0, 6);
        manager.type("#journey-name input", name);
        manager.click("#editor-save");
        new MapCanvas(manager).awaitColumns(0);
        String journeyPath = manager.currentPath();

        Browser contributor = newBrowser("en-US");
        logIn(contributor, "contributor@demo-bank.example", DEMO_PASSWORD);
        contributor.open(journeyPath);
        contributor.awaitText(name);

        // the manager adds a moment; the contributor sees it appear without reloading
        new MapCanvas(manager).addMoment(0, "Shared moment");
        manager.awaitText("Shared moment");
        new MapCanvas(contributor).awaitColumns(1);
        contributor.awaitText("Shared moment");
        snap(contributor, "live-update");

        // both open the moment; the manager saves first, the contributor's save is not silently applied
        open(manager, "Shared moment");
        open(contributor, "Shared moment");
        manager.awaitText("Casey Contributor"); // avatars: the manager sees who else is here
        manager.type("#moment-title input", "Renamed by manager");
        manager.click("#moment-save");
        manager.awaitText("Moment saved.");
        contributor.awaitText("Renamed by manager");

        contributor.type("#moment-title input", "Renamed by contributor");
        contributor.click("#moment-save");
        contributor.awaitText("Someone else changed the same fields");
        assertThat(contributor.find("#merge-row-TITLE").getText()).contains("Renamed by manager", "Renamed by contributor");
        snap(contributor, "conflict");
        contributor.click("#merge-pick-mine-TITLE");
        contributor.click("#merge-apply");
        contributor.awaitText("Moment saved.");
        manager.awaitText("Renamed by contributor");
    }

    @Test
    void presenceFollowsTheTabsOneAvatarPerPersonAndEditingEndsWithTheEditor() throws Exception {
        Browser manager = newBrowser("en-US");
        logIn(manager, "cx@demo-bank.example", DEMO_PASSWORD);
        manager.open("/journeys");
        manager.click("#new-journey");
        String name = "Presence " + UUID.randomUUID().toString().substring(0, 6);
        manager.type("#journey-name input", name);
        manager.click("#editor-save");
        MapCanvas managersCanvas = new MapCanvas(manager).awaitColumns(0);
        String journeyPath = manager.currentPath();
        managersCanvas.addMoment(0, "Watched moment");
        managersCanvas.awaitColumns(1);

        // the contributor opens the journey in two tabs: the manager sees one person
        Browser contributor = newBrowser("en-US");
        logIn(contributor, "contributor@demo-bank.example", DEMO_PASSWORD);
        contributor.open(journeyPath);
        String firstTab = contributor.driver.getWindowHandle();
        contributor.driver.switchTo().newWindow(WindowType.TAB);
        contributor.open(journeyPath);
        contributor.awaitText(name);
        MapVisitors.await(manager, List.of("Casey Contributor"));

        // editing shows on the card (the editor's initials) while the form is open, and ends when it closes
        open(contributor, "Watched moment");
        within(manager, Duration.ofSeconds(10), () -> managersCanvas.initialsOn("Watched moment", "card").contains("CC"));
        contributor.click("#moment-editor-close");
        within(manager, Duration.ofSeconds(10), () -> managersCanvas.initialsOn("Watched moment", "card").isEmpty());

        // another person's browser closes altogether: they leave within seconds
        Browser executive = newBrowser("en-US");
        logIn(executive, "exec@demo-bank.example", DEMO_PASSWORD);
        executive.open(journeyPath);
        executive.awaitText(name);
        MapVisitors.await(manager, List.of("Casey Contributor", "Evelyn Executive"));
        executive.close();
        MapVisitors.await(manager, List.of("Casey Contributor"));

        // closing one tab leaves the person present through the other
        contributor.driver.close();
        contributor.driver.switchTo().window(firstTab);
        Thread.sleep(1500);
        MapVisitors.await(manager, List.of("Casey Contributor"));

        // navigating the last tab away from Momentum: gone within seconds
        contributor.driver.get("about:blank");
        within(manager, Duration.ofSeconds(10), () -> MapVisitors.names(manager).isEmpty());
    }

    private static void within(Browser browser, Duration limit, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, limit).until(d -> condition.getAsBoolean());
    }

    private static void open(Browser browser, String title) {
        new MapCanvas(browser).openForm(title);
    }
}
