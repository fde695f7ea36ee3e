package app.momentum.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.action.ActionBackdating;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.base.TenantContext;
import app.momentum.base.UserFacingException;
import app.momentum.dashboard.CockpitScenario;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.KpiRecord;
import app.momentum.measurement.Period;
import app.momentum.measurement.PeriodType;
import app.momentum.report.BoardReportDocument.KpiRow;
import app.momentum.report.BoardReportDocument.KpiStatus;
import app.momentum.report.BoardReportDocument.MomentRow;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantRegistry;
import app.momentum.testsupport.SqlStatements;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.user.UserAccounts;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The board report built from a tenant's own data, per role and language, and the demo tenant's within 5 s. */
@SpringBootTest
class BoardReportsTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired TenantFixture fixture;
    @Autowired BoardReports reports;
    @Autowired KpiService kpis;
    @Autowired JourneyService journeys;
    @Autowired ActionService actions;
    @Autowired ActionBackdating backdating;
    @Autowired TenantRegistry tenants;
    @Autowired UserAccounts users;
    @Autowired CockpitScenario scenario;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired app.momentum.governance.LifeCycle lifeCycle;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void aQuarterShowsItsKpiValuesAgainstTargetsWithEightPeriodsAndTheChange() {
        TestTenant tenant = fixture.create("report-kpi");
        tenant.loginAs(Role.CX_MANAGER);
        kpis.create(new KpiService.KpiData("Net Promoter Score", "", new BigDecimal("-100"),
                new BigDecimal("100"), true, KpiScope.TENANT, null, null));
        UUID nps = kpi("Net Promoter Score");
        kpis.recordMeasurement(nps, PeriodType.QUARTER, LocalDate.of(2026, 1, 1), new BigDecimal("20"), 100, null);
        kpis.recordMeasurement(nps, PeriodType.QUARTER, LocalDate.of(2026, 4, 1), new BigDecimal("24.5"), 100, null);
        kpis.recordMeasurement(nps, PeriodType.QUARTER, LocalDate.of(2026, 10, 1), new BigDecimal("40"), 100, null);
        kpis.setTarget(nps, PeriodType.QUARTER, LocalDate.of(2026, 4, 1), new BigDecimal("25"));

        BoardReportDocument q2 = reports.document(Period.quarter(2026, 2), Locale.ENGLISH);

        assertThat(q2.title()).isEqualTo("Board report Q2 2026");
        assertThat(q2.subtitle()).endsWith("April – June 2026");
        KpiRow row = q2.kpis().stream().filter(k -> k.name().startsWith("Net Promoter")).findFirst().orElseThrow();
        assertThat(row.latest()).isEqualTo("24.5");
        assertThat(row.target()).isEqualTo("25");
        assertThat(row.status()).isEqualTo(KpiStatus.MISSED);
        assertThat(row.statusLabel()).isEqualTo("Missed");
        assertThat(row.change()).isEqualTo("+4.5");
        // 8 quarters ending in Q2 2026: the later value of Q4 is not in it
        assertThat(row.sparkline()).containsExactly(null, null, null, null, null, null, 20.0, 24.5);

        BoardReportDocument q2Dutch = reports.document(Period.quarter(2026, 2), DUTCH);
        assertThat(q2Dutch.title()).isEqualTo("Directierapportage K2 2026");
        KpiRow dutch = q2Dutch.kpis().stream().filter(k -> k.latest().equals("24,5")).findFirst().orElseThrow();
        assertThat(dutch.change()).isEqualTo("+4,5");
        assertThat(dutch.statusLabel()).isEqualTo("Niet gehaald");

        // A quarter before any value: no KPI rows, the PDF says so.
        BoardReportDocument before = reports.document(Period.quarter(2025, 1), Locale.ENGLISH);
        assertThat(before.kpis()).isEmpty();
        assertThat(pdfText(reports.pdf(Period.quarter(2025, 1), Locale.ENGLISH))).contains("No KPI values yet");
    }

    @Test
    void staleJourneysAreListedWithTheirOwnerAndWhyInTheUsersLanguage() {
        CockpitScenario.Made made = scenario.filled("report-stale");
        UUID forgotten = made.journeyIds().getLast();
        String name = journeys.find(forgotten).orElseThrow().getName();
        lifeCycle.markReviewed(forgotten);
        jdbc.update("update journey_life_cycle set last_reviewed_on = date '2026-01-05' where journey_id = ?",
                forgotten);
        int interval = lifeCycle.settings().reviewIntervalDays();
        LocalDate due = LocalDate.of(2026, 1, 5).plusDays(interval);

        BoardReportDocument english = reports.document(Period.quarter(2026, 4), Locale.ENGLISH);
        BoardReportDocument dutch = reports.document(Period.quarter(2026, 4), DUTCH);

        assertThat(english.staleJourneys()).singleElement().satisfies(row -> {
            assertThat(row.journey()).isEqualTo(name);
            assertThat(row.reason()).contains("due").contains(String.valueOf(due.getYear()));
        });
        assertThat(dutch.staleJourneys()).singleElement().satisfies(row -> {
            assertThat(row.journey()).isEqualTo(name);
            assertThat(row.reason()).contains("gepland").contains(String.valueOf(due.getYear()));
        });
    }

    @Test
    void actionsDoneInThePeriodAndOverdueAtItsEndAreCountedPerDiscipline() {
        TestTenant tenant = fixture.create("report-actions");
        tenant.loginAs(Role.CX_MANAGER);
        UUID journey = journeys.createReturningId(new JourneyService.JourneyData("Report journey",
                JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null, null, null, null, LifecycleStage.MAKING),
                List.of("One"), false);
        UUID owner = tenant.user(Role.CX_MANAGER).getId();
        LocalDate today = LocalDate.now(BoardReports.ZONE);
        var late = actions.createRef(data(journey, "Late one", owner, today.plusDays(3)), ActionStatus.PLANNED);
        backdating.dueOn(late.id(), today.minusDays(1));
        var done = actions.createRef(data(journey, "Done one", owner, today.plusDays(3)), ActionStatus.IN_PROGRESS);
        actions.changeStatusRef(done.id(), done.version(), ActionStatus.DONE, null);

        BoardReportDocument now = reports.document(reports.currentQuarter(), Locale.ENGLISH);
        // the quarter is not over: "overdue at its end" counts what is overdue by the last day, i.e. the late one
        assertThat(now.actions().done()).isEqualTo(1);
        assertThat(now.actions().overdue()).isEqualTo(1);
        assertThat(now.portfolio().total()).isEqualTo(1);
        assertThat(now.portfolio().stages()).extracting(BoardReportDocument.StageCount::stage)
                .containsExactly("Mapping", "Making", "Mining", "Management");

        Period earlier = BoardReports.previous(PeriodType.QUARTER, today);
        assertThat(reports.document(earlier, Locale.ENGLISH).actions().done()).isZero();
    }

    @Test
    void executivesReadTheReportAndContributorsDoNot() {
        TestTenant tenant = fixture.create("report-roles");
        tenant.loginAs(Role.EXECUTIVE);
        assertThat(reports.mayRead()).isTrue();
        assertThat(reports.maySchedule()).isFalse();
        assertThat(reports.pdf(reports.currentQuarter(), Locale.ENGLISH)).isNotEmpty();
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(reports.maySchedule()).isTrue();
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(reports.mayRead()).isFalse();
        assertThatThrownBy(() -> reports.document(reports.currentQuarter(), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPeriodIsReadFromThePageParameterAndAFutureOneIsRefused() {
        assertThat(reports.parsePeriod("2026-Q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(reports.parsePeriod("Q1 2025")).isEqualTo(Period.quarter(2025, 1));
        assertThatThrownBy(() -> reports.parsePeriod("last year")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> reports.parsePeriod("2099-Q1")).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theDemoTenantsReportIsMadeInUnderFiveSeconds() {
        var tenant = TenantContext.callGlobal(() -> tenants.findBySlug("demo-energy")).orElseThrow();
        var exec = TenantContext.callGlobal(() -> users.findByEmail("exec@demo-energy.example")).orElseThrow();
        TestLogin.as(exec, tenant, Role.EXECUTIVE);
        Period quarter = reports.currentQuarter();
        reports.pdf(quarter, DUTCH); // warm-up: fonts, query plans
        long start = System.nanoTime();
        byte[] pdf = reports.pdf(quarter, DUTCH);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCHMARK board report of the demo tenant (" + quarter.code() + "): " + millis + " ms, "
                + pdf.length + " bytes");
        assertThat(millis).isLessThan(5_000);
        String text = pdfText(pdf);
        assertThat(text).contains("Directierapportage", "Portfolio per fase", "KPI's tegen doelen",
                "Momenten onder doel", "Verbeteracties", "Volwassenheidskompas", "Verouderde klantreizen");
    }

    /**
     * Every section reads in bulk: more journeys with a survey (a moment below target each), overdue actions and stale
     * journeys, and more KPIs with values and targets, add no statement.
     */
    @Test
    void theNumberOfStatementsDoesNotGrowWithJourneysSurveysAndKpis() {
        CockpitScenario.Made made = scenario.filled("report-count");
        scenario.more(made, "Journey in making");
        measuredKpi("Extra KPI");
        Period quarter = reports.currentQuarter();
        Runnable report = () -> reports.document(quarter, Locale.ENGLISH);
        report.run(); // warm
        long small = SqlStatements.during(entityManagerFactory, report);
        BoardReportDocument before = reports.document(quarter, Locale.ENGLISH);
        for (int i = 0; i < 4; i++) {
            scenario.more(made, "Journey " + i);
            measuredKpi("Extra KPI " + i);
        }
        long large = SqlStatements.during(entityManagerFactory, report);
        BoardReportDocument after = reports.document(quarter, Locale.ENGLISH);

        assertThat(after.momentsBelowTarget()).hasSize(before.momentsBelowTarget().size() + 4)
                .extracting(MomentRow::journey).contains("Journey 0", "Journey 3");
        assertThat(after.kpis()).hasSize(before.kpis().size() + 4);
        assertThat(large).as("statements of the report with more journeys and KPIs").isLessThanOrEqualTo(small);
    }

    /** An organisation-wide KPI with a value and a target in the current quarter. */
    private void measuredKpi(String name) {
        kpis.create(new KpiService.KpiData(name, "", BigDecimal.ZERO, new BigDecimal("10"), true, KpiScope.TENANT,
                null, null));
        UUID id = kpi(name);
        LocalDate quarterStart = reports.currentQuarter().start();
        kpis.recordMeasurement(id, PeriodType.QUARTER, quarterStart, new BigDecimal("7"), 50, null);
        kpis.setTarget(id, PeriodType.QUARTER, quarterStart, new BigDecimal("8"));
    }

    private UUID kpi(String name) {
        return kpis.listRecords().stream().filter(k -> k.name().equals(name)).map(KpiRecord::id).findFirst()
                .orElseThrow();
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ActionData data(UUID journey, String title, UUID owner, LocalDate due) {
        return new ActionData(journey, List.of(), title, null, ActionType.FUNCTIONAL_FIX, null, owner, List.of(), due,
                Priority.MEDIUM, null, null, null, Effort.S);
    }
}
