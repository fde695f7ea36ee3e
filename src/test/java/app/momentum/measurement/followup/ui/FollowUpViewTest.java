package app.momentum.measurement.followup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.internal.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.followup.FollowUpService;
import app.momentum.measurement.followup.FollowUpStatus;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The follow-up queue page: why each respondent is there, changing the status, read-only for executives. */
@SpringBootTest
class FollowUpViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;
    @Autowired SurveyImportService surveys;
    @Autowired FollowUpService followUps;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;

    TestTenant tenant;

    @BeforeEach
    void aSurveyWithTwoRespondentsToCall() throws Exception {
        tenant = fixture.create("follow-up-view");
        tenant.loginAs(Role.CX_MANAGER);
        Journey journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.SIGNATURE_JOURNEY,
                null, null, null, null, null, LifecycleStage.MAPPING), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment bill = maps.addMoment(phase.getId(), "First bill");
        Path file = SurveyFiles.write("Respondent;NPS;First bill\nr1;9;2\nr2;3;8\nr3;8;8\n");
        surveys.importNow(new SurveyImportService.ImportRequest(journey.getId(), "q.csv",
                SurveyFiles.mapping(Map.of("First bill", bill.getId())), 7, LocalDate.of(2026, 10, 1)), file);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void listsWhyEachRespondentIsThereAndTakesAStatus() {
        FollowUpView view = navigate(FollowUpView.class);
        Grid<?> grid = $(Grid.class, view).id("follow-up-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        List<String> reasons = List.of(test(grid).getCellText(0, 3), test(grid).getCellText(1, 3));
        assertThat(reasons).containsExactlyInAnyOrder("Recommend 9 · “First bill” scored 2", "Recommend 3");

        @SuppressWarnings("unchecked")
        Select<FollowUpStatus> status = (Select<FollowUpStatus>) test(grid).getCellComponent(0, 5);
        test(status).selectItem("Resolved");

        assertThat(followUps.queue(Set.of(FollowUpStatus.RESOLVED))).hasSize(1);
        assertThat(test($(Grid.class, view).id("follow-up-grid")).size()).isEqualTo(1);
    }

    @Test
    void executivesReadButDoNotChange() {
        tenant.loginAs(Role.EXECUTIVE);
        FollowUpView view = navigate(FollowUpView.class);
        Grid<?> grid = $(Grid.class, view).id("follow-up-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(((Select<?>) test(grid).getCellComponent(0, 5)).isReadOnly()).isTrue();
    }

    @Test
    void itemsNobodyElseAnswersForAreTheCxManagersCountedInTheMenuOnTheDashboardAndInTheirOwnQueue() {
        FollowUpView view = navigate(FollowUpView.class);
        Grid<?> grid = $(Grid.class, view).id("follow-up-grid");
        assertThat(List.of(test(grid).getCellText(0, 4), test(grid).getCellText(1, 4))).containsOnly("CX managers");

        @SuppressWarnings("unchecked")
        Select<FollowUpService.Scope> scope = $(Select.class, view).id("follow-up-scope");
        test(scope).selectItem("Me");
        assertThat(test($(Grid.class, view).id("follow-up-grid")).size()).isEqualTo(2);
        test(scope).selectItem("My disciplines");
        assertThat(test($(Grid.class, view).id("follow-up-grid")).size()).isZero();

        SideNavItem menu = $(SideNavItem.class).all().stream().filter(i -> "follow-up".equals(i.getPath())).findFirst()
                .orElseThrow();
        assertThat(menu.getSuffixComponent()).isInstanceOfSatisfying(Badge.class, badge -> {
            assertThat(badge.getText()).isEqualTo("2");
            assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("2 open for you");
        });

        navigate(app.momentum.dashboard.ui.DashboardView.class);
        assertThat($(RouterLink.class).id("my-follow-ups").getText()).isEqualTo("Follow-up: 2 open for you or your disciplines");

        tenant.loginAs(Role.EXECUTIVE);
        navigate(FollowUpView.class);
        SideNavItem executiveMenu = $(SideNavItem.class).all().stream().filter(i -> "follow-up".equals(i.getPath()))
                .findFirst().orElseThrow();
        assertThat(executiveMenu.getSuffixComponent()).isNull();
    }
}
