package app.momentum.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The avatars of the other people on a journey map (the map's presence list), as a browser shows them. */
final class MapVisitors {

    private MapVisitors() {
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Browser browser) {
        return (List<String>) browser.js("return (document.querySelector('#map-visitors').items || []).map(i => i.name);");
    }

    /** Waits up to 10 s for exactly these avatars, in this order. */
    static void await(Browser browser, List<String> expected) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> names(browser).equals(expected));
        } catch (RuntimeException e) {
            throw new AssertionError("Expected the avatars " + expected + " but they are " + names(browser), e);
        }
    }
}
