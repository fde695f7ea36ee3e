package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.live.Presence;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The server side of the canvas: what it sends (the whole map once, then patches of only what changed) and what it
 * does with the canvas's events — checked, role-bound, refused with a message, never half done. The browser side is
 * tested in {@code JourneyCanvasBrowserIT}.
 */
@SpringBootTest
class JourneyCanvasViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired Presence presence;

    TestTenant tenant;
    Journey journey;
    UUID first;
    UUID second;
    UUID third;
    UUID phaseA;
    UUID phaseB;

    @BeforeEach
    void aJourneyWithThreeMoments() {
        tenant = fixture.create("canvas");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Canvas", JourneyType.SIGNATURE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAPPING), List.of("A", "B"));
        List<Phase> phaseList = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        phaseA = phaseList.get(0).getId();
        phaseB = phaseList.get(1).getId();
        first = maps.addMoment(phaseA, "first").getId();
        second = maps.addMoment(phaseA, "second").getId();
        third = maps.addMoment(phaseA, "third").getId();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theCanvasGetsItsTextsLanesAndTheWholeMapOnce() {
        open();
        assertThat(argument("setI18n").get("canvas.error.readOnly").asString()).isNotBlank();
        assertThat(argument("setLanes").get("order")).hasSize(13);
        JsonNode model = argument("setModel");
        assertThat(model.get("editable").asBoolean()).isTrue();
        assertThat(model.get("phases")).extracting(p -> p.get("name").asString()).containsExactly("A", "B");
        assertThat(model.get("phases").get(0).get("momentIds")).extracting(JsonNode::asString)
                .containsExactly(first.toString(), second.toString(), third.toString());
        assertThat(model.get("moments")).extracting(m -> m.get("title").asString()).containsExactly("first", "second", "third");
        assertThat(model.get("editableLanes")).extracting(JsonNode::asString).contains("card", "does", "emotion")
                .doesNotContain("owners", "measured");
    }

    @Test
    void theComponentIsAModuleInTheFrontendFolder() {
        JsModule module = JourneyCanvas.class.getAnnotation(JsModule.class);
        assertThat(Path.of("frontend").resolve(module.value().substring(2))).satisfies(path ->
                assertThat(Files.isRegularFile(path)).as("%s exists", path).isTrue());
    }

    @Test
    void aMomentDroppedBeforeAnotherLandsThereAndOnlyThePhasesTravel() {
        open();
        edit("{\"kind\":\"move\",\"momentId\":\"%s\",\"phaseId\":\"%s\",\"beforeId\":\"%s\"}".formatted(first, phaseA, third));
        assertThat(titles(phaseA)).containsExactly("second", "first", "third");
        JsonNode patch = argument("applyPatch");
        assertThat(patch.get("phases").get(0).get("momentIds")).extracting(JsonNode::asString)
                .containsExactly(second.toString(), first.toString(), third.toString());
        assertThat(patch.get("moments")).isEmpty(); // no column's content changed: only the order
    }

    @Test
    void aMomentDroppedInAnotherPhaseWithoutABeforeGoesToItsEnd() {
        open();
        edit("{\"kind\":\"move\",\"momentId\":\"%s\",\"phaseId\":\"%s\",\"beforeId\":null}".formatted(second, phaseB));
        assertThat(titles(phaseA)).containsExactly("first", "third");
        assertThat(titles(phaseB)).containsExactly("second");
        JsonNode patch = argument("applyPatch");
        assertThat(patch.get("moments")).extracting(m -> m.get("title").asString()).containsExactly("second");
        assertThat(patch.get("moments").get(0).get("phaseId").asString()).isEqualTo(phaseB.toString());
    }

    @Test
    void aMomentTypedIntoAPhasesEmptyColumnIsAddedAtItsEnd() {
        open();
        edit("{\"kind\":\"add\",\"phaseId\":\"%s\",\"title\":\"fourth\"}".formatted(phaseA));
        assertThat(titles(phaseA)).containsExactly("first", "second", "third", "fourth");
        assertThat(argument("applyPatch").get("moments")).extracting(m -> m.get("title").asString()).containsExactly("fourth");
    }

    @Test
    void anEmptyTitleIsRefusedWithAMessageAndNothingIsAdded() {
        open();
        edit("{\"kind\":\"add\",\"phaseId\":\"%s\",\"title\":\"  \"}".formatted(phaseA));
        assertThat(titles(phaseA)).containsExactly("first", "second", "third");
        assertThat(notifications()).isNotEmpty();
    }

    @Test
    void garbledEventsAreRefusedWithAMessageAndChangeNothing() {
        open();
        edit("{\"kind\":\"move\",\"momentId\":\"not-a-moment\",\"phaseId\":\"%s\"}".formatted(phaseA));
        edit("{\"kind\":\"field\",\"momentId\":\"%s\",\"field\":\"password\",\"base\":null,\"value\":\"x\"}".formatted(first));
        edit("{\"kind\":\"explode\"}");
        assertThat(titles(phaseA)).containsExactly("first", "second", "third");
        assertThat(notifications()).contains(UI.getCurrent().getTranslation("canvas.error.invalidEdit"));
    }

    @Test
    void anExecutiveSeesAReadOnlyCanvasAndItsEditsAreRefused() {
        tenant.loginAs(Role.EXECUTIVE);
        open();
        JsonNode model = argument("setModel");
        assertThat(model.get("editable").asBoolean()).isFalse();
        assertThat(model.get("editableLanes")).isEmpty();
        edit("{\"kind\":\"move\",\"momentId\":\"%s\",\"phaseId\":\"%s\",\"beforeId\":\"%s\"}".formatted(third, phaseA, first));
        edit("{\"kind\":\"add\",\"phaseId\":\"%s\",\"title\":\"sneaky\"}".formatted(phaseA));
        assertThat(titles(phaseA)).containsExactly("first", "second", "third");
        assertThat(notifications()).contains(UI.getCurrent().getTranslation("canvas.error.readOnly"));
    }

    @Test
    void aContributorEditsTheCustomersLanesButNotWhatOtherRulesOwn() {
        tenant.loginAs(Role.CONTRIBUTOR);
        open();
        assertThat(argument("setModel").get("editableLanes")).extracting(JsonNode::asString)
                .containsExactly("card", "does", "thinks", "feels", "channel", "otherParty", "emotion");
        edit("{\"kind\":\"field\",\"momentId\":\"%s\",\"field\":\"does\",\"base\":null,\"value\":\"Calls the bank\"}"
                .formatted(first));
        assertThat(maps.findMoment(first).orElseThrow().getCustomerDoes()).isEqualTo("Calls the bank");
        assertThat(argument("applyPatch").get("moments")).extracting(m -> m.get("does").asString()).containsExactly("Calls the bank");
    }

    @Test
    void aCellSavedMeanwhileBySomeoneElseOpensTheMergeDialogAndNothingIsOverwritten() {
        open();
        Moment moment = maps.findMoment(second).orElseThrow();
        maps.saveMoment(second, moment.getVersion(), withDoes(moment, "Theirs"));
        // this canvas still showed no text: its edit starts from null
        edit("{\"kind\":\"field\",\"momentId\":\"%s\",\"field\":\"does\",\"base\":null,\"value\":\"Mine\"}".formatted(second));
        assertThat($(MergeDialog.class).all()).hasSize(1);
        assertThat(maps.findMoment(second).orElseThrow().getCustomerDoes()).isEqualTo("Theirs");
    }

    @Test
    void editsOfDifferentFieldsMergeWithoutAsking() {
        open();
        Moment moment = maps.findMoment(second).orElseThrow();
        maps.saveMoment(second, moment.getVersion(), withDoes(moment, "Theirs"));
        edit("{\"kind\":\"field\",\"momentId\":\"%s\",\"field\":\"feels\",\"base\":null,\"value\":\"Mine\"}".formatted(second));
        assertThat($(MergeDialog.class).all()).isEmpty();
        Moment stored = maps.findMoment(second).orElseThrow();
        assertThat(stored.getCustomerDoes()).isEqualTo("Theirs");
        assertThat(stored.getCustomerFeels()).isEqualTo("Mine");
    }

    @Test
    void aRefusedValueIsSaidAndTheStoredCellIsSentBack() {
        open();
        argument("setModel");
        edit("{\"kind\":\"field\",\"momentId\":\"%s\",\"field\":\"desired\",\"base\":null,\"value\":7}".formatted(third));
        assertThat(maps.findMoment(third).orElseThrow().getDesiredEmotion()).isNull();
        assertThat(notifications()).isNotEmpty();
        assertThat(argument("applyPatch").get("moments")).extracting(m -> m.get("id").asString()).containsExactly(third.toString());
    }

    @Test
    void someoneElsesChangeTravelsAsAPatchOfThatColumnOnly() {
        JourneyMapView view = open();
        Moment moment = maps.findMoment(second).orElseThrow();
        maps.saveMoment(second, moment.getVersion(), data(moment, "second, renamed"));
        view.refresh();
        JsonNode patch = argument("applyPatch");
        assertThat(patch.get("moments")).extracting(m -> m.get("id").asString()).containsExactly(second.toString());
        assertThat(patch.get("removed")).isEmpty();
        assertThat(patch.has("phases")).isFalse();
        maps.deleteMoment(third);
        view.refresh();
        assertThat(argument("applyPatch").get("removed")).extracting(JsonNode::asString).containsExactly(third.toString());
    }

    @Test
    void theLanesAUserChoosesAreRememberedForTheirNextVisit() {
        open();
        element().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element(), "canvas-lanes",
                JacksonUtils.readTree("{\"event.detail\":{\"order\":[\"emotion\",\"card\",\"bogus\"],\"hidden\":[\"comments\"]}}")));
        open();
        JsonNode lanes = argument("setLanes");
        assertThat(lanes.get("order")).extracting(JsonNode::asString).startsWith("emotion", "card").doesNotContain("bogus");
        assertThat(lanes.get("hidden")).extracting(JsonNode::asString).containsExactly("comments");
    }

    @Test
    void theCellSomeoneEditsIsShownToTheOthers() {
        open();
        element().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element(), "canvas-focus",
                JacksonUtils.readTree("{\"event.detail\":{\"momentId\":\"%s\",\"lane\":\"does\"}}".formatted(first))));
        assertThat(presence.editing(tenant.id(), journey.getId(), UUID.randomUUID()))
                .anySatisfy(v -> {
                    assertThat(v.editingObjectId()).isEqualTo(first);
                    assertThat(v.editingPart()).isEqualTo("does");
                });
        element().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element(), "canvas-focus",
                JacksonUtils.readTree("{\"event.detail\":{\"momentId\":null,\"lane\":null}}")));
        assertThat(presence.editing(tenant.id(), journey.getId(), UUID.randomUUID())).isEmpty();
    }

    private JourneyMapView open() {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journey.getId()));
        return $(JourneyMapView.class).single();
    }

    private Element element() {
        return $(JourneyCanvas.class).single().getElement();
    }

    /** What the browser sends when the canvas fires "canvas-edit". */
    private void edit(String detail) {
        element().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element(), "canvas-edit",
                JacksonUtils.readTree("{\"event.detail\":" + detail + "}")));
    }

    /** Every call sent to the browser so far in this test (taking them from the UI, as a response would). */
    private final List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> sent = new ArrayList<>();

    /** The argument of the latest call of the canvas's {@code method}. */
    private JsonNode argument(String method) {
        // the calls are queued when a response is prepared: prepare one, as the server does after each event
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        sent.addAll(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations());
        List<JsonNode> found = new ArrayList<>();
        for (var invocation : sent) {
            if (invocation.getInvocation().getExpression().contains("this." + method + "(")) {
                invocation.getInvocation().getParameters().stream().filter(JsonNode.class::isInstance)
                        .map(JsonNode.class::cast).findFirst().ifPresent(found::add);
            }
        }
        assertThat(found).as("calls of %s among %s", method, sent.stream()
                .map(i -> i.getInvocation().getExpression()).toList()).isNotEmpty();
        return found.getLast();
    }

    private List<String> notifications() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    private List<String> titles(UUID phaseId) {
        var map = maps.load(journey.getId());
        return map.momentsByPhase().entrySet().stream().filter(e -> e.getKey().getId().equals(phaseId)).findFirst()
                .orElseThrow().getValue().stream().map(Moment::getTitle).toList();
    }

    private static JourneyMapService.MomentData withDoes(Moment m, String does) {
        JourneyMapService.MomentData d = data(m, m.getTitle());
        return new JourneyMapService.MomentData(d.title(), does, d.customerThinks(), d.customerFeels(), d.channelId(),
                d.otherParty(), d.nature(), d.targetLevel(), d.momentOfTruth(), d.brandMoment(), d.brandValueIds(),
                d.consciousExpectation(), d.deepDriver(), d.dimensions(), d.providers(), d.currentEmotion(),
                d.desiredEmotion(), d.exceedsExpectation(), d.repeatability(), d.ownerDisciplineId(), d.ownerUserId());
    }

    private static JourneyMapService.MomentData data(Moment m, String title) {
        return new JourneyMapService.MomentData(title, m.getCustomerDoes(), m.getCustomerThinks(), m.getCustomerFeels(),
                m.getChannelId(), m.getOtherParty(), m.getNature(), m.getTargetLevel(), m.isMomentOfTruth(), m.isBrandMoment(),
                m.getBrandValueIds(), m.getConsciousExpectation(), m.getDeepDriver(), List.of(), List.of(),
                m.getCurrentEmotion(), m.getDesiredEmotion(), m.getExceedsExpectation(), m.getRepeatability(),
                m.getOwnerDisciplineId(), m.getOwnerUserId());
    }
}
