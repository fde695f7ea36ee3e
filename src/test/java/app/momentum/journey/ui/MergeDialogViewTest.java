package app.momentum.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.brand.BrandService.Named;
import app.momentum.journey.FieldConflict;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentField;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.internal.Moment;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The merge dialog: per conflicting field both values side by side by name, a pick per row (and a text to type for
 * texts), Apply hands over every choice, Cancel nothing; and the moment form opens it when someone saved the same
 * field meanwhile.
 */
@SpringBootTest
class MergeDialogViewTest extends SpringBrowserlessTest {

    static final UUID PHONE = UUID.randomUUID();
    static final UUID CHAT = UUID.randomUUID();

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;
    List<Map<MomentField, Object>> resolved = new ArrayList<>();
    AtomicInteger cancelled = new AtomicInteger();

    @BeforeEach
    void login() {
        tenant = fixture.create("merge-dialog");
        tenant.loginAs(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void eachConflictIsARowWithTheirsAndYoursByNameAndAPick() {
        open();
        assertThat($(Div.class).id("merge-row-TITLE").getElement().getTextRecursively()).contains("Title", "Keys!", "Keys?");
        assertThat(text("merge-theirs-TARGET_LEVEL")).isEqualTo("9+ (above expectation)");
        assertThat(text("merge-mine-TARGET_LEVEL")).isEqualTo("7+ (good enough)");
        assertThat(text("merge-theirs-CHANNEL")).isEqualTo("Chat");
        assertThat(text("merge-mine-CHANNEL")).isEqualTo("Phone");
        assertThat(text("merge-theirs-MOMENT_OF_TRUTH")).isEqualTo("yes");
        assertThat(text("merge-mine-CUSTOMER_DOES")).isEqualTo("(empty)");
        // a text may also be typed anew; a choice among values may not
        assertThat($(Component.class).id("merge-pick-theirs-TITLE")).isNotNull();
        assertThat($(Component.class).id("merge-pick-mine-TITLE")).isNotNull();
        assertThat($(Component.class).id("merge-edit-TITLE")).isNotNull();
        assertThat($(Component.class).withId("merge-edit-TARGET_LEVEL").exists()).isFalse();
        assertThat($(RadioButtonGroup.class).id("merge-pick-TARGET_LEVEL").getListDataView().getItems()).hasSize(2);
    }

    @Test
    void applyWaitsForAPickInEveryRowThenHandsOverEveryChoice() {
        open();
        test($(Button.class).id("merge-apply")).click();
        assertThat(resolved).isEmpty();
        assertThat($(RadioButtonGroup.class).id("merge-pick-TITLE").isInvalid()).isTrue();

        test($(RadioButtonGroup.class).id("merge-pick-TITLE")).selectItem("Edit");
        TextArea typed = $(TextArea.class).id("merge-text-TITLE");
        assertThat(typed.isVisible()).isTrue();
        assertThat(typed.getValue()).isEqualTo("Keys?"); // prefilled with yours
        test(typed).setValue("Keys, at last");
        test($(RadioButtonGroup.class).id("merge-pick-TARGET_LEVEL")).selectItem("Keep theirs");
        test($(RadioButtonGroup.class).id("merge-pick-CHANNEL")).selectItem("Keep yours");
        test($(RadioButtonGroup.class).id("merge-pick-MOMENT_OF_TRUTH")).selectItem("Keep yours");
        test($(RadioButtonGroup.class).id("merge-pick-CUSTOMER_DOES")).selectItem("Keep yours");
        test($(Button.class).id("merge-apply")).click();

        assertThat(resolved).singleElement().satisfies(choices -> assertThat(choices)
                .containsEntry(MomentField.TITLE, "Keys, at last").containsEntry(MomentField.TARGET_LEVEL, TargetLevel.NINE_PLUS)
                .containsEntry(MomentField.CHANNEL, PHONE).containsEntry(MomentField.MOMENT_OF_TRUTH, false)
                .containsEntry(MomentField.CUSTOMER_DOES, null));
        assertThat($(MergeDialog.class).exists()).isFalse();
        assertThat(cancelled).hasValue(0);
    }

    @Test
    void cancelHandsOverNothing() {
        open();
        test($(Button.class).id("merge-cancel")).click();
        assertThat(resolved).isEmpty();
        assertThat(cancelled).hasValue(1);
        assertThat($(MergeDialog.class).exists()).isFalse();
    }

    @Test
    void theMomentFormShowsTheDialogWhenSomeoneSavedTheSameFieldAndSavesTheChoice() {
        UUID journeyId = journeys.create(new JourneyService.JourneyData("Form", JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Start")).getId();
        Moment moment = maps.addMoment(maps.load(journeyId).momentsByPhase().keySet().iterator().next().getId(), "Welcome");
        UI.getCurrent().navigate(JourneyMapView.class, JourneyMapView.parameters(journeyId));
        $(JourneyMapView.class).single().select(moment.getId());
        test($(TextField.class).id("moment-title")).setValue("Mine");

        maps.saveField(moment.getId(), MomentField.TITLE, "Welcome", "Theirs"); // someone else, meanwhile
        test($(Button.class).id("moment-save")).click();

        assertThat($(MergeDialog.class).exists()).isTrue();
        assertThat(text("merge-theirs-TITLE")).isEqualTo("Theirs");
        assertThat(text("merge-mine-TITLE")).isEqualTo("Mine");
        assertThat(maps.findMoment(moment.getId()).orElseThrow().getTitle()).isEqualTo("Theirs");

        test($(RadioButtonGroup.class).id("merge-pick-TITLE")).selectItem("Keep yours");
        test($(Button.class).id("merge-apply")).click();
        assertThat(maps.findMoment(moment.getId()).orElseThrow().getTitle()).isEqualTo("Mine");
    }

    private void open() {
        MapContext context = new MapContext(List.of(), List.of(new Named(PHONE, "Phone"), new Named(CHAT, "Chat")),
                List.of(), List.of());
        MergeDialog dialog = new MergeDialog(List.of(
                new FieldConflict(MomentField.TITLE, "Keys", "Keys?", "Keys!"),
                new FieldConflict(MomentField.TARGET_LEVEL, TargetLevel.SEVEN_PLUS, TargetLevel.SEVEN_PLUS, TargetLevel.NINE_PLUS),
                new FieldConflict(MomentField.CHANNEL, null, PHONE, CHAT),
                new FieldConflict(MomentField.MOMENT_OF_TRUTH, false, false, true),
                new FieldConflict(MomentField.CUSTOMER_DOES, "a", null, "b")),
                new MomentValueText(context, UI.getCurrent()::getTranslation), resolved::add, cancelled::incrementAndGet);
        dialog.open();
    }

    private String text(String id) {
        return $(Div.class).id(id).getText();
    }
}
