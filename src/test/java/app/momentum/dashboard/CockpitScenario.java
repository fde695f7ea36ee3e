package app.momentum.dashboard;

import app.momentum.action.ActionBackdating;
import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.brand.TenantDefaults;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.PerceptionGapService;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.StandardKpi;
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.ownership.OwnershipService;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small tenant with something on every tile the existing modules fill: journeys in two stages, NPS values for ten
 * months with targets, a survey per journey with one moment below target and one above, an owner's estimate before
 * it, overdue actions of a discipline, and a contributor in that discipline with actions of their own.
 */
@Component
public class CockpitScenario {

    private final TenantFixture fixture;
    private final TenantDefaults tenantDefaults;
    private final TransactionTemplate transaction;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final SurveyImportService surveys;
    private final PerceptionGapService gaps;
    private final KpiService kpis;
    private final ActionService actions;
    private final ActionBackdating backdating;
    private final OwnershipService ownership;
    private final DisciplineService disciplines;

    CockpitScenario(TenantFixture fixture, TenantDefaults tenantDefaults, TransactionTemplate transaction,
                    JourneyService journeys, JourneyMapService maps, SurveyImportService surveys,
                    PerceptionGapService gaps, KpiService kpis, ActionService actions, ActionBackdating backdating,
                    OwnershipService ownership, DisciplineService disciplines) {
        this.fixture = fixture;
        this.tenantDefaults = tenantDefaults;
        this.transaction = transaction;
        this.journeys = journeys;
        this.maps = maps;
        this.surveys = surveys;
        this.gaps = gaps;
        this.kpis = kpis;
        this.actions = actions;
        this.backdating = backdating;
        this.ownership = ownership;
        this.disciplines = disciplines;
    }

    /** What a scenario made, to assert on. */
    public record Made(TestTenant tenant, UUID discipline, UUID npsId, List<UUID> journeyIds) {
    }

    /** An empty tenant with its standard KPIs and disciplines, logged in as CX manager. */
    public Made empty(String label) {
        TestTenant tenant = fixture.create(label);
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> tenantDefaults.apply(Locale.ENGLISH));
        UUID nps = kpis.list().stream().filter(k -> k.getStandardCode() == StandardKpi.NPS).findFirst().orElseThrow().getId();
        return new Made(tenant, disciplines.all().getFirst().id(), nps, List.of());
    }

    /** The full scenario (see the class comment), logged in as CX manager at the end. */
    public Made filled(String label) {
        Made made = empty(label);
        TestTenant tenant = made.tenant();
        UUID contributor = tenant.user(Role.CONTRIBUTOR).getId();
        tenant.loginAs(Role.TENANT_ADMIN);
        ownership.setDisciplinesOf(contributor, Set.of(made.discipline()));
        tenant.loginAs(Role.CX_MANAGER);
        // NPS for ten months, Jan–Oct 2026: 20, 22, …, 38; target 35 in October (met) and 40 in September (missed)
        for (int month = 1; month <= 10; month++) {
            kpis.record(made.npsId(), PeriodType.MONTH, LocalDate.of(2026, month, 1), BigDecimal.valueOf(18 + 2L * month),
                    null, null);
        }
        kpis.setTarget(made.npsId(), PeriodType.MONTH, LocalDate.of(2026, 10, 1), new BigDecimal("35"));
        UUID first = journey("Moving house", LifecycleStage.MAPPING, made.discipline(), "4", contributor, true);
        UUID second = journey("Signing up", LifecycleStage.MINING, null, "2", null, false);
        Made filled = new Made(tenant, made.discipline(), made.npsId(), List.of(first, second));
        overdueAction(first, made.discipline(), contributor, "Call back within a day");
        overdueAction(first, made.discipline(), null, "Rewrite the welcome letter");
        actions.create(new ActionData(first, List.of(), "Train the desk", null, ActionType.EMPLOYEE_ENABLER,
                made.discipline(), contributor, List.of(), LocalDate.now().plusDays(20), Priority.LOW, null, null, null,
                Effort.S), ActionStatus.PLANNED);
        return filled;
    }

    /** Another journey with a survey and an overdue action: the cockpit must read it without more statements. */
    public UUID more(Made made, String name) {
        UUID id = journey(name, LifecycleStage.MAKING, made.discipline(), "3", null, true);
        overdueAction(id, made.discipline(), null, "Fix " + name);
        return id;
    }

    /**
     * A journey with moments "Welcome" (mean 6.75 with a weak score {@code weak}: below target) and "Great" (9+),
     * the welcome owned by {@code discipline}, estimated at 8.4 by its owner before the survey when asked.
     */
    private UUID journey(String name, LifecycleStage stage, UUID discipline, String weak, UUID owner, boolean estimate) {
        Journey journey = journeys.create(new JourneyService.JourneyData(name, JourneyType.SIGNATURE_JOURNEY, null, null,
                null, null, null, stage), List.of("Arrive"));
        Phase phase = maps.load(journey.getId()).momentsByPhase().keySet().iterator().next();
        Moment welcome = moment(phase, "Welcome " + name, discipline, owner);
        Moment great = moment(phase, "Great " + name, null, null);
        if (estimate) {
            gaps.estimate(welcome.getId(), new BigDecimal("8.4"));
        }
        String csv = "Respondent;NPS;Welcome;Great\nr1;10;9;9\nr2;9;8;10\nr3;3;" + weak + ";9\nr4;6;6;10\n";
        surveys.importNow(new SurveyImportService.ImportRequest(journey.getId(), name + ".csv",
                SurveyFiles.mapping(Map.of("Welcome", welcome.getId(), "Great", great.getId())), 7,
                LocalDate.of(2026, 10, 1)), SurveyFiles.write(csv));
        return journey.getId();
    }

    private Moment moment(Phase phase, String title, UUID discipline, UUID owner) {
        Moment added = maps.addMoment(phase.getId(), title);
        return maps.saveMoment(added.getId(), added.getVersion(), new JourneyMapService.MomentData(title, null, null, null,
                null, null, added.getNature(), added.getTargetLevel(), false, false, List.of(), null, null, List.of(),
                List.of(), null, null, null, null, discipline, owner));
    }

    private void overdueAction(UUID journeyId, UUID discipline, UUID owner, String title) {
        UUID id = actions.create(new ActionData(journeyId, List.of(), title, null, ActionType.FUNCTIONAL_FIX, discipline,
                owner, List.of(), LocalDate.now().plusDays(5), Priority.HIGH, null, null, null, Effort.S),
                ActionStatus.PLANNED).getId();
        backdating.dueOn(id, LocalDate.now().minusDays(3));
    }
}
