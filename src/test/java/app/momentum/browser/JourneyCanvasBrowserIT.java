package app.momentum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.bench.MapEditorBenchmarkData;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.MomentData;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey map as one picture, clicked and typed on in Chromium: every lane drawn for 12 and for 200 moments,
 * editing in place, dragging a moment and a desired point, the keyboard, and two people at once (their changes to
 * different fields both kept, the same field merged by the second, each seeing where the other is).
 */
class JourneyCanvasBrowserIT extends BrowserTestBase {

    /** Desired emotion per moment; the sixth has none (a gap in the curve), the ninth is the peak. */
    private static final Integer[] DESIRED = {0, 1, 1, -1, 0, null, 1, 2, 3, 1, 0, 2};

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;
    Journey journey;
    List<Phase> phases;

    @BeforeEach
    void aTwelveMomentJourney() {
        tenant = fixture.create("canvas");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Orientation", "Purchase", "Use"));
        phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        List<JourneyMapService.NewMoment> planned = new ArrayList<>();
        for (int i = 0; i < DESIRED.length; i++) {
            planned.add(new JourneyMapService.NewMoment(phases.get(i / 4).getId(), new MomentData("Moment " + (i + 1),
                    "Does " + (i + 1), i % 2 == 0 ? "Thinks " + (i + 1) : null, null, null, null,
                    i % 3 == 0 ? MomentNature.EMOTIONAL : MomentNature.FUNCTIONAL,
                    i == 8 ? TargetLevel.NINE_PLUS : TargetLevel.SEVEN_PLUS, i == 8, i == 3, List.of(), null, null,
                    List.of(), List.of(), i % 2 == 0 ? -1 : 0, DESIRED[i], null, null, null, null)));
        }
        maps.addMoments(journey.getId(), planned);
        TestLogin.logout();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theWholeJourneyIsOnePictureWithEveryLaneAndTheEmotionLaneAlignedWithTheMoments() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        assertThat(canvas.titles()).containsExactly("Moment 1", "Moment 2", "Moment 3", "Moment 4", "Moment 5", "Moment 6",
                "Moment 7", "Moment 8", "Moment 9", "Moment 10", "Moment 11", "Moment 12");
        assertThat(((Number) cx.js("return document.querySelector('momentum-journey-canvas').shadowRoot"
                + ".querySelectorAll('[data-lane-head]').length")).intValue()).isEqualTo(13);
        assertThat(canvas.cellText("Moment 3", "does")).isEqualTo("Does 3");
        // a point per moment with a desired emotion; a line only between neighbours that both have one
        for (int i = 0; i < DESIRED.length; i++) {
            if (DESIRED[i] != null) {
                assertThat(canvas.desiredPoint("Moment " + (i + 1)).getAttribute("aria-valuenow")).isEqualTo(String.valueOf(DESIRED[i]));
            }
        }
        assertThat(canvas.segments("desired")).isEqualTo(DESIRED.length - 1 - 2); // the gap at moment 6 breaks two segments
        cx.awaitText("Peak");
        snap(cx, "twelve-moments");
    }

    @Test
    void twoHundredMomentsAreDrawnWithEveryLane() throws Exception {
        tenant.loginAs(Role.CX_MANAGER);
        Journey big = MapEditorBenchmarkData.bigJourney(journeys, maps);
        TestLogin.logout();
        Browser cx = newBrowser("en-US");
        logIn(cx, tenant.user(Role.CX_MANAGER).getEmail(), TenantFixture.PASSWORD);
        cx.open("/journeys/" + big.getId());
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(MapEditorBenchmarkData.MOMENTS);
        assertThat(canvas.titles()).hasSize(MapEditorBenchmarkData.MOMENTS).endsWith(
                "Moment 199 with a realistic, somewhat longer title");
        assertThat(((Number) cx.js("return document.querySelector('momentum-journey-canvas').shadowRoot"
                + ".querySelectorAll('[data-lane]').length")).intValue())
                .isEqualTo(MapEditorBenchmarkData.MOMENTS * 13); // a cell per lane (the emotion lane's picture lies over its cells)
        snap(cx, "two-hundred-moments");
    }

    @Test
    void aCellEditedInPlaceIsSavedAndStaysAfterAReload() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        canvas.edit("Moment 2", "feels", "Relieved that it is simple");
        cx.await(d -> "Relieved that it is simple".equals(stored("Moment 2", Moment::getCustomerFeels)));
        cx.open("/journeys/" + journey.getId());
        new MapCanvas(cx).awaitColumns(12);
        cx.await(d -> "Relieved that it is simple".equals(new MapCanvas(cx).cellText("Moment 2", "feels")));
    }

    @Test
    void theKeyboardMovesBetweenCellsEditsAndLeaves() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        WebElement first = canvas.cell("Moment 1", "does");
        cx.js("arguments[0].focus()", first);
        cx.press(Keys.ARROW_RIGHT);
        assertThat(canvas.focusedMoment()).isEqualTo(canvas.momentId("Moment 2"));
        assertThat(canvas.focusedLane()).isEqualTo("does");
        cx.press(Keys.ARROW_DOWN);
        assertThat(canvas.focusedLane()).isEqualTo("thinks");
        cx.press(Keys.ENTER);
        assertThat(canvas.editorOpen()).isTrue();
        canvas.type("typed but abandoned");
        cx.press(Keys.ESCAPE);
        assertThat(canvas.editorOpen()).isFalse();
        assertThat(stored("Moment 2", Moment::getCustomerThinks)).isNull();
        cx.press(Keys.ENTER);
        canvas.type("Is this the right bank?", Keys.ENTER);
        cx.await(d -> "Is this the right bank?".equals(stored("Moment 2", Moment::getCustomerThinks)));
        // Ctrl+Z undoes one's own last change
        new Actions(cx.driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        cx.await(d -> stored("Moment 2", Moment::getCustomerThinks) == null);
    }

    @Test
    void aMomentDraggedIntoAnotherPhaseLandsBeforeTheMomentItWasDroppedOn() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        canvas.drag("Moment 2", "Moment 6");
        cx.await(d -> titlesOf(1).equals(List.of("Moment 5", "Moment 2", "Moment 6", "Moment 7", "Moment 8")));
        assertThat(titlesOf(0)).containsExactly("Moment 1", "Moment 3", "Moment 4");
        cx.await(d -> canvas.titles().indexOf("Moment 2") == 4);
        // undo puts it back where it was
        canvas.clickInCanvas("[data-undo]");
        cx.await(d -> titlesOf(0).equals(List.of("Moment 1", "Moment 2", "Moment 3", "Moment 4")));
        cx.await(d -> canvas.titles().indexOf("Moment 2") == 1);
    }

    @Test
    void onATabletACardIsDraggedByItsHandleWithAFingerAndATapOpensACell() throws Exception {
        Browser cx = newBrowser("en-US");
        cx.viewport(1024, 768);
        ((org.openqa.selenium.chrome.ChromeDriver) cx.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                java.util.Map.of("enabled", true, "maxTouchPoints", 5));
        logIn(cx, tenant.user(Role.CX_MANAGER).getEmail(), TenantFixture.PASSWORD);
        cx.open("/journeys/" + journey.getId());
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        canvas.touchDrag(canvas.handle("Moment 1"), canvas.cell("Moment 3", "card"));
        cx.await(d -> titlesOf(0).equals(List.of("Moment 2", "Moment 1", "Moment 3", "Moment 4")));
        canvas.tap(canvas.cell("Moment 2", "feels"));
        cx.await(d -> canvas.editorOpen());
        snap(cx, "tablet");
    }

    @Test
    void theDesiredEmotionIsSetByDraggingItsPointAndByTheArrowKeys() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        WebElement point = canvas.desiredPoint("Moment 4"); // -1
        cx.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", point);
        int step = laneStep(cx);
        new Actions(cx.driver).clickAndHold(point).moveByOffset(0, -step).moveByOffset(0, -2 * step).release().perform();
        cx.await(d -> Integer.valueOf(2).equals(stored("Moment 4", Moment::getDesiredEmotion)));
        WebElement moved = canvas.desiredPoint("Moment 4");
        cx.js("arguments[0].focus()", moved);
        cx.press(Keys.ARROW_UP);
        cx.await(d -> Integer.valueOf(3).equals(stored("Moment 4", Moment::getDesiredEmotion)));
    }

    @Test
    void twoPeopleEditingDifferentFieldsOfOneMomentBothKeepTheirChange() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        Browser contributor = openAs(Role.CONTRIBUTOR, "en-US");
        MapCanvas mine = new MapCanvas(cx).awaitColumns(12);
        MapCanvas theirs = new MapCanvas(contributor).awaitColumns(12);
        mine.startEditing("Moment 5", "feels");
        theirs.startEditing("Moment 5", "thinks");
        mine.type("Nervous", Keys.ENTER);
        cx.await(d -> "Nervous".equals(stored("Moment 5", Moment::getCustomerFeels)));
        theirs.replaceText("Will it work?", Keys.ENTER); // replaces "Thinks 5"
        contributor.await(d -> "Will it work?".equals(stored("Moment 5", Moment::getCustomerThinks)));
        assertThat(stored("Moment 5", Moment::getCustomerFeels)).isEqualTo("Nervous");
        // each sees the other's change in place
        cx.await(d -> "Will it work?".equals(mine.cellText("Moment 5", "thinks")));
        contributor.await(d -> "Nervous".equals(theirs.cellText("Moment 5", "feels")));
    }

    @Test
    void theSameFieldChangedByTwoPeopleShowsBothValuesToTheSecond() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        Browser contributor = openAs(Role.CONTRIBUTOR, "en-US");
        MapCanvas mine = new MapCanvas(cx).awaitColumns(12);
        MapCanvas theirs = new MapCanvas(contributor).awaitColumns(12);
        mine.startEditing("Moment 7", "does");
        theirs.startEditing("Moment 7", "does");
        mine.replaceText("Signs the deed", Keys.ENTER);
        cx.await(d -> "Signs the deed".equals(stored("Moment 7", Moment::getCustomerDoes)));
        theirs.replaceText("Signs at the notary", Keys.ENTER);
        WebElement dialog = contributor.find("#merge-dialog");
        contributor.await(d -> dialog.getText().contains("Signs the deed") && dialog.getText().contains("Signs at the notary"));
        snap(contributor, "merge-dialog");
        assertThat(stored("Moment 7", Moment::getCustomerDoes)).isEqualTo("Signs the deed"); // nothing overwritten unseen
        contributor.click("#merge-pick-mine-CUSTOMER_DOES");
        contributor.click("#merge-apply");
        contributor.await(d -> "Signs at the notary".equals(stored("Moment 7", Moment::getCustomerDoes)));
        cx.await(d -> "Signs at the notary".equals(mine.cellText("Moment 7", "does")));
    }

    @Test
    void theCellSomeoneEditsIsOutlinedWithTheirInitialsForTheOthers() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        Browser contributor = openAs(Role.CONTRIBUTOR, "en-US");
        MapCanvas mine = new MapCanvas(cx).awaitColumns(12);
        MapCanvas theirs = new MapCanvas(contributor).awaitColumns(12);
        theirs.startEditing("Moment 3", "feels");
        String initials = initials(tenant.user(Role.CONTRIBUTOR).getDisplayName());
        cx.await(d -> mine.initialsOn("Moment 3", "feels").contains(initials));
        snap(cx, "presence");
        contributor.press(Keys.ESCAPE);
        cx.await(d -> mine.initialsOn("Moment 3", "feels").isEmpty());
    }

    @Test
    void anExecutiveReadsTheCanvasButCannotEditIt() throws Exception {
        Browser exec = openAs(Role.EXECUTIVE, "nl-NL");
        MapCanvas canvas = new MapCanvas(exec).awaitColumns(12);
        canvas.cell("Moment 1", "does").click();
        exec.waitForVaadin();
        assertThat(canvas.editorOpen()).isFalse();
        assertThat(exec.js("return document.querySelector('momentum-journey-canvas').shadowRoot.querySelector('[data-add]')")).isNull();
        exec.awaitText("Klant doet");
        snap(exec, "executive-dutch");
    }

    @Test
    void aHiddenLaneStaysHiddenForTheUserAndIsLeftOutOfTheExport() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        assertThat(canvas.exportSvg()).contains("Customer thinks", "Moment 12", "Does 12");
        canvas.clickInCanvas(".lanes-button");
        canvas.clickInCanvas("[data-lane-toggle='thinks']");
        cx.await(d -> !canvas.laneHeads().contains("thinks"));
        cx.open("/journeys/" + journey.getId()); // remembered: the next visit shows the same lanes
        MapCanvas again = new MapCanvas(cx).awaitColumns(12);
        assertThat(again.laneHeads()).doesNotContain("thinks").contains("does", "feels", "emotion");
        String svg = again.exportSvg();
        assertThat(svg).doesNotContain("Customer thinks", "Thinks 1").contains("Customer does", "Does 1");
        assertThat(cx.js("return new DOMParser().parseFromString(arguments[0], 'image/svg+xml')"
                + ".getElementsByTagName('parsererror').length", svg)).isEqualTo(0L);
        // the PNG is that picture drawn at twice its size
        @SuppressWarnings("unchecked")
        List<Object> png = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) cx.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.querySelector('momentum-journey-canvas').exportPng()
                    .then(blob => createImageBitmap(blob).then(image => done([blob.type, image.width])))
                    .catch(error => done(['failed', String(error)]));""");
        double svgWidth = ((Number) cx.js("return new DOMParser().parseFromString(arguments[0], 'image/svg+xml')"
                + ".documentElement.getAttribute('width') * 1", svg)).doubleValue();
        assertThat(png.get(0)).isEqualTo("image/png");
        assertThat(((Number) png.get(1)).doubleValue()).isCloseTo(2 * svgWidth, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void thePresentationStepsThroughTheMomentsWithTheKeyboardAndTheWorkshopStaysEditable() throws Exception {
        Browser cx = openAs(Role.CX_MANAGER, "en-US");
        MapCanvas canvas = new MapCanvas(cx).awaitColumns(12);
        canvas.clickInCanvas("[data-mode='presentation']");
        cx.await(d -> "presentation".equals(canvas.mode()));
        cx.awaitText("Moment 1 of 12");
        cx.press(Keys.ARROW_RIGHT);
        cx.press(Keys.ARROW_RIGHT);
        cx.awaitText("Moment 3 of 12");
        // the emotion lane builds up: the desired curve is drawn only up to the current moment
        assertThat(canvas.segments("desired")).isEqualTo(2);
        snap(cx, "presentation");
        cx.press(Keys.ESCAPE);
        cx.await(d -> "edit".equals(canvas.mode()));
        assertThat(canvas.segments("desired")).isEqualTo(DESIRED.length - 1 - 2);
        // the workshop: the whole map, larger, still editable; Esc leaves it
        canvas.clickInCanvas("[data-mode='workshop']");
        cx.await(d -> "workshop".equals(canvas.mode()));
        canvas.edit("Moment 9", "feels", "Proud");
        cx.await(d -> "Proud".equals(stored("Moment 9", Moment::getCustomerFeels)));
        cx.press(Keys.ESCAPE);
        cx.await(d -> "edit".equals(canvas.mode()));
    }

    private Browser openAs(Role role, String language) throws Exception {
        Browser browser = newBrowser(language);
        logIn(browser, tenant.user(role).getEmail(), TenantFixture.PASSWORD);
        browser.open("/journeys/" + journey.getId());
        return browser;
    }

    /** Pixels between two emotion levels in the emotion lane (its height spans -3..+3 plus padding). */
    private static int laneStep(Browser browser) {
        Number step = (Number) browser.js("""
                const root = document.querySelector('momentum-journey-canvas').shadowRoot;
                const lines = [...root.querySelectorAll('.emotion-svg line')].filter(l => l.getAttribute('x1') === '0');
                return Math.abs(lines[1].getAttribute('y1') - lines[0].getAttribute('y1'));""");
        return (int) Math.round(step.doubleValue());
    }

    private <T> T stored(String title, Function<Moment, T> field) {
        tenant.loginAs(Role.CX_MANAGER);
        try {
            return maps.load(journey.getId()).moments().stream().filter(m -> m.getTitle().equals(title)).findFirst()
                    .map(field).orElse(null);
        } finally {
            TestLogin.logout();
        }
    }

    private List<String> titlesOf(int phaseIndex) {
        tenant.loginAs(Role.CX_MANAGER);
        try {
            var map = maps.load(journey.getId());
            return map.momentsByPhase().get(List.copyOf(map.momentsByPhase().keySet()).get(phaseIndex)).stream()
                    .map(Moment::getTitle).toList();
        } finally {
            TestLogin.logout();
        }
    }

    private static String initials(String displayName) {
        String[] words = displayName.strip().split("\\s+");
        return (words[0].substring(0, 1) + (words.length > 1 ? words[words.length - 1].substring(0, 1) : "")).toUpperCase();
    }
}
