package app.momentum.browser;

import app.momentum.bench.MapEditorBenchmarkData;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.internal.Journey;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (failsafe does not pick up *Benchmark): time until headless Chromium has drawn the canvas of
 * a 200-moment journey with every lane, from the start of the page load. The canvas marks the moment it has drawn a
 * model ({@code performance.mark('momentum-canvas-drawn')}), so no polling delay is measured. Command and results in
 * docs/benchmarks.md.
 */
class MapRenderBrowserBenchmark extends BrowserTestBase {

    private static final int RUNS = 10;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    @Test
    void drawTheCanvasFor200Moments() throws Exception {
        TenantFixture.TestTenant tenant = fixture.create("render");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = MapEditorBenchmarkData.bigJourney(journeys, maps);
        TestLogin.logout();

        Browser browser = newBrowser("en-US");
        logIn(browser, tenant.user(Role.CX_MANAGER).getEmail(), TenantFixture.PASSWORD);
        String path = "/journeys/" + journey.getId();
        browser.open(path); // warm-up: the first load also fetches and caches the frontend bundle
        new MapCanvas(browser).awaitColumns(MapEditorBenchmarkData.MOMENTS);
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            browser.driver.get("http://localhost:" + port + path);
            millis[i] = ((Number) browser.await(d -> browser.js(
                    "const m = performance.getEntriesByName('momentum-canvas-drawn'); return m.length ? m[0].startTime : null;")))
                    .doubleValue();
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK Chromium, canvas with %d moments and every lane drawn: median %.0f ms, max %.0f ms (n=%d)%n",
                MapEditorBenchmarkData.MOMENTS, millis[RUNS / 2], millis[RUNS - 1], RUNS);
    }
}
