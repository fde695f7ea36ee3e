package app.momentum.action.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.brand.TenantDefaults;
import app.momentum.discipline.internal.Discipline;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.ownership.OwnershipService;
import app.momentum.ownership.domain.Raci;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantMembers.MemberChoice;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The action dialog: who may own, due dates in the past or unreadable, the moment's discipline, a confirmation. */
@SpringBootTest
class ActionDialogTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired JourneyLookup lookup;
    @Autowired ActionService actions;
    @Autowired DisciplineService disciplines;
    @Autowired OwnershipService ownership;
    @Autowired TenantDefaults defaults;
    @Autowired TransactionTemplate transaction;

    TestTenant tenant;
    Journey journey;
    Moment moment;

    @BeforeEach
    void aJourneyWithAMoment() {
        tenant = fixture.create("action-dialog");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> defaults.apply(Locale.ENGLISH));
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        moment = maps.addMoment(phase.getId(), "First bill");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theOwnerPickerOffersOnlyMembersWhoWorkOnActions() {
        ActionDialog dialog = openNewAction();
        @SuppressWarnings("unchecked")
        ComboBox<MemberChoice> owner = (ComboBox<MemberChoice>) $(ComboBox.class, dialog).id("action-owner");
        List<String> names = test(owner).getSuggestionItems().stream().map(MemberChoice::displayName).toList();
        assertThat(names).contains(tenant.user(Role.CONTRIBUTOR).getDisplayName(), tenant.user(Role.CX_MANAGER).getDisplayName())
                .doesNotContain(tenant.user(Role.EXECUTIVE).getDisplayName());
    }

    @Test
    void anUnreadableDueDateIsRefusedOnTheFieldAndNothingIsSaved() {
        ActionDialog dialog = openNewAction();
        test($(TextField.class, dialog).id("action-title")).setValue("Call back");
        DatePicker due = $(DatePicker.class, dialog).id("action-due");
        new Typing(due).type("31-02-2026");
        test($(Button.class, dialog).id("editor-save")).click();

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("This is not a date.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(actions.count(ActionService.ActionFilter.all())).isZero();
    }

    @Test
    void aPastDueDateIsRefusedOnTheFieldAndATodayOneSavesWithAConfirmation() {
        ActionDialog dialog = openNewAction();
        test($(TextField.class, dialog).id("action-title")).setValue("Call back");
        DatePicker due = $(DatePicker.class, dialog).id("action-due");
        due.setValue(actions.today().minusDays(1));
        test($(Button.class, dialog).id("editor-save")).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("The due date lies in the past. Choose today or a later day.");
        assertThat(actions.count(ActionService.ActionFilter.all())).isZero();

        test(due).setValue(actions.today());
        test($(Button.class, dialog).id("editor-save")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(actions.count(ActionService.ActionFilter.all())).isOne();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Action “Call back” created.");
    }

    @Test
    void anActionForAMomentStartsWithTheMomentsAccountableDiscipline() {
        Discipline accountable = disciplines.list().get(2);
        ownership.setRaci(moment.getId(), accountable.getId(), Raci.A);
        navigate(app.momentum.action.ui.ActionListView.class);
        ActionDialog dialog = new ActionDialog(actions, contexts.load(), lookup::momentsInMapOrder, null, journey.getId(),
                List.of(moment.getId()), true, saved -> { });
        dialog.open();
        @SuppressWarnings("unchecked")
        Select<DisciplineRef> discipline = (Select<DisciplineRef>) $(Select.class, dialog).all().stream()
                .filter(s -> "Discipline".equals(s.getLabel())).findFirst().orElseThrow();
        assertThat(discipline.getValue().id()).isEqualTo(accountable.getId());
    }

    @Autowired ActionContextLoader contexts;

    private ActionDialog openNewAction() {
        navigate(ActionListView.class);
        test($(Button.class).id("new-action")).click();
        ActionDialog dialog = $(ActionDialog.class).single();
        @SuppressWarnings("unchecked")
        ComboBox<JourneyRef> journeyField = (ComboBox<JourneyRef>) $(ComboBox.class, dialog).id("action-journey");
        test(journeyField).selectItem("Moving house");
        return dialog;
    }

    /** Types text into the date field as a browser would report it: text the client could not read as a date. */
    private static final class Typing extends DatePickerTester<DatePicker> {

        Typing(DatePicker field) {
            super(field);
        }

        void type(String text) {
            getComponent().getElement().setProperty("_inputElementValue", text);
            fireDomEvent("unparsable-change");
        }
    }
}
