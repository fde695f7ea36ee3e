package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;

/** Typing "@" in a comment offers the members; the chosen one is shown as a mention and is notified. */
class MentionsBrowserIT extends BrowserTestBase {

    @Test
    void typingAtCompletesAMemberByKeyboardAndThePostedCommentShowsTheMention() throws Exception {
        Browser manager = newBrowser("en-US");
        logIn(manager, "cx@demo-bank.example", DEMO_PASSWORD);
        manager.open("/journeys");
        manager.click("#new-journey");
        manager.type("#journey-name input", "Mentions " + UUID.randomUUID().toString().substring(0, 6));
        manager.click("#editor-save");
        MapCanvas canvas = new MapCanvas(manager).awaitColumns(0);
        canvas.addMoment(0, "Discussed moment");
        canvas.awaitColumns(1);
        canvas.openForm("Discussed moment");
        assertThat(manager.driver.findElements(By.cssSelector("#comments-panel vaadin-multi-select-combo-box")))
                .as("one way to mention: no separate picker").isEmpty();

        WebElement text = manager.find("#comment-text textarea");
        text.sendKeys("Kun je dit checken @cas");
        WebElement offered = manager.await(d -> d.findElements(By.cssSelector(".momentum-mentions li")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(offered.getText()).isEqualTo("Casey Contributor");
        manager.await(d -> "true".equals(text.getAttribute("aria-expanded")));
        String active = manager.await(d -> {
            String id = text.getAttribute("aria-activedescendant");
            return id == null || id.isEmpty() ? null : id;
        });
        assertThat(manager.driver.findElement(By.id(active)).getText()).isEqualTo("Casey Contributor");
        assertThat(manager.driver.findElement(By.id(active)).getAttribute("role")).isEqualTo("option");
        text.sendKeys(Keys.ENTER);
        text.sendKeys("graag");
        assertThat(text.getAttribute("value")).isEqualTo("Kun je dit checken @Casey Contributor graag");
        snap(manager, "completion");

        manager.click("#comment-post");
        WebElement chip = manager.find("#comments-panel .comment-text .mention");
        assertThat(chip.getText()).isEqualTo("@Casey Contributor");
        assertThat(manager.find("#comments-panel .comment-text").getText()).isEqualTo("Kun je dit checken @Casey Contributor graag");
        snap(manager, "posted");

        Browser casey = newBrowser("en-US");
        logIn(casey, "contributor@demo-bank.example", DEMO_PASSWORD);
        casey.open("/notifications");
        casey.awaitText("Chris Experience mentioned you on “Discussed moment”");
    }
}
