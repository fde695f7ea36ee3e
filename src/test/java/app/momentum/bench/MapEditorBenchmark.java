package app.momentum.bench;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.ui.JourneyMapView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Benchmark, not a test (surefire does not pick up *Benchmark): server-side time to send the journey map of 200
 * moments — building the view, reading the journey, building the canvas's JSON and writing it as the response would
 * — and the heap the server keeps per open map. Run it with the command in docs/benchmarks.md; it prints its results.
 */
@SpringBootTest
class MapEditorBenchmark extends SpringBrowserlessTest {

    private static final int WARMUP = 15;
    private static final int RUNS = 40;

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void buildTheMapEditorFor200Moments() {
        TestTenant tenant = fixture.create("bench");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = MapEditorBenchmarkData.bigJourney(journeys, maps);

        String route = "journeys/" + journey.getId();
        for (int i = 0; i < WARMUP; i++) {
            navigate(route, Component.class);
            respond();
            navigate("", Component.class);
            respond();
        }
        long[] nanos = new long[RUNS];
        long[] responding = new long[RUNS];
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            navigate("", Component.class);
            respond();
            long start = System.nanoTime();
            navigate(route, JourneyMapView.class);
            long built = System.nanoTime();
            bytes = respond();
            nanos[i] = System.nanoTime() - start;
            responding[i] = System.nanoTime() - built;
        }
        // the same for a light page (the profile), for the app shell's own share of every navigation
        long[] light = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            navigate("", Component.class);
            respond();
            long start = System.nanoTime();
            navigate("profile", Component.class);
            respond();
            light[i] = System.nanoTime() - start;
        }
        Arrays.sort(light);
        System.out.printf("BENCHMARK a light page (the profile) sent: median %.1f ms%n", light[RUNS / 2] / 1e6);
        Arrays.sort(responding);
        System.out.printf("BENCHMARK of which writing the response: median %.1f ms%n", responding[RUNS / 2] / 1e6);
        Arrays.sort(nanos);
        System.out.printf("BENCHMARK map sent, %d moments in %d phases: median %.1f ms, p90 %.1f ms, min %.1f ms (n=%d),"
                        + " %d KB of calls%n", MapEditorBenchmarkData.MOMENTS, MapEditorBenchmarkData.PHASES,
                nanos[RUNS / 2] / 1e6, nanos[RUNS * 9 / 10] / 1e6, nanos[0] / 1e6, RUNS, bytes / 1024);

        // Heap kept per open editor: hold 20 built editors (their whole component trees) and compare the heap.
        List<Component> open = new ArrayList<>();
        navigate("", Component.class);
        System.gc();
        long before = usedHeap();
        for (int i = 0; i < 20; i++) {
            open.add(navigate(route, JourneyMapView.class));
            respond();
            navigate("", Component.class);
            respond();
        }
        System.gc();
        System.out.printf("BENCHMARK retained heap per open map (view of %d moments): %.0f KB%n",
                MapEditorBenchmarkData.MOMENTS, (usedHeap() - before) / 20.0 / 1024);
        open.clear();
    }

    /**
     * The response Vaadin writes after a request: the changes of the component tree and the calls to the browser (the
     * canvas's map is one), as the UIDL JSON text. Returns its length in characters.
     */
    private static long respond() {
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
