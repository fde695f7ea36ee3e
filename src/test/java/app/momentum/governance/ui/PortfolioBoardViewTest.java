package app.momentum.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionBackdating;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.base.ui.EmptyState;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyData;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The portfolio board: cards in their stage columns with their figures, filters with their empty states, the table
 * with its CSV, and only those who may move stages can drag or use the move button, which opens the gate.
 */
@SpringBootTest
class PortfolioBoardViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired JourneyService journeys;
    @Autowired ActionService actions;
    @Autowired ActionBackdating backdating;

    TestTenant tenant;
    Journey alpha;
    Journey beta;

    @BeforeEach
    void twoJourneys() {
        tenant = fixture.create("portfolio-view");
        tenant.loginAs(Role.CX_MANAGER);
        alpha = journeys.create(new JourneyData("Alpha move", JourneyType.SIGNATURE_JOURNEY, null, null, null, null,
                tenant.user(Role.CONTRIBUTOR).getId(), LifecycleStage.MAPPING), List.of("Arrive"));
        beta = journeys.create(new JourneyData("Beta claim", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, null,
                null, null, LifecycleStage.MAKING), List.of("Claim"));
        UUID owner = tenant.user(Role.CONTRIBUTOR).getId();
        actions.create(action("Call new customers", owner, LocalDate.now().plusDays(10)), ActionStatus.PLANNED);
        var late = actions.create(action("Fix the bill", owner, LocalDate.now().plusDays(3)), ActionStatus.PLANNED);
        backdating.dueOn(late.getId(), LocalDate.now().minusDays(1));
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void cardsStandInTheirStageColumnWithTheirFigures() {
        PortfolioBoardView view = navigate(PortfolioBoardView.class);

        VerticalLayout mapping = $(VerticalLayout.class, view).id("portfolio-mapping");
        VerticalLayout making = $(VerticalLayout.class, view).id("portfolio-making");
        assertThat($(H3.class, mapping).single().getText()).isEqualTo("Mapping (1)");
        assertThat($(H3.class, making).single().getText()).isEqualTo("Making (1)");
        assertThat($(H3.class, $(VerticalLayout.class, view).id("portfolio-mining")).single().getText())
                .isEqualTo("Mining (0)");
        assertThat($(H3.class, $(VerticalLayout.class, view).id("portfolio-management")).single().getText())
                .isEqualTo("Management (0)");

        Div card = $(Div.class, mapping).id("portfolio-card-" + alpha.getId());
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("Alpha move").contains(tenant.user(Role.CONTRIBUTOR).getDisplayName())
                .contains("actions 2 open, 1 overdue").contains("last survey none").contains("Meeting target –");
        assertThat($(Div.class, making).id("portfolio-card-" + beta.getId()).getElement().getTextRecursively())
                .contains("Beta claim").contains("No owner").contains("actions 0 open, 0 overdue");
    }

    @Test
    void filtersNarrowTheBoardAndSayHowToWiden() {
        PortfolioBoardView view = navigate(PortfolioBoardView.class);
        @SuppressWarnings("unchecked")
        Select<JourneyType> type = $(Select.class, view).id("portfolio-type");
        type.setValue(JourneyType.CUSTOMER_EXPERIENCE_JOURNEY);
        assertThat($(Div.class, view).withId("portfolio-card-" + alpha.getId()).exists()).isFalse();
        assertThat($(Div.class, view).withId("portfolio-card-" + beta.getId()).exists()).isTrue();

        $(TextField.class, view).id("portfolio-search").setValue("alpha");
        EmptyState noMatches = $(EmptyState.class, view).id("portfolio-no-matches");
        assertThat(noMatches.isVisible()).isTrue();
        assertThat(noMatches.getElement().getTextRecursively()).contains("No journeys match — clear the filters.");
        assertThat($(EmptyState.class, view).withId("portfolio-empty").exists()).isFalse();

        test($(Button.class, view).id("portfolio-clear-filters")).click();
        assertThat(noMatches.isVisible()).isFalse();
        assertThat(search(view).getValue()).isEmpty();
        assertThat($(Div.class, view).withId("portfolio-card-" + alpha.getId()).exists()).isTrue();
        assertThat($(Div.class, view).withId("portfolio-card-" + beta.getId()).exists()).isTrue();

        // freshly made journeys are not stale
        $(Checkbox.class, view).id("portfolio-stale-only").setValue(true);
        assertThat(noMatches.isVisible()).isTrue();
    }

    @Test
    void theCockpitsTilesOpenTheBoardFiltered() {
        UI.getCurrent().navigate("portfolio", QueryParameters.of(PortfolioBoardView.STALE, "true"));
        PortfolioBoardView stale = $(PortfolioBoardView.class).single();
        assertThat($(Checkbox.class, stale).id("portfolio-stale-only").getValue()).isTrue();
        assertThat($(Checkbox.class, stale).id("portfolio-gate-failing-only").getValue()).isFalse();
        // freshly made journeys are not stale
        assertThat($(Div.class, stale).withId("portfolio-card-" + alpha.getId()).exists()).isFalse();

        UI.getCurrent().navigate("portfolio", QueryParameters.of(PortfolioBoardView.GATE_FAILING, "true"));
        PortfolioBoardView failing = $(PortfolioBoardView.class).single();
        assertThat($(Checkbox.class, failing).id("portfolio-gate-failing-only").getValue()).isTrue();
        assertThat($(Checkbox.class, failing).id("portfolio-stale-only").getValue()).isFalse();
        // Alpha's phase has no moments: its mapping gate fails
        assertThat($(Div.class, failing).withId("portfolio-card-" + alpha.getId()).exists()).isTrue();
    }

    @Test
    void withoutJourneysTheBoardSaysWhereToCreateOne() {
        TestTenant empty = fixture.create("portfolio-empty");
        empty.loginAs(Role.EXECUTIVE);
        PortfolioBoardView view = navigate(PortfolioBoardView.class);

        EmptyState nothingYet = $(EmptyState.class, view).id("portfolio-empty");
        assertThat(nothingYet.isVisible()).isTrue();
        assertThat(nothingYet.getElement().getTextRecursively()).contains("No journeys yet — create one on Journeys.");
        assertThat($(EmptyState.class, view).withId("portfolio-no-matches").exists()).isFalse();
    }

    @Test
    void theTableShowsTheFilteredJourneysAndTheCsvHoldsThem() {
        PortfolioBoardView view = navigate(PortfolioBoardView.class);
        $(TextField.class, view).id("portfolio-search").setValue("beta");
        Tabs toggle = $(Tabs.class, view).id("portfolio-toggle");
        toggle.setSelectedTab($(Tab.class, view).id("portfolio-table-tab"));

        @SuppressWarnings("unchecked")
        Grid<?> grid = $(Grid.class, view).id("portfolio-grid");
        assertThat(grid.isVisible()).isTrue();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Beta claim");

        String csv = new String(view.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Beta claim").doesNotContain("Alpha move");
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void aManagerMovesThroughTheGateByDragOrButton() {
        PortfolioBoardView view = navigate(PortfolioBoardView.class);
        Div card = $(Div.class, view).id("portfolio-card-" + alpha.getId());
        assertThat(card.getElement().getProperty("draggable")).isEqualTo("true");

        test($(Button.class, card).id("move-" + alpha.getId())).click();
        assertThat($(GateDialog.class).exists()).isTrue();
        $(GateDialog.class).single().close();

        view.dropped(alpha.getId(), LifecycleStage.MINING);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("A journey moves one stage forward, through its gate: drop it on Making.");

        view.dropped(alpha.getId(), LifecycleStage.MAKING);
        assertThat($(GateDialog.class).exists()).isTrue();
    }

    @Test
    void aMoveThroughTheGateDialogPutsTheCardInTheNextColumn() {
        PortfolioBoardView view = navigate(PortfolioBoardView.class);
        test($(Button.class, view).id("move-" + alpha.getId())).click();

        // Alpha's map is still empty: its gate fails, and a CX manager passes it with a reason
        $(com.vaadin.flow.component.textfield.TextArea.class).id("gate-reason").setValue("Pilot starts next week");
        test($(Button.class).id("gate-override")).click();

        VerticalLayout making = $(VerticalLayout.class, view).id("portfolio-making");
        assertThat($(H3.class, making).single().getText()).isEqualTo("Making (2)");
        assertThat($(Div.class, making).withId("portfolio-card-" + alpha.getId()).exists()).isTrue();
        assertThat($(H3.class, $(VerticalLayout.class, view).id("portfolio-mapping")).single().getText())
                .isEqualTo("Mapping (0)");
    }

    @Test
    void executivesAndContributorsCannotDragOrMove() {
        for (Role role : List.of(Role.EXECUTIVE, Role.CONTRIBUTOR)) {
            tenant.loginAs(role);
            PortfolioBoardView view = navigate(PortfolioBoardView.class);
            Div card = $(Div.class, view).id("portfolio-card-" + alpha.getId());
            assertThat(card.getElement().hasProperty("draggable")).as(role.name()).isFalse();
            assertThat($(Button.class, view).withId("move-" + alpha.getId()).exists()).as(role.name()).isFalse();
            view.dropped(alpha.getId(), LifecycleStage.MAKING);
            assertThat($(GateDialog.class).exists()).as(role.name()).isFalse();
        }
    }

    private TextField search(PortfolioBoardView view) {
        return $(TextField.class, view).id("portfolio-search");
    }

    private ActionData action(String title, UUID owner, LocalDate due) {
        return new ActionData(alpha.getId(), List.of(), title, null, ActionType.FUNCTIONAL_FIX, null, owner, List.of(),
                due, Priority.MEDIUM, null, null, null, Effort.S);
    }
}
