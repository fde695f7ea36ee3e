package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A card dropped on the map (the "moment-drop" event of frontend/components/momentum-map-dnd.js) lands before
 * the card it was dropped on, or at the end of the phase; only editors move cards.
 */
@SpringBootTest
class JourneyMapViewDropTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;
    Journey journey;
    UUID first;
    UUID second;
    UUID third;
    UUID phaseA;
    UUID phaseB;

    @BeforeEach
    void aJourneyWithThreeMoments() {
        tenant = fixture.create("map-drop");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Drops", JourneyType.SIGNATURE_JOURNEY, null, null, null,
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
    void aCardDroppedOnAnotherLandsBeforeItAndTheMapIsRedrawn() {
        open();
        drop(first, phaseA, third.toString());
        assertThat(cardTitles()).containsExactly("second", "first", "third");
        drop(third, phaseA, first.toString());
        assertThat(cardTitles()).containsExactly("second", "third", "first");
        assertThat(titles(phaseA)).containsExactly("second", "third", "first");
    }

    @Test
    void aCardDroppedInAnotherPhaseWithoutACardBelowGoesToItsEnd() {
        open();
        drop(second, phaseB, "");
        drop(first, phaseB, "");
        assertThat(titles(phaseA)).containsExactly("third");
        assertThat(titles(phaseB)).containsExactly("second", "first");
        assertThat(cardTitles()).containsExactly("third", "second", "first");
    }

    @Test
    void aCardDroppedOnItselfOrWithGarbledIdsStays() {
        open();
        drop(second, phaseA, second.toString());
        dropRaw("not-a-moment", phaseA.toString(), "");
        dropRaw(first.toString(), "not-a-phase", "");
        assertThat(titles(phaseA)).containsExactly("first", "second", "third");
    }

    @Test
    void anExecutiveCannotMoveCards() {
        tenant.loginAs(Role.EXECUTIVE);
        open();
        assertThat($(Div.class).withClassName("moment-card").all())
                .allSatisfy(card -> assertThat(card.getElement().hasAttribute("draggable")).isFalse());
        drop(third, phaseA, first.toString());
        assertThat(titles(phaseA)).containsExactly("first", "second", "third");
    }

    @Test
    void theScriptIsAModuleInTheFrontendFolderAndFindsTheIdsOnTheMap() {
        JsModule module = JourneyMapView.class.getAnnotation(JsModule.class);
        assertThat(Path.of("frontend").resolve(module.value().substring(2))).satisfies(path ->
                assertThat(Files.isRegularFile(path)).as("%s exists", path).isTrue());
        open();
        assertThat(columns().getElement().hasAttribute("data-moment-dnd")).isTrue();
        assertThat($(Div.class).withClassName("moment-card").all())
                .extracting(card -> card.getElement().getAttribute("data-moment"))
                .containsExactly(first.toString(), second.toString(), third.toString());
        assertThat($(Div.class).withClassName("moment-list").all())
                .extracting(list -> list.getElement().getAttribute("data-phase"))
                .containsExactly(phaseA.toString(), phaseB.toString());
    }

    private void open() {
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journey.getId()));
    }

    private HorizontalLayout columns() {
        return $(HorizontalLayout.class).id("map-columns");
    }

    private void drop(UUID moment, UUID phase, String before) {
        dropRaw(moment.toString(), phase.toString(), before);
    }

    /** What the browser sends when the script fires "moment-drop". */
    private void dropRaw(String moment, String phase, String before) {
        Element element = columns().getElement();
        String data = "{\"event.detail.moment\":\"%s\",\"event.detail.phase\":\"%s\",\"event.detail.before\":\"%s\"}"
                .formatted(moment, phase, before);
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "moment-drop", JacksonUtils.readTree(data)));
    }

    private List<String> cardTitles() {
        return $(Span.class).withClassName("moment-title").all().stream().map(Span::getText).toList();
    }

    private List<String> titles(UUID phaseId) {
        var map = maps.load(journey.getId());
        return map.momentsByPhase().entrySet().stream().filter(e -> e.getKey().getId().equals(phaseId)).findFirst()
                .orElseThrow().getValue().stream().map(Moment::getTitle).toList();
    }
}
