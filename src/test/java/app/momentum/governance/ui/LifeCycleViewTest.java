package app.momentum.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.governance.LifeCycle;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Phase;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The gate dialog, the life-cycle page and the gate settings, browserless: criteria in words, overrides, roles. */
@SpringBootTest
class LifeCycleViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired LifeCycle lifeCycle;

    TestTenant tenant;
    Journey journey;

    /** A journey with an empty phase and one moment: no owner, no persona, no moment of truth. */
    @BeforeEach
    void aSmallJourney() {
        tenant = fixture.create("life-cycle-view");
        tenant.loginAs(Role.CX_MANAGER);
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY,
                null, null, null, null, null, null), List.of("Orient", "Move"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        maps.addMoment(phase.getId(), "Welcome call");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private Div criterion(GateCriterion criterion) {
        return $(Div.class).id("gate-criterion-" + criterion.name());
    }

    private String outcome(GateCriterion criterion) {
        return $(Span.class, criterion(criterion)).first().getText();
    }

    @Test
    void theDialogShowsEveryCriterionInWordsAndAnOverrideNeedsAReason() {
        navigate(LifeCycleView.class, LifeCycleView.parameters(journey.getId()));
        LifeCycle.Transition[] moved = new LifeCycle.Transition[1];
        GateDialog dialog = new GateDialog(lifeCycle, journey.getId(), transition -> moved[0] = transition);
        dialog.open();

        assertThat($(Span.class, dialog).id("gate-outcome").getText()).isEqualTo("The gate fails on 5 criteria");
        assertThat($(Span.class, $(Div.class, dialog).id("gate-criterion-JOURNEY_HAS_OWNER")).first().getText())
                .isEqualTo("Fail");
        assertThat($(Div.class, dialog).id("gate-criterion-JOURNEY_HAS_OWNER").getText())
                .contains("the journey has an owner");
        assertThat($(Span.class, $(Div.class, dialog).id("gate-criterion-MOMENTS_HAVE_TARGET_LEVEL")).first().getText())
                .isEqualTo("Pass");
        assertThat($(Span.class, $(Div.class, dialog).id("gate-criterion-SIGNATURE_CHECK_PASSES")).first().getText())
                .isEqualTo("Not applicable");
        // what fails is a link: the empty phase and the moment without an accountable discipline, by name
        assertThat($(Button.class, $(Div.class, dialog).id("gate-criterion-PHASES_HAVE_MOMENTS")).first().getText())
                .isEqualTo("Move");
        assertThat($(Button.class, $(Div.class, dialog).id("gate-criterion-MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE")).first()
                .getText()).isEqualTo("Welcome call");
        assertThat($(Button.class, dialog).withId("gate-move").exists()).isFalse();

        test($(Button.class, dialog).id("gate-override")).click();
        TextArea reason = $(TextArea.class, dialog).id("gate-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Write why you pass this gate anyway.");
        assertThat(moved[0]).isNull();
        assertThat(journeys.find(journey.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAPPING);

        test(reason).setValue("Pilot approved by the board");
        test($(Button.class, dialog).id("gate-override")).click();
        assertThat(moved[0]).isNotNull();
        assertThat(moved[0].overrideReason()).hasValue("Pilot approved by the board");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(journeys.find(journey.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAKING);
    }

    @Test
    void theLifeCyclePageShowsStageGateAndHistoryAndHidesTheMoveFromExecutives() {
        lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, "Kick-off", "Pilot approved by the board");
        navigate(LifeCycleView.class, LifeCycleView.parameters(journey.getId()));
        assertThat($(Span.class).id("life-cycle-stage").getText()).isEqualTo("Making");
        assertThat($(Span.class).id("life-cycle-cycle").getText()).startsWith("Cycle 1 since");
        assertThat($(Button.class).withId("life-cycle-mark-reviewed").exists()).isTrue();
        assertThat($(TextArea.class).withId("gate-note").exists()).isTrue();
        assertThat($(Div.class).id("life-cycle-history").getText()).contains("Mapping → Making")
                .contains("Passed anyway: Pilot approved by the board").contains("Kick-off");

        tenant.loginAs(Role.EXECUTIVE);
        navigate(LifeCycleView.class, LifeCycleView.parameters(journey.getId()));
        assertThat($(Div.class).withId("gate-criterion-" + GateCriterion.WEAK_MOMENTS_HAVE_PLANNED_ACTIONS.name())
                .exists()).isTrue();
        assertThat($(Button.class).withId("gate-move").exists()).isFalse();
        assertThat($(Button.class).withId("gate-override").exists()).isFalse();
        assertThat($(TextArea.class).withId("gate-note").exists()).isFalse();
        assertThat($(Button.class).withId("life-cycle-mark-reviewed").exists()).isFalse();
    }

    @Test
    void aTenantAdminSwitchesCriteriaOffAndGetsAClearMessageForAWrongInterval() {
        tenant.loginAs(Role.TENANT_ADMIN);
        navigate(GovernanceSettingsView.class);
        IntegerField interval = $(IntegerField.class).id("review-interval");
        assertThat(interval.getValue()).isEqualTo(90);
        test(interval).setValue(0);
        test($(Button.class).id("governance-save")).click();
        assertThat(interval.isInvalid()).isTrue();
        assertThat(interval.getErrorMessage()).isEqualTo("The review interval runs from 1 to 730 days.");
        assertThat(lifeCycle.settings().reviewIntervalDays()).isEqualTo(90);

        test($(Checkbox.class).id("criterion-" + GateCriterion.JOURNEY_HAS_PERSONA.name())).click();
        test(interval).setValue(30);
        test($(Button.class).id("governance-save")).click();
        assertThat(interval.isInvalid()).isFalse();
        assertThat(lifeCycle.settings().reviewIntervalDays()).isEqualTo(30);
        assertThat(lifeCycle.settings().enabledCriteria()).doesNotContain(GateCriterion.JOURNEY_HAS_PERSONA)
                .contains(GateCriterion.JOURNEY_HAS_OWNER);
    }
}
