package app.momentum.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.ui.AccessDeniedView;
import app.momentum.base.ui.NotFoundView;
import app.momentum.measurement.Period;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The board report page: its sections, the quarter, the download, who sees it and who schedules it. */
@SpringBootTest
class BoardReportViewTest extends SpringBrowserlessTest {

    @Autowired TenantFixture fixture;

    TestTenant tenant;

    @BeforeEach
    void aTenant() {
        tenant = fixture.create("report-view");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void anExecutiveSeesEverySectionAndCanDownloadThePdfButNotSchedule() {
        tenant.loginAs(Role.EXECUTIVE);
        BoardReportView view = navigate(BoardReportView.class);

        for (String section : new String[] {"report-portfolio", "report-kpis", "report-moments", "report-actions",
            "report-compass", "report-stale"}) {
            assertThat($(Div.class, view).id(section).isVisible()).as(section).isTrue();
        }
        assertThat($(Div.class, view).id("report-kpis").getElement().getTextRecursively())
                .contains("No KPI values yet");
        Anchor download = $(Anchor.class, view).id("report-download");
        assertThat(download.getText()).isEqualTo("Download PDF");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat($(Div.class, view).withId("report-schedule").exists()).isFalse();
        assertThat($(Div.class, view).id("report-stored").getElement().getTextRecursively())
                .contains("No scheduled reports yet.");
    }

    @Test
    void theQuarterComesFromTheAddressAndABadOneFallsBackToTheCurrentQuarter() {
        tenant.loginAs(Role.CX_MANAGER);
        UI.getCurrent().navigate("report/board", QueryParameters.of("quarter", "2026-Q2"));
        BoardReportView view = (BoardReportView) getCurrentView();
        assertThat(view.shown()).isEqualTo(Period.quarter(2026, 2));
        assertThat($(H1.class, view).id("report-title").getText()).isEqualTo("Board report Q2 2026");

        UI.getCurrent().navigate("report/board", QueryParameters.of("quarter", "nonsense"));
        BoardReportView fallback = (BoardReportView) getCurrentView();
        assertThat(fallback.shown().type()).isEqualTo(Period.quarter(2026, 1).type());
    }

    @Test
    void dutchUsersGetTheDutchReport() {
        tenant.loginAs(Role.CX_MANAGER);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        UI.getCurrent().navigate("report/board", QueryParameters.of("quarter", "2026-Q3"));
        BoardReportView view = (BoardReportView) getCurrentView();
        assertThat($(H1.class, view).id("report-title").getText()).isEqualTo("Directierapportage K3 2026");
        assertThat($(Anchor.class, view).id("report-download").getText()).isEqualTo("PDF downloaden");
    }

    @Test
    void tenantAdminsSeeTheScheduleAndBadInputIsShownOnTheFields() {
        tenant.loginAs(Role.TENANT_ADMIN);
        BoardReportView view = navigate(BoardReportView.class);
        ScheduleSection schedule = $(ScheduleSection.class, view).single();
        assertThat($(Paragraph.class, schedule).id("report-schedule-state").getText())
                .isEqualTo("The board report is not scheduled.");
        test(schedule.save).click();
        assertThat(schedule.frequency.isInvalid()).isTrue();
        assertThat(schedule.recipients.isInvalid()).isTrue();

        schedule.frequency.setValue(app.momentum.report.BoardReportSchedules.Frequency.QUARTERLY);
        schedule.recipients.select(schedule.recipients.getListDataView().getItems().findFirst().orElseThrow());
        test(schedule.save).click();
        assertThat($(Paragraph.class, schedule).id("report-schedule-state").getText())
                .isEqualTo("Quarterly, to 1 recipient(s).");
    }

    @Test
    void contributorsCannotOpenThePage() {
        tenant.loginAs(Role.CONTRIBUTOR);
        navigate("report/board", Component.class);
        assertThat(Optional.of(getCurrentView())).get().isInstanceOfAny(AccessDeniedView.class, NotFoundView.class);
    }

    @Test
    void aStoredReportOfAnotherPeriodOrTenantIsNotFound() {
        tenant.loginAs(Role.EXECUTIVE);
        navigate("report/board/file/2026-Q3", Component.class);
        StoredBoardReportView view = (StoredBoardReportView) getCurrentView();
        assertThat($(Paragraph.class, view).id("report-file-missing").getText())
                .isEqualTo("There is no stored board report Q3 2026 in this organisation.");
        assertThat($(Anchor.class, view).withId("report-file-download").exists()).isFalse();
    }
}
