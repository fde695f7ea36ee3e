package app.momentum.browser;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot of every open browser under target/browser-screenshots when a test fails. */
final class ScreenshotOnFailure implements TestWatcher {

    static final Path DIRECTORY = Path.of(System.getProperty("screenshot.dir", "target/browser-screenshots"));

    private final Supplier<Iterable<Browser>> browsers;

    ScreenshotOnFailure(Supplier<Iterable<Browser>> browsers) {
        this.browsers = browsers;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        int i = 0;
        for (Browser browser : browsers.get()) {
            browser.screenshot(DIRECTORY.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-" + (i++) + ".png"));
        }
    }
}
