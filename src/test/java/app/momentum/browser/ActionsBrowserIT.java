package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A CX manager creates an action for a moment and assigns it to a contributor; the contributor's bell
 * counts up without a reload; they open My actions and start the action; the manager's board shows it live.
 */
class ActionsBrowserIT extends BrowserTestBase {

    @Test
    void assignStartAndSeeItLive() throws Exception {
        Browser contributor = newBrowser("en-US");
        logIn(contributor, "contributor@demo-bank.example", DEMO_PASSWORD);
        contributor.awaitText("My actions");
        int unreadBefore = unread(contributor);

        Browser manager = newBrowser("en-US");
        logIn(manager, "cx@demo-bank.example", DEMO_PASSWORD);
        manager.open("/journeys");
        manager.clickText("vaadin-grid-cell-content", "Buying your first home");
        MapCanvas canvas = new MapCanvas(manager);
        manager.await(d -> canvas.columnCount() > 0);
        String moment = canvas.titles().getFirst();
        int openBefore = openActions(canvas, moment);
        canvas.openForm(moment);
        manager.click("#moment-new-action");
        String title = "Call back the same day " + UUID.randomUUID().toString().substring(0, 5);
        manager.type("#action-title input", title);
        manager.click("#action-owner");
        manager.type("#action-owner input", "Casey");
        manager.clickText("vaadin-combo-box-item", "Casey Contributor");
        manager.click("#editor-save");
        manager.await(d -> openActions(canvas, moment) == openBefore + 1); // the actions lane follows

        manager.open("/actions/board");
        manager.awaitText("Action board");

        // the contributor's bell rises without a reload
        contributor.await(d -> unread(contributor) == unreadBefore + 1);
        snap(contributor, "bell");
        contributor.open("/actions/mine");
        contributor.clickText("vaadin-grid-cell-content", title);
        contributor.awaitText("Move to In progress");
        contributor.click("#action-to-in_progress");
        contributor.awaitText("Moved to In progress.");

        // the manager's board shows the move without a reload
        manager.await(d -> manager.find("#board-in_progress").getText().contains(title));
        assertThat(manager.find("#board-planned").getText()).doesNotContain(title);
        snap(manager, "board");
    }

    /** The number on the bell (its text, whether or not Selenium considers the badge visible). */
    private static int unread(Browser browser) {
        String text = String.valueOf(browser.js("const c = document.querySelector('#bell-count'); return c ? c.textContent : '';")).strip();
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** The number in the moment's cell of the open-actions lane (empty when it has none). */
    private static int openActions(MapCanvas canvas, String moment) {
        String digits = canvas.cellText(moment, "actions").replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
