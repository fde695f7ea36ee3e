package app.momentum.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The chart in a real browser: the dev-mode bundle (built with the provisioned Node) contains ECharts and
 * our element, which draws, redraws on a new option, sends a click on a bar back with the bar's id, and
 * starts over when it is detached and attached again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EChartBrowserIT {

    /** A page that only exists in tests: a chart, buttons that replace its option and move it, the last click. */
    @Route(value = "test/echart", autoLayout = false)
    @AnonymousAllowed
    public static class ChartTestView extends Div {

        public ChartTestView() {
            EChart chart = new EChart(option("Before", "bar-1"));
            chart.setId("chart");
            Span clicked = new Span("none");
            clicked.setId("clicked");
            chart.addPointClickListener(event -> clicked.setText(
                    event.getSeriesIndex() + "/" + event.getDataIndex() + "/" + event.getId().orElse("-")));
            NativeButton replace = new NativeButton("replace", e -> chart.setOption(option("After", "bar-2")));
            replace.setId("replace");
            // moves the chart to another parent: in the browser the same element is detached and attached again
            Div first = new Div(chart);
            Div second = new Div();
            NativeButton move = new NativeButton("move", e -> {
                (chart.getParent().orElseThrow() == first ? second : first).add(chart);
                clicked.setText("none");
            });
            move.setId("move");
            add(first, second, replace, move, clicked);
        }

        /** One bar that fills the plot, so a click in the middle of the chart hits it. */
        private static EChartOptions option(String category, String id) {
            return EChartOptions.create()
                    .set("animation", JsonNodeFactory.instance.booleanNode(false))
                    .set("grid", JacksonUtils.readTree(
                            "{\"left\": 40, \"right\": 10, \"top\": 10, \"bottom\": 30}"))
                    .categoryXAxis(List.of(category))
                    .valueYAxis(0, 10)
                    .series(EChartOptions.bar("Scores").point(id, category, 10)
                            .set("barWidth", JsonNodeFactory.instance.stringNode("90%")));
        }
    }

    @LocalServerPort int port;

    private WebDriver driver;
    private Path userDataDir;

    @BeforeEach
    void openBrowser() throws IOException {
        userDataDir = Files.createTempDirectory("momentum-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + userDataDir, "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1000,700");
        if (System.getProperty("webdriver.chrome.driver") == null) {
            System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        }
        driver = new ChromeDriver(options);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            if (Boolean.getBoolean("screenshots.always")) {
                screenshot("EChartBrowserIT-last.png");
            }
            driver.quit();
        }
        FileSystemUtils.deleteRecursively(userDataDir.toFile());
    }

    @Test
    void drawsTheChartRedrawsItAndReportsAClickOnABarWithItsIdAlsoAfterADetach() {
        try {
            drawRedrawClickAndMove();
        } catch (AssertionError | RuntimeException e) {
            screenshot("EChartBrowserIT-failure.png");
            throw e;
        }
    }

    private void drawRedrawClickAndMove() {
        driver.get("http://localhost:" + port + "/test/echart");
        WebElement chart = await(d -> d.findElements(By.id("chart")).stream().findFirst().orElse(null));

        // ECharts drew into a canvas in the element's shadow DOM, at the element's size
        Long canvasWidth = await(d -> (Long) js("""
                const canvas = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('canvas');
                return canvas && canvas.getBoundingClientRect().width > 100 ? Math.round(canvas.getBoundingClientRect().width) : null;
                """, chart));
        assertThat(canvasWidth).isGreaterThan(100L);

        clickMiddleOf(chart);
        awaitText("clicked", "0/0/bar-1");

        driver.findElement(By.id("replace")).click();
        await(d -> (Boolean) js("return arguments[0].option && arguments[0].option.xAxis.data[0] === 'After'", chart));
        clickMiddleOf(chart);
        awaitText("clicked", "0/0/bar-2");

        // moved, the element is detached (ECharts instance disposed) and attached again (a new one draws)
        js("arguments[0].setAttribute('data-marker', 'same element')", chart);
        driver.findElement(By.id("move")).click();
        awaitText("clicked", "none");
        WebElement moved = driver.findElement(By.id("chart"));
        assertThat(moved.getDomAttribute("data-marker")).isEqualTo("same element");
        Long canvases = await(d -> (Long) js("""
                const root = arguments[0].shadowRoot;
                const canvas = root && root.querySelector('canvas');
                return canvas && canvas.getBoundingClientRect().width > 100 ? root.querySelectorAll('canvas').length : null;
                """, moved));
        assertThat(canvases).isEqualTo(1L);
        clickMiddleOf(moved);
        awaitText("clicked", "0/0/bar-2");
    }

    private void clickMiddleOf(WebElement chart) {
        // ECharts listens on its own layer inside the shadow root: a real pointer click in the plot area
        new Actions(driver).moveToElement(chart, 0, 10).click().perform();
    }

    private void awaitText(String id, String text) {
        try {
            await(d -> text.equals(d.findElement(By.id(id)).getText()) ? true : null);
        } catch (RuntimeException e) {
            throw new AssertionError("Expected #" + id + " to show " + text + " but it shows "
                    + driver.findElement(By.id(id)).getText(), e);
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshot.dir", "target/browser-screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot: " + e.getMessage());
        }
    }
}
