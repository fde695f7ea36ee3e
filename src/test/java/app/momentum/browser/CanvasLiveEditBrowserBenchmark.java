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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test: how long an edit in one browser takes to appear in a second one on the 200-moment journey,
 * from the key press that saves it to the moment the other canvas shows the new text (both browsers on this machine
 * read the same clock: {@code performance.timeOrigin + performance.now()}). Command and results in docs/benchmarks.md.
 */
class CanvasLiveEditBrowserBenchmark extends BrowserTestBase {

    private static final int WARMUP = 3;
    private static final int RUNS = 15;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    @Test
    void anEditAppearsInTheOtherBrowser() throws Exception {
        TenantFixture.TestTenant tenant = fixture.create("live-edit");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = MapEditorBenchmarkData.bigJourney(journeys, maps);
        TestLogin.logout();
        String path = "/journeys/" + journey.getId();

        Browser editor = newBrowser("en-US");
        logIn(editor, tenant.user(Role.CX_MANAGER).getEmail(), TenantFixture.PASSWORD);
        editor.open(path);
        Browser watcher = newBrowser("en-US");
        logIn(watcher, tenant.user(Role.CONTRIBUTOR).getEmail(), TenantFixture.PASSWORD);
        watcher.open(path);
        MapCanvas editing = new MapCanvas(editor).awaitColumns(MapEditorBenchmarkData.MOMENTS);
        MapCanvas watching = new MapCanvas(watcher).awaitColumns(MapEditorBenchmarkData.MOMENTS);
        String title = "Moment 100 with a realistic, somewhat longer title";

        double[] millis = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            String text = "Edited live, round " + i;
            WebElement cell = watching.cell(title, "feels");
            watcher.js("""
                    const root = arguments[0].getRootNode(), selector = arguments[1], text = arguments[2];
                    window.__seenAt = null;
                    const seen = () => { const cell = root.querySelector(selector);
                        if (!window.__seenAt && cell && cell.textContent.includes(text)) {
                            window.__seenAt = performance.timeOrigin + performance.now(); } };
                    if (window.__observer) window.__observer.disconnect();
                    window.__observer = new MutationObserver(seen);
                    window.__observer.observe(root, {subtree: true, childList: true, characterData: true});
                    """, cell, "[data-moment='" + watching.momentId(title) + "'][data-lane='feels']", text);
            editing.startEditing(title, "feels");
            WebElement textarea = editing.editor();
            editing.replaceText(text);
            double sentAt = ((Number) editor.js("""
                    const area = arguments[0];
                    const at = performance.timeOrigin + performance.now();
                    area.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
                    return at;""", textarea)).doubleValue();
            double seenAt = ((Number) watcher.await(d -> watcher.js("return window.__seenAt;"))).doubleValue();
            if (i >= WARMUP) {
                millis[i - WARMUP] = seenAt - sentAt;
            }
            editor.waitForVaadin();
        }
        Arrays.sort(millis);
        System.out.printf("BENCHMARK canvas edit visible in a second browser (%d moments): median %.0f ms, max %.0f ms (n=%d)%n",
                MapEditorBenchmarkData.MOMENTS, millis[RUNS / 2], millis[RUNS - 1], RUNS);
    }
}
