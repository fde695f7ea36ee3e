package app.momentum.maturity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.ui.NotFoundView;
import app.momentum.base.ui.chart.EChart;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Part;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The maturity scan's pages: a participant answers without seeing results, a submit with a missing statement names
 * it, the compass and totals after submitting, no results for a member outside the round, and who may open rounds.
 */
@SpringBootTest
class MaturityViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired MaturityScans scans;

    TestTenant tenant;
    UUID roundId;

    /** A round of the CX manager and the contributor; the tenant admin and the executive do not take part. */
    @BeforeEach
    void aRoundWithTheManagerAndTheContributor() {
        tenant = fixture.create("maturity-view");
        tenant.loginAs(Role.CX_MANAGER);
        roundId = scans.openRound("Scan 2027", List.of(tenant.user(Role.CX_MANAGER).getId(),
                tenant.user(Role.CONTRIBUTOR).getId()), LocalDate.now().plusDays(10));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aParticipantSeesTheFormUnderTheTenPartsAndNoResults() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);

        assertThat($(RadioButtonGroup.class, view).all()).hasSize(Part.STATEMENTS);
        RadioButtonGroup<Answer> first = statement(view, 1);
        assertThat(first.getLabel()).startsWith("1. We know clearly who our customer groups are");
        assertThat(first.getItemLabelGenerator().apply(Answer.A_NO_IDEA)).isEqualTo("A No idea");
        assertThat(first.getItemLabelGenerator().apply(Answer.E_FULLY)).isEqualTo("E Fully");
        assertThat(view.getElement().getTextRecursively()).contains("Shared values (statements 13–17)");
        assertThat(progress(view)).isEqualTo("0 of 42 answered");
        assertThat($(EChart.class, view).exists()).isFalse();
        assertThat($(MaturityResultsPanel.class, view).exists()).isFalse();
        assertThat($(Anchor.class, view).withId("maturity-csv").exists()).isFalse();

        statement(view, 1).setValue(Answer.C_PARTLY);
        assertThat(progress(view)).isEqualTo("1 of 42 answered");
    }

    @Test
    void aManagerWhoTakesPartSeesNoResultsBeforeSubmittingThoughTheirRoleReadsThem() {
        tenant.loginAs(Role.CONTRIBUTOR);
        submitAll(Answer.E_FULLY);

        tenant.loginAs(Role.CX_MANAGER);
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);
        assertThat($(RadioButtonGroup.class, view).all()).hasSize(Part.STATEMENTS);
        assertThat($(EChart.class, view).exists()).isFalse();
        assertThat($(Anchor.class, view).withId("maturity-csv").exists()).isFalse();
        assertThat($(Button.class, view).id("maturity-close").isVisible()).isTrue();
        assertThat($(Paragraph.class, view).id("maturity-round-status").getText()).endsWith("1 of 2 participants submitted");
    }

    @Test
    void aDraftIsSavedAndComesBack() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);
        statement(view, 5).setValue(Answer.D_ALMOST_FULLY);
        statement(view, 40).setValue(Answer.A_NO_IDEA);
        test($(Button.class, view).id("maturity-save")).click();

        MaturityRoundView again = navigate("maturity/" + roundId, MaturityRoundView.class);
        assertThat(statement(again, 5).getValue()).isEqualTo(Answer.D_ALMOST_FULLY);
        assertThat(statement(again, 40).getValue()).isEqualTo(Answer.A_NO_IDEA);
        assertThat(progress(again)).isEqualTo("2 of 42 answered");
    }

    @Test
    void submittingWithMissingStatementsNamesThemAndSubmitsNothing() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            if (statement != 17 && statement != 40) {
                statement(view, statement).setValue(Answer.C_PARTLY);
            }
        }
        test($(Button.class, view).id("maturity-submit")).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Answer every statement before submitting: statements 17, 40 still open.");
        assertThat(statement(view, 17).isInvalid()).isTrue();
        assertThat(statement(view, 17).getErrorMessage()).isEqualTo("Choose an answer to this statement.");
        assertThat(statement(view, 40).isInvalid()).isTrue();
        assertThat(statement(view, 16).isInvalid()).isFalse();
        assertThat($(ConfirmDialog.class).exists()).isFalse();
        assertThat(scans.myAnswers(roundId).submitted()).isFalse();
    }

    @Test
    void afterSubmittingTheParticipantSeesTheCompassAndTheTotals() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);
        answerAll(view, Answer.C_PARTLY);
        test($(Button.class, view).id("maturity-submit")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(RadioButtonGroup.class, view).exists()).isFalse();
        CompassChart compass = $(CompassChart.class, view).single();
        assertThat(compass.getOption().get("series")).hasSize(2);
        // every statement at C (2 points): half of each maximum, the lower edge of "advanced"
        assertThat($(ListItem.class, view).id("maturity-quadrant-define").getText()).isEqualTo("Define: 26.0 of 52 — Advanced");
        assertThat($(ListItem.class, view).id("maturity-quadrant-design").getText()).isEqualTo("Design: 36.0 of 72 — Advanced");
        assertThat($(Paragraph.class, view).id("maturity-formal-step").getText()).isEqualTo("Formally at step 1 (Define).");
        assertThat($(Paragraph.class, view).id("maturity-bands-note").getText()).contains("five equal fifths");
        assertThat($(Paragraph.class, view).id("maturity-submitted").getText())
                .isEqualTo("You have submitted your answers to this round.");
    }

    @Test
    void resultsAreInTheUsersLanguageAndEachParticipantCanBeShown() {
        tenant.loginAs(Role.CONTRIBUTOR);
        submitAll(Answer.D_ALMOST_FULLY);
        tenant.loginAs(Role.CX_MANAGER);
        submitAll(Answer.B_NOT_AT_ALL);

        tenant.loginAs(Role.EXECUTIVE);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        MaturityRoundView view = navigate("maturity/" + roundId, MaturityRoundView.class);
        // the mean of 3 and 1 is 2 on every statement
        assertThat($(ListItem.class, view).id("maturity-quadrant-sustain").getText()).isEqualTo("Sustain: 36,0 van 72 — Ver gevorderd");
        assertThat($(Anchor.class, view).id("maturity-csv").getText()).isEqualTo("CSV downloaden");
        assertThat($(Button.class, view).withId("maturity-close").exists()).isFalse();

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<MaturityScans.ParticipantResult> whose =
                $(com.vaadin.flow.component.select.Select.class, view).id("maturity-participant");
        whose.setValue(whose.getListDataView().getItems()
                .filter(p -> p.participant().userId().equals(tenant.user(Role.CONTRIBUTOR).getId())).findFirst().orElseThrow());
        assertThat($(ListItem.class, view).id("maturity-quadrant-sustain").getText()).isEqualTo("Sustain: 54,0 van 72 — Zeer ver gevorderd");
        assertThat(view.getElement().getTextRecursively()).contains("spreiding");
    }

    @Test
    void aContributorWhoDoesNotTakePartSeesNeitherTheRoundNorItsResults() {
        tenant.loginAs(Role.CX_MANAGER);
        UUID managersOnly = scans.openRound("Managers only", List.of(tenant.user(Role.CX_MANAGER).getId()),
                LocalDate.now().plusDays(3));
        MaturityRoundView manager = navigate("maturity/" + managersOnly, MaturityRoundView.class);
        answerAll(manager, Answer.E_FULLY);
        test($(Button.class, manager).id("maturity-submit")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(CompassChart.class, manager).exists()).isTrue();

        tenant.loginAs(Role.CONTRIBUTOR);
        navigate("maturity/" + managersOnly, Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((Component) getCurrentView()).getElement().getTextRecursively()).doesNotContain("Managers only");
        MaturityView list = navigate(MaturityView.class);
        assertThat(list.getElement().getTextRecursively()).doesNotContain("Managers only");
        assertThat($(EChart.class, list).exists()).isFalse();
    }

    @Test
    void onlyCxManagersAndTenantAdminsMayOpenARound() {
        for (Role role : Role.values()) {
            tenant.loginAs(role);
            navigate("", Component.class); // Vaadin keeps a page navigated to itself: open it afresh from another
            MaturityView view = navigate(MaturityView.class);
            boolean mayOpen = role == Role.CX_MANAGER || role == Role.TENANT_ADMIN;
            assertThat($(Button.class, view).withId("maturity-open").exists()).as(role.name()).isEqualTo(mayOpen);
        }
    }

    @Test
    void theRoundToAnswerIsOnTopAndTheListShowsStatusAndSubmissions() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MaturityView view = navigate(MaturityView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class, view).id("maturity-to-answer").getElement()
                .getTextRecursively()).contains("Your rounds to answer").contains("Scan 2027");
        @SuppressWarnings("unchecked")
        Grid<MaturityScans.RoundSummary> rounds = $(Grid.class, view).id("maturity-rounds");
        assertThat(test(rounds).getCellText(0, 0)).isEqualTo("Scan 2027");
        assertThat(test(rounds).getCellText(0, 2)).isEqualTo("Open");
        assertThat(test(rounds).getCellText(0, 3)).isEqualTo("0 of 2");
    }

    @Test
    void openingARoundRefusesEmptyFieldsOnTheFieldsAndThenOpensIt() {
        tenant.loginAs(Role.TENANT_ADMIN);
        MaturityView view = navigate(MaturityView.class);
        test($(Button.class, view).id("maturity-open")).click();
        TextField name = $(TextField.class).id("maturity-open-name");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> participants = $(MultiSelectComboBox.class).id("maturity-open-participants");
        DatePicker closesOn = $(DatePicker.class).id("maturity-open-closes-on");
        closesOn.clear();
        int before = scans.rounds().size();
        test($(Button.class).id("editor-save")).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the round a name.");
        assertThat(participants.isInvalid()).isTrue();
        assertThat(participants.getErrorMessage()).isEqualTo("Choose at least one participant.");
        assertThat(closesOn.isInvalid()).isTrue();
        assertThat(scans.rounds()).hasSize(before);

        name.setValue("Autumn scan");
        participants.select(participants.getListDataView().getItems().findFirst().orElseThrow());
        closesOn.setValue(LocalDate.now().plusDays(7));
        test($(Button.class).id("editor-save")).click();
        assertThat(scans.rounds()).hasSize(before + 1);
        assertThat(getCurrentView()).isInstanceOf(MaturityRoundView.class);
    }

    private void submitAll(Answer answer) {
        Map<Integer, Answer> answers = new HashMap<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            answers.put(statement, answer);
        }
        scans.submit(roundId, answers, scans.myAnswers(roundId).version());
    }

    private void answerAll(MaturityRoundView view, Answer answer) {
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            statement(view, statement).setValue(answer);
        }
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Answer> statement(Component view, int statement) {
        return $(RadioButtonGroup.class, view).id("maturity-statement-" + statement);
    }

    private String progress(Component view) {
        return $(Span.class, view).id("maturity-progress").getText();
    }
}
