package app.momentum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.brand.BrandService;
import app.momentum.brand.TenantDefaults;
import app.momentum.discipline.DisciplineService;
import app.momentum.governance.LifeCycle.JourneyState;
import app.momentum.governance.domain.GateVerdict;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyData;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.measurement.survey.SurveyFiles;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.ownership.OwnershipService;
import app.momentum.ownership.domain.Raci;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.SqlStatements;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link LifeCycle#states()} reads all journeys in bulk and sums their actions up in the database; it must come to
 * the same verdict as {@link LifeCycle#nextGate} judging one journey on its full facts, for journeys in every stage
 * with varied facts, in a number of statements that does not grow with the number of journeys.
 */
@SpringBootTest
class LifeCycleBulkTest {

    @Autowired TenantFixture fixture;
    @Autowired LifeCycle lifeCycle;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired OwnershipService ownership;
    @Autowired DisciplineService disciplines;
    @Autowired BrandService brand;
    @Autowired TenantDefaults defaults;
    @Autowired ActionService actions;
    @Autowired app.momentum.action.ActionCycles actionCycles;
    @Autowired SurveyImportService surveys;
    @Autowired TransactionTemplate transaction;
    @Autowired EntityManagerFactory entityManagerFactory;

    TestTenant tenant;
    UUID persona;
    LocalDate today;
    final List<UUID> made = new ArrayList<>();

    @BeforeEach
    void aTenant() {
        tenant = fixture.create("lifecycle-bulk");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> defaults.apply(Locale.ENGLISH));
        persona = brand.savePersona(null, null, new BrandService.PersonaData("Starter", null, null, null, null,
                List.of(), null)).getId();
        today = lifeCycle.today();
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void statesJudgeEveryJourneyAsItsOwnGateDoes() {
        journeysInEveryStage("");
        // a second cycle: a managed journey with every action finished closes its cycle and is mapped again
        Journey closing = makingJourneyWith("Closing", LifecycleStage.MANAGEMENT, false);
        Moment first = moments(closing).getFirst();
        ImprovementAction done = action(closing, first, ActionStatus.PLANNED);
        complete(done);
        lifeCycle.move(closing.getId(), LifecycleStage.MANAGEMENT, null, null);
        // ... and on to making: its action, created on the day the new cycle began, counts in that cycle too
        lifeCycle.move(closing.getId(), LifecycleStage.MAPPING, null, "Map is fine");
        assertThat(lifeCycle.state(closing.getId()).orElseThrow().cycle()).isEqualTo(2);

        Map<UUID, JourneyState> states = lifeCycle.states().stream()
                .collect(Collectors.toMap(JourneyState::journeyId, Function.identity()));
        assertThat(states).containsKeys(made.toArray(UUID[]::new)).containsKey(closing.getId());
        int passing = 0;
        for (JourneyState state : states.values()) {
            GateVerdict verdict = lifeCycle.nextGate(state.journeyId());
            assertThat(state.nextGatePasses()).as("%s passes", name(state)).isEqualTo(verdict.passes());
            assertThat(state.failingCriteria()).as("%s failing criteria %s", name(state), verdict.failing())
                    .isEqualTo(verdict.failing().size());
            assertThat(state).isEqualTo(lifeCycle.state(state.journeyId()).orElseThrow());
            passing += verdict.passes() ? 1 : 0;
        }
        assertThat(passing).as("some gates pass, others fail").isBetween(3, states.size() - 3);
        assertThat(states.get(closing.getId()).cycle()).isEqualTo(2);
    }

    @Test
    void theStatementsOfStatesDoNotGrowWithTheJourneys() {
        journeysInEveryStage("");
        long few = statementsFor(lifeCycle::states);
        long stale = statementsFor(() -> lifeCycle.staleJourneys(today.plusYears(1)));
        journeysInEveryStage("more ");
        journeysInEveryStage("even more ");

        assertThat(statementsFor(lifeCycle::states)).as("statements for three times the journeys").isEqualTo(few);
        assertThat(statementsFor(() -> assertThat(lifeCycle.staleJourneys(today.plusYears(1)))
                .hasSize(made.size()))).isEqualTo(stale);
    }

    @Test
    void anotherTenantsActionsAreNeverSummedUp() {
        Journey theirs = makingJourneyWith("Theirs", LifecycleStage.MANAGEMENT, false);
        action(theirs, moments(theirs).getFirst(), ActionStatus.PLANNED);
        complete(action(theirs, moments(theirs).getLast(), ActionStatus.PLANNED));
        Map<UUID, LocalDate> theirCycle = Map.of(theirs.getId(), today.minusDays(1));
        assertThat(actionCycles.withUnfinishedActions(theirCycle)).containsExactly(theirs.getId());
        assertThat(actionCycles.committedMoments(theirCycle).get(theirs.getId())).hasSize(2);
        assertThat(actionCycles.lastCompletion(theirCycle)).containsEntry(theirs.getId(), today);
        assertThat(actionCycles.lastActivity(List.of(theirs.getId()))).containsEntry(theirs.getId(), today);

        fixture.create("lifecycle-bulk-other").loginAs(Role.CX_MANAGER);

        // asked about the first tenant's journey by id, the second tenant learns nothing of its actions
        assertThat(actionCycles.withUnfinishedActions(theirCycle)).isEmpty();
        assertThat(actionCycles.committedMoments(theirCycle)).isEmpty();
        assertThat(actionCycles.lastCompletion(theirCycle)).isEmpty();
        assertThat(actionCycles.lastActivity(List.of(theirs.getId()))).isEmpty();
    }

    private String name(JourneyState state) {
        return journeys.find(state.journeyId()).map(Journey::getName).orElse("?") + " (" + state.stage() + ")";
    }

    /** A dozen journeys: some pass their gate, some fail it, for different reasons. */
    private void journeysInEveryStage(String prefix) {
        // mapping: a bare journey, a complete one, a signature journey with an incomplete map
        made.add(journeys.create(new JourneyData(prefix + "Bare", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, null, null,
                null, null, null, LifecycleStage.MAPPING), List.of("Orient", "Move")).getId());
        made.add(makingJourneyWith(prefix + "Mapped", LifecycleStage.MAPPING, false).getId());
        made.add(makingJourneyWith(prefix + "Signature", LifecycleStage.MAPPING, true).getId());

        // making: weak moment without action, with a planned one, with only an idea and a dropped one
        Journey weak = makingJourneyWith(prefix + "Weak", LifecycleStage.MAKING, false);
        surveyed(weak, today);
        made.add(weak.getId());
        Journey planned = makingJourneyWith(prefix + "Planned", LifecycleStage.MAKING, false);
        surveyed(planned, today);
        action(planned, moment(planned, "First bill"), ActionStatus.PLANNED);
        made.add(planned.getId());
        Journey ideas = makingJourneyWith(prefix + "Ideas", LifecycleStage.MAKING, false);
        surveyed(ideas, today);
        action(ideas, moment(ideas, "First bill"), ActionStatus.IDEA);
        drop(action(ideas, moment(ideas, "First bill"), ActionStatus.PLANNED));
        action(ideas, moment(ideas, "Welcome"), ActionStatus.PLANNED);
        made.add(ideas.getId());

        // mining: no survey; a survey without completed actions; surveyed on the day of completion; the day after
        made.add(makingJourneyWith(prefix + "Unsurveyed", LifecycleStage.MINING, false).getId());
        Journey surveyedOnly = makingJourneyWith(prefix + "Surveyed", LifecycleStage.MINING, false);
        surveyed(surveyedOnly, today);
        made.add(surveyedOnly.getId());
        Journey sameDay = makingJourneyWith(prefix + "Same day", LifecycleStage.MINING, false);
        complete(action(sameDay, moments(sameDay).getFirst(), ActionStatus.PLANNED));
        surveyed(sameDay, today);
        made.add(sameDay.getId());
        Journey dayAfter = makingJourneyWith(prefix + "Day after", LifecycleStage.MINING, false);
        complete(action(dayAfter, moments(dayAfter).getFirst(), ActionStatus.PLANNED));
        surveyed(dayAfter, today.plusDays(1));
        made.add(dayAfter.getId());

        // management: an unfinished action; finished and consciously dropped ones; none at all
        Journey unfinished = makingJourneyWith(prefix + "Unfinished", LifecycleStage.MANAGEMENT, false);
        complete(action(unfinished, moments(unfinished).getFirst(), ActionStatus.PLANNED));
        action(unfinished, null, ActionStatus.IDEA);
        made.add(unfinished.getId());
        Journey finished = makingJourneyWith(prefix + "Finished", LifecycleStage.MANAGEMENT, false);
        complete(action(finished, moments(finished).getFirst(), ActionStatus.PLANNED));
        drop(action(finished, null, ActionStatus.IDEA));
        made.add(finished.getId());
        made.add(makingJourneyWith(prefix + "Quiet", LifecycleStage.MANAGEMENT, false).getId());
    }

    /**
     * A journey with a complete map in a stage: two phases with a moment each (7+, emotional, moment of truth, an
     * accountable discipline), an owner and a persona; a signature journey gets a 9+ moment without enablers.
     */
    private Journey makingJourneyWith(String name, LifecycleStage stage, boolean signature) {
        Journey journey = journeys.create(new JourneyData(name, signature ? JourneyType.SIGNATURE_JOURNEY
                : JourneyType.CUSTOMER_EXPERIENCE_JOURNEY, persona, null, null, null,
                tenant.user(Role.CX_MANAGER).getId(), stage), List.of("Orient", "Move"));
        List<Phase> phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        Moment welcome = maps.addMoment(phases.get(0).getId(), "Welcome");
        Moment bill = maps.addMoment(phases.get(1).getId(), "First bill");
        for (Moment each : List.of(welcome, bill)) {
            Moment current = maps.findMoment(each.getId()).orElseThrow();
            TargetLevel level = signature && each == bill ? TargetLevel.NINE_PLUS : TargetLevel.SEVEN_PLUS;
            maps.saveMoment(current.getId(), current.getVersion(), new JourneyMapService.MomentData(current.getTitle(),
                    null, null, null, null, null, MomentNature.EMOTIONAL, level, true, false, List.of(),
                    null, null, List.of(), List.of(), null, null, null, null, null, null));
            if (!signature) {
                ownership.setRaci(each.getId(), disciplines.list().getFirst().getId(), Raci.A);
            }
        }
        return journey;
    }

    private List<Moment> moments(Journey journey) {
        return maps.load(journey.getId()).moments();
    }

    private Moment moment(Journey journey, String title) {
        return moments(journey).stream().filter(m -> m.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private void surveyed(Journey journey, LocalDate fieldedOn) {
        Map<String, UUID> columns = new LinkedHashMap<>();
        columns.put("Welcome", moment(journey, "Welcome").getId());
        columns.put("First bill", moment(journey, "First bill").getId());
        surveys.importNow(new ImportRequest(journey.getId(), journey.getName() + ".csv", SurveyFiles.mapping(columns),
                7, fieldedOn), SurveyFiles.write(PortfolioTest.SURVEY));
    }

    private ImprovementAction action(Journey journey, Moment moment, ActionStatus status) {
        return actions.create(new ActionData(journey.getId(), moment == null ? List.of() : List.of(moment.getId()),
                "Improve " + (moment == null ? "everything" : moment.getTitle()), null, ActionType.EMOTIONAL_CONCEPT,
                null, tenant.user(Role.CX_MANAGER).getId(), List.of(), null, Priority.HIGH, null, null, null, Effort.M),
                status);
    }

    private void complete(ImprovementAction action) {
        ImprovementAction current = actions.find(action.getId()).orElseThrow();
        current = actions.changeStatus(current.getId(), current.getVersion(), ActionStatus.IN_PROGRESS, null);
        actions.changeStatus(current.getId(), current.getVersion(), ActionStatus.DONE, null);
    }

    private void drop(ImprovementAction action) {
        ImprovementAction current = actions.find(action.getId()).orElseThrow();
        actions.changeStatus(current.getId(), current.getVersion(), ActionStatus.DROPPED, "Not worth it");
    }

    private long statementsFor(Runnable work) {
        return SqlStatements.during(entityManagerFactory, work);
    }
}
