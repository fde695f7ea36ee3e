package app.momentum.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ui.ActionBoardView;
import app.momentum.action.ui.ActionListView;
import app.momentum.action.ui.MyActionsView;
import app.momentum.api.ui.ApiTokenView;
import app.momentum.journey.ui.JourneysView;
import app.momentum.measurement.followup.ui.FollowUpView;
import app.momentum.measurement.ui.MiningView;
import app.momentum.notification.ui.NotificationsView;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A new organisation: every list page says what it is for and what this role does next, with the button
 * only where the role may act; "change the filters" only when filters are set.
 */
@SpringBootTest
class EmptyStateViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;

    TestTenant tenant;

    @BeforeEach
    void newTenant() {
        tenant = fixture.create("empty");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void journeysSayWhatAJourneyIsAndWhoCreatesOne(Role role) {
        tenant.loginAs(role);
        JourneysView view = navigate(JourneysView.class);
        Grid<?> grid = $(Grid.class, view).id("journeys-grid");
        assertThat(test(grid).size()).isZero();
        String text = emptyText(grid, "journeys-empty");
        assertThat(text).startsWith("No journeys yet").contains("A journey maps what your customers go through")
                .doesNotContain("filters");
        boolean manager = role == Role.TENANT_ADMIN || role == Role.CX_MANAGER;
        assertThat(hasButton(grid, "new-journey-empty")).isEqualTo(manager);
        assertThat(text).contains(manager ? "Create the first journey" : "CX managers design the journeys");

        $(TextField.class, view).id("journey-search").setValue("nothing like this");
        assertThat(emptyText(grid, null)).isEqualTo("No journeys match these filters.");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void actionsSayWhatAnActionIsAndWhoCreatesOne(Role role) {
        tenant.loginAs(role);
        ActionListView view = navigate(ActionListView.class);
        Grid<?> grid = $(Grid.class, view).id("actions-grid");
        String text = emptyText(grid, "actions-empty");
        assertThat(text).startsWith("No improvement actions yet").doesNotContain("filters");
        boolean creates = role != Role.EXECUTIVE;
        assertThat(hasButton(grid, "new-action-empty")).isEqualTo(creates);
        assertThat(text).contains(creates ? "Start one here" : "you follow their progress here");

        ActionBoardView board = navigate(ActionBoardView.class);
        EmptyState onBoard = $(EmptyState.class, board).id("board-empty");
        assertThat(onBoard.isVisible()).isTrue();
        assertThat($(Button.class, onBoard).withId("board-to-actions").exists()).isEqualTo(creates);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void miningWithoutJourneysSaysWhatComesFirst(Role role) {
        tenant.loginAs(role);
        MiningView view = navigate(MiningView.class);
        EmptyState empty = $(EmptyState.class, view).id("mining-no-journeys");
        assertThat(empty.getElement().getTextRecursively()).startsWith("No journeys to analyse yet")
                .doesNotContain("Choose a journey");
        boolean manager = role == Role.TENANT_ADMIN || role == Role.CX_MANAGER;
        assertThat($(Button.class, empty).withId("mining-to-journeys").exists()).isEqualTo(manager);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void followUpSaysWhereRespondentsComeFrom(Role role) {
        tenant.loginAs(role);
        FollowUpView view = navigate(FollowUpView.class);
        Grid<?> grid = $(Grid.class, view).id("follow-up-grid");
        assertThat(emptyText(grid, "follow-up-empty")).startsWith("Nobody to follow up").contains("After a survey import");
        boolean manager = role == Role.TENANT_ADMIN || role == Role.CX_MANAGER;
        assertThat(hasButton(grid, "follow-up-to-mining")).isEqualTo(manager);
    }

    @Test
    void myActionsNotificationsAndTokensExplainThemselves() {
        tenant.loginAs(Role.CONTRIBUTOR);
        MyActionsView mine = navigate(MyActionsView.class);
        assertThat(emptyText($(Grid.class, mine).id("my-actions-grid"), "my-actions-empty"))
                .contains("The open actions you own or help with appear here");

        NotificationsView notifications = navigate(NotificationsView.class);
        assertThat($(EmptyState.class, notifications).id("notifications-empty").getElement().getTextRecursively())
                .contains("what happened to your actions and journeys");

        tenant.loginAs(Role.TENANT_ADMIN);
        ApiTokenView tokens = navigate(ApiTokenView.class);
        Grid<?> grid = $(Grid.class, tokens).id("api-tokens-grid");
        assertThat(emptyText(grid, "api-tokens-empty")).contains("survey or BI tool");
        assertThat(hasButton(grid, "api-tokens-new-empty")).isTrue();
    }

    private static String emptyText(Grid<?> grid, String id) {
        Component empty = grid.getEmptyStateComponent();
        assertThat(empty).isInstanceOf(EmptyState.class);
        if (id != null) {
            assertThat(empty.getId()).contains(id);
        }
        return empty.getElement().getTextRecursively();
    }

    private static boolean hasButton(Grid<?> grid, String id) {
        return grid.getEmptyStateComponent().getChildren()
                .anyMatch(c -> c instanceof Button && c.getId().filter(id::equals).isPresent());
    }
}
