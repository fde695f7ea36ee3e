package app.momentum.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, with helpers for Vaadin pages (whose text partly lives in
 * shadow DOM). Binary and driver come from system properties set by the build.
 */
final class Browser implements AutoCloseable {

    private static final String DEEP_TEXT = """
            const parts = [];
            const walk = node => {
              if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
              if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
              if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') return;
              if (node.shadowRoot) walk(node.shadowRoot);
              node.childNodes.forEach(walk);
            };
            walk(document.body);
            return parts.join(' ').replace(/\\s+/g, ' ');
            """;

    final WebDriver driver;
    private final String baseUrl;
    private final Path userDataDir;

    Browser(String baseUrl, String language) throws IOException {
        this.baseUrl = baseUrl;
        this.userDataDir = Files.createTempDirectory("momentum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + userDataDir, "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1400,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // keep the browser console, so tests can look for errors such as Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (System.getProperty("webdriver.chrome.driver") == null) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        this.driver = new ChromeDriver(options);
    }

    /** Emulates a screen of this size (a phone, a tablet) from now on; pages keep it across navigation. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Presses keys on whatever has the focus, like a keyboard user. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    /** The id of the focused element (of the element itself, or of its nearest ancestor that has one). */
    String focusedId() {
        return (String) js("""
                let a = document.activeElement;
                // a field's own <input> has a generated id: report the field
                if (a && (a.localName === 'input' || a.localName === 'textarea') && a.parentElement) a = a.parentElement;
                const withId = a && a.closest('[id]');
                return withId ? withId.id : null;""");
    }

    void open(String path) {
        driver.get(baseUrl + path);
        awaitFrontendBundle();
        waitForVaadin();
    }

    /**
     * After a frontend change, the dev-mode server first builds its bundle (a minute or more) and serves a
     * placeholder page meanwhile; wait for it and load the page again, so the first test is not timed out.
     */
    private void awaitFrontendBundle() {
        long until = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        while (String.valueOf(js("return document.body ? document.body.innerText : ''")).contains("Building front-end development bundle")
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            driver.navigate().refresh();
        }
    }

    /** Waits until Vaadin has no pending server round trip. */
    void waitForVaadin() {
        await(d -> (Boolean) js("""
                if (document.readyState !== 'complete') return false;
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) return true;
                return Object.values(clients).every(c => !c.isActive || !c.isActive());
                """));
    }

    String pageText() {
        return (String) js(DEEP_TEXT);
    }

    void awaitText(String text) {
        try {
            await(d -> pageText().contains(text));
        } catch (RuntimeException e) {
            throw new AssertionError("Expected the page to show \"" + text + "\" but it shows: " + pageText(), e);
        }
    }

    WebElement find(String css) {
        return await(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    void click(String css) {
        WebElement element = find(css);
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    /** Clicks the first element matching {@code css} whose text is {@code text} (e.g. an item in an overlay). */
    void clickText(String css, String text) {
        WebElement element = await(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.isDisplayed() && text.equals(e.getText().strip())).findFirst().orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** What the page wrote to the browser console since the last call (level and text). */
    List<String> takeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
