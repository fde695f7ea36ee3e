package app.momentum.browser;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a screenshot of every open browser under target/browser-screenshots when a test fails. Runs right
 * after the test method, before {@code @AfterEach} closes the browsers.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of(System.getProperty("screenshot.dir", "target/browser-screenshots"));

    private final Supplier<Iterable<Browser>> browsers;

    ScreenshotOnFailure(Supplier<Iterable<Browser>> browsers) {
        this.browsers = browsers;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        int i = 0;
        for (Browser browser : browsers.get()) {
            browser.screenshot(DIRECTORY.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failure-" + (i++) + ".png"));
        }
    }
}
