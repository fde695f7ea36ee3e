package app.momentum.browser;

import app.momentum.bench.MapEditorBenchmarkData;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.internal.Journey;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: the server's heap per open session (a logged-in browser tab) with a page open, measured as
 * the issue asks: N sessions in headless Chromium, the heap after GC before and after they opened the page, divided
 * by N. The app runs in this JVM, so its heap is read directly. So does Selenium's client of each browser (its
 * DevTools websocket and the driver process's buffers, about 0.2 MB a browser): the browsers are started, on a blank
 * page, before the first reading, so the difference is the server's alone — the sessions, their pages and their
 * push connections. Pages: the action list (for reference), a journey the
 * size of the demo tenants' (12 moments; production mode seeds no demo data), and the 200-moment journey. Command and results in docs/benchmarks.md.
 */
class CanvasMemoryBrowserBenchmark extends BrowserTestBase {

    /** Sessions per page; more narrow the spread (-Dbench.sessions=16). */
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 8);

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    @Test
    void heapPerSession() throws Exception {
        TenantFixture.TestTenant tenant = fixture.create("memory");
        tenant.loginAs(Role.CX_MANAGER);
        Journey big = MapEditorBenchmarkData.bigJourney(journeys, maps);
        Journey typical = MapEditorBenchmarkData.demoSizedJourney(journeys, maps);
        TestLogin.logout();
        String email = tenant.user(Role.CX_MANAGER).getEmail();
        String typicalMap = "/journeys/" + typical.getId();

        open(1, email, TenantFixture.PASSWORD, "/actions", 0);
        open(1, email, TenantFixture.PASSWORD, typicalMap, 12);
        open(1, email, TenantFixture.PASSWORD, "/journeys/" + big.getId(), 200); // warmed up: classes, caches, bundle
        // and as many sessions at once as a measured round has: the server's thread and connection pools grow to
        // their size here, not within the first measured round
        open(SESSIONS, email, TenantFixture.PASSWORD, "/actions", 0);

        report("action list", email, TenantFixture.PASSWORD, "/actions", 0);
        report("demo-sized journey map, 12 moments", email, TenantFixture.PASSWORD, typicalMap, 12);
        report("canvas, 200 moments", tenant.user(Role.CX_MANAGER).getEmail(), TenantFixture.PASSWORD,
                "/journeys/" + big.getId(), MapEditorBenchmarkData.MOMENTS);
    }

    private void report(String page, String email, String password, String path, int columns) throws Exception {
        List<Browser> browsers = start(SESSIONS);
        long before = heapAfterGc();
        open(browsers, email, password, path, columns);
        long after = heapAfterGc();
        System.out.printf("BENCHMARK heap per session with the %s open: %.0f KB (%d sessions, %d KB before, %d KB after)%n",
                page, (after - before) / 1024.0 / SESSIONS, SESSIONS, before / 1024, after / 1024);
    }

    /** Starts this many browsers on a blank page: no session yet, but Selenium's client of each is in the heap. */
    private List<Browser> start(int count) throws Exception {
        List<Browser> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Browser browser = newBrowser("en-US");
            browser.js("return document.title"); // the driver's connections are open
            started.add(browser);
        }
        Thread.sleep(2000); // what the previous round left in flight settles before the first reading
        return started;
    }

    private void open(int count, String email, String password, String path, int columns) throws Exception {
        open(start(count), email, password, path, columns);
    }

    /** Opens the page in each browser (a new session each), logged in, and waits until it is shown. */
    private void open(List<Browser> browsers, String email, String password, String path, int columns)
            throws Exception {
        for (Browser browser : browsers) {
            logIn(browser, email, password);
            browser.open(path);
            if (columns > 0) {
                new MapCanvas(browser).awaitColumns(columns);
            }
            browser.waitForVaadin();
        }
        Thread.sleep(1000); // the last round trips settle
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
