package app.momentum.dashboard;

import app.momentum.testsupport.SqlStatements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.UserFacingException;
import app.momentum.dashboard.Cockpit.Tiles;
import app.momentum.governance.LifeCycle;
import app.momentum.journey.LifecycleStage;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.measurement.KpiTrend;
import app.momentum.measurement.MeasurementHeadlines.KpiHeadline;
import app.momentum.measurement.MeasurementHeadlines.MomentBelowTarget;
import app.momentum.measurement.Period;
import app.momentum.measurement.StandardKpi;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The cockpit against PostgreSQL: each tile's figures per role, tenants apart, and a bounded number of statements. */
@SpringBootTest
class CockpitTest {

    @Autowired CockpitScenario scenario;
    @Autowired Cockpit cockpit;
    @Autowired HeadlineSettings headlines;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired LifeCycle lifeCycle;
    @Autowired MaturityScans maturity;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void theExecutiveSeesThePortfolioKpisMomentsOverdueActionsAndThePerceptionGap() {
        CockpitScenario.Made made = scenario.filled("cockpit-exec");
        made.tenant().loginAs(Role.EXECUTIVE);

        Tiles tiles = cockpit.forCurrentMember();

        assertThat(tiles.audience()).isEqualTo(Cockpit.Audience.EXECUTIVE);
        assertThat(tiles.portfolio().journeys()).isEqualTo(2);
        assertThat(tiles.portfolio().byStage()).containsEntry(LifecycleStage.MAPPING, 1L)
                .containsEntry(LifecycleStage.MINING, 1L).containsEntry(LifecycleStage.MAKING, 0L)
                .containsEntry(LifecycleStage.MANAGEMENT, 0L);
        assertThat(tiles.portfolio().byCheckStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);

        // the default headlines: NPS, CES, CXi; NPS with its last 8 of 10 months, October's target met, +2
        assertThat(tiles.kpis().headlines()).extracting(KpiHeadline::standardCode)
                .containsExactly(StandardKpi.NPS, StandardKpi.CES, StandardKpi.CXI);
        KpiHeadline nps = tiles.kpis().headlines().getFirst();
        assertThat(nps.recent()).hasSize(Cockpit.SPARKLINE_PERIODS);
        assertThat(nps.recent().getFirst().period()).isEqualTo(Period.month(2026, 3));
        assertThat(nps.latest().orElseThrow().value()).isEqualByComparingTo("38");
        assertThat(nps.target()).isEqualByComparingTo("35");
        assertThat(nps.targetMet()).contains(true);
        assertThat(nps.change()).hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("2"));
        assertThat(nps.changeVerdict()).isEqualTo(KpiTrend.Verdict.BETTER);
        KpiHeadline ces = tiles.kpis().headlines().get(1);
        assertThat(ces.latest()).isEmpty();
        assertThat(ces.targetMet()).isEmpty();

        // worst first: Signing up's welcome (6.25) before Moving house's (6.75); the 9+ moments are not listed
        assertThat(tiles.momentsBelowTarget().total()).isEqualTo(2);
        assertThat(tiles.momentsBelowTarget().worst()).extracting(MomentBelowTarget::title)
                .containsExactly("Welcome Signing up", "Welcome Moving house");
        assertThat(tiles.momentsBelowTarget().worst().getFirst().meanSatisfaction()).isEqualTo(6.25);
        assertThat(tiles.momentsBelowTarget().worst().getFirst().journeyName()).isEqualTo("Signing up");

        assertThat(tiles.overdue().total()).isEqualTo(2);
        assertThat(tiles.overdue().byDiscipline()).singleElement().satisfies(d -> {
            assertThat(d.disciplineId()).isEqualTo(made.discipline());
            assertThat(d.overdue()).isEqualTo(2);
        });

        // estimated 8.4 before the survey, measured 6.75: 1.65 above, overrated
        var gap = tiles.perceptionGap().headline().orElseThrow();
        assertThat(gap.compared()).isEqualTo(1);
        assertThat(gap.overestimated()).isEqualTo(1);
        assertThat(gap.meanGap()).isCloseTo(1.65, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gap.largest().orElseThrow().title()).isEqualTo("Welcome Moving house");

        // the executive sees no gates and no contributor tiles
        assertThat(tiles.gates()).isNull();
        assertThat(tiles.myActions()).isNull();
        assertThat(tiles.myMoments()).isNull();
    }

    @Test
    void theCxManagerSeesStageMovesOverridesFailingGatesAndTheLatestMaturityRound() {
        CockpitScenario.Made made = scenario.filled("cockpit-governance");
        UUID movingHouse = made.journeyIds().getFirst();
        // the mapping gate fails (no owner, no persona …): passed anyway with a reason
        lifeCycle.move(movingHouse, LifecycleStage.MAPPING, "Ready to build", "The board wants it now");
        UUID round = maturity.openRound("Autumn 2026", List.of(made.tenant().user(Role.CX_MANAGER).getId()),
                java.time.LocalDate.now().plusDays(14));
        Map<Integer, Answer> allAlmostFully = new HashMap<>();
        for (int statement = 1; statement <= 42; statement++) {
            allAlmostFully.put(statement, Answer.D_ALMOST_FULLY);
        }
        maturity.submit(round, allAlmostFully, maturity.myAnswers(round).version());

        Tiles tiles = cockpit.forCurrentMember();

        assertThat(tiles.lifeCycle().movedThisQuarter()).singleElement().satisfies(t -> {
            assertThat(t.journeyName()).isEqualTo("Moving house");
            assertThat(t.to()).isEqualTo(LifecycleStage.MAKING);
        });
        assertThat(tiles.gates().overrides()).singleElement()
                .satisfies(t -> assertThat(t.overrideReason()).contains("The board wants it now"));
        assertThat(tiles.gates().failing()).isNotEmpty()
                .allSatisfy(j -> assertThat(j.failingCriteria()).isPositive());
        // every statement at 3: Define = 3 × (3 + 5 + 5) = 39
        assertThat(tiles.maturity().latest().orElseThrow().quadrantTotals()).containsEntry(Quadrant.DEFINE, 39.0);

        made.tenant().loginAs(Role.EXECUTIVE);
        Tiles executive = cockpit.forCurrentMember();
        assertThat(executive.gates()).isNull();
        assertThat(executive.lifeCycle().movedThisQuarter()).hasSize(1);
        assertThat(executive.maturity().latest()).isPresent();
    }

    @Test
    void theContributorSeesOwnActionsOverdueFirstAndTheMomentsOfTheirDiscipline() {
        CockpitScenario.Made made = scenario.filled("cockpit-contrib");
        made.tenant().loginAs(Role.CONTRIBUTOR);

        Tiles tiles = cockpit.forCurrentMember();

        assertThat(tiles.audience()).isEqualTo(Cockpit.Audience.CONTRIBUTOR);
        assertThat(tiles.portfolio()).isNull();
        assertThat(tiles.kpis()).isNull();
        assertThat(tiles.myActions().open()).isEqualTo(2);
        assertThat(tiles.myActions().overdue()).isEqualTo(1);
        assertThat(tiles.myActions().first()).extracting(a -> a.title())
                .containsExactly("Call back within a day", "Train the desk");
        assertThat(tiles.myActions().first().getFirst().overdue()).isTrue();
        // only Moving house's welcome is their discipline's; Signing up's has none
        assertThat(tiles.myMoments().worst()).extracting(MomentBelowTarget::title).containsExactly("Welcome Moving house");
    }

    @Test
    void anEmptyTenantHasEmptyTiles() {
        scenario.empty("cockpit-empty");
        Tiles tiles = cockpit.forCurrentMember();
        assertThat(tiles.portfolio().journeys()).isZero();
        assertThat(tiles.kpis().headlines()).hasSize(3).allSatisfy(k -> assertThat(k.latest()).isEmpty());
        assertThat(tiles.momentsBelowTarget().total()).isZero();
        assertThat(tiles.overdue().total()).isZero();
        assertThat(tiles.perceptionGap().headline()).isEmpty();
    }

    @Test
    void anotherTenantsJourneysSurveysAndActionsStayOut() {
        scenario.filled("cockpit-a");
        scenario.empty("cockpit-b");
        Tiles tiles = cockpit.forCurrentMember();
        assertThat(tiles.portfolio().journeys()).isZero();
        assertThat(tiles.momentsBelowTarget().total()).isZero();
        assertThat(tiles.overdue().total()).isZero();
        assertThat(tiles.perceptionGap().headline()).isEmpty();
        assertThat(tiles.kpis().headlines().getFirst().latest()).isEmpty();
    }

    @Test
    void executivesAndCxManagersSeeTheSameStaleJourneys() {
        CockpitScenario.Made made = scenario.filled("cockpit-stale");
        UUID forgotten = made.journeyIds().getLast();
        // last reviewed long ago: past its review date
        lifeCycle.markReviewed(forgotten);
        jdbc.update("update journey_life_cycle set last_reviewed_on = current_date - 200 where journey_id = ?",
                forgotten);

        List<UUID> managers = cockpit.forCurrentMember().lifeCycle().stale().stream()
                .map(Cockpit.StaleJourney::journeyId).toList();
        made.tenant().loginAs(Role.EXECUTIVE);
        List<UUID> executives = cockpit.forCurrentMember().lifeCycle().stale().stream()
                .map(Cockpit.StaleJourney::journeyId).toList();

        assertThat(managers).containsExactly(forgotten);
        assertThat(executives).isEqualTo(managers);
    }

    /** Every tile reads in bulk: adding journeys, surveys and actions adds no statement, for either audience. */
    @Test
    void theNumberOfStatementsDoesNotGrowWithJourneysSurveysAndActions() {
        CockpitScenario.Made made = scenario.filled("cockpit-count");
        scenario.more(made, "Journey in making"); // a journey in each stage the others will be in: its gate reads too
        Runnable managers = cockpit::forCurrentMember;
        Runnable executives = () -> {
            made.tenant().loginAs(Role.EXECUTIVE);
            try {
                cockpit.forCurrentMember();
            } finally {
                made.tenant().loginAs(Role.CX_MANAGER);
            }
        };
        managers.run(); // warm
        long smallManagers = statementsFor(managers);
        long smallExecutives = statementsFor(executives);
        for (int i = 0; i < 4; i++) {
            scenario.more(made, "Journey " + i);
        }
        long largeManagers = statementsFor(managers);
        long largeExecutives = statementsFor(executives);

        assertThat(cockpit.forCurrentMember().momentsBelowTarget().total()).isEqualTo(7);
        assertThat(largeManagers).as("CX manager's statements with more journeys").isLessThanOrEqualTo(smallManagers);
        assertThat(largeExecutives).as("executive's statements with more journeys")
                .isLessThanOrEqualTo(smallExecutives);
        assertThat(largeManagers).as("statements of a CX manager's cockpit").isLessThanOrEqualTo(45);
    }

    @Test
    void cxManagersChooseTheHeadlinesOthersMayNotAndBadChoicesAreRefused() {
        CockpitScenario.Made made = scenario.empty("cockpit-choose");
        List<UUID> all = headlines.choice().kpis().stream().map(k -> k.id()).toList();
        assertThat(headlines.choice().isDefault()).isTrue();

        headlines.choose(List.of(all.get(3), made.npsId()));
        assertThat(cockpit.forCurrentMember().kpis().headlines()).extracting(KpiHeadline::standardCode)
                .containsExactly(StandardKpi.CXI, StandardKpi.NPS);
        assertThat(headlines.choice().isDefault()).isFalse();

        assertThatThrownBy(() -> headlines.choose(all.subList(0, 7))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("cockpit.error.tooManyKpis"));
        assertThatThrownBy(() -> headlines.choose(List.of(UUID.randomUUID())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cockpit.error.unknownKpi"));
        // nothing half-saved
        assertThat(headlines.chosenOrDefault()).containsExactly(all.get(3), made.npsId());

        made.tenant().loginAs(Role.EXECUTIVE);
        assertThatThrownBy(() -> headlines.choose(List.of(made.npsId()))).isInstanceOf(AccessDeniedException.class);
        made.tenant().loginAs(Role.CONTRIBUTOR);
        assertThatThrownBy(() -> headlines.choose(List.of(made.npsId()))).isInstanceOf(AccessDeniedException.class);

        made.tenant().loginAs(Role.TENANT_ADMIN);
        headlines.choose(List.of());
        assertThat(headlines.choice().isDefault()).isTrue();
        assertThat(cockpit.forCurrentMember().kpis().headlines()).hasSize(3);

        // another tenant keeps its defaults
        scenario.empty("cockpit-choose-other");
        assertThat(headlines.choice().isDefault()).isTrue();
    }

    private long statementsFor(Runnable work) {
        return SqlStatements.during(entityManagerFactory, work);
    }
}
