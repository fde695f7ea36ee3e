package app.momentum.governance;

import static app.momentum.governance.domain.GateCriterion.ACTIONS_DONE_OR_DROPPED;
import static app.momentum.governance.domain.GateCriterion.JOURNEY_HAS_OWNER;
import static app.momentum.governance.domain.GateCriterion.JOURNEY_HAS_PERSONA;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_OF_TRUTH_IDENTIFIED;
import static app.momentum.governance.domain.GateCriterion.PHASES_HAVE_MOMENTS;
import static app.momentum.governance.domain.GateCriterion.SURVEY_AFTER_LAST_COMPLETED_ACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Effort;
import app.momentum.action.domain.Priority;
import app.momentum.action.internal.ImprovementAction;
import app.momentum.base.InvalidInputException;
import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandService;
import app.momentum.brand.TenantDefaults;
import app.momentum.discipline.DisciplineService;
import app.momentum.governance.LifeCycle.JourneyState;
import app.momentum.governance.LifeCycle.Transition;
import app.momentum.governance.domain.CriterionResult;
import app.momentum.governance.domain.CriterionResult.Outcome;
import app.momentum.governance.domain.Gate;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.governance.domain.GateVerdict;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.collab.JourneyBaseline;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.ownership.OwnershipService;
import app.momentum.ownership.domain.Raci;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The CX life cycle through the service, against PostgreSQL: gates on a real journey, moves, cycles, settings. */
@SpringBootTest
class LifeCycleTest {

    @Autowired TenantFixture fixture;
    @Autowired LifeCycle lifeCycle;
    @Autowired JourneyService journeys;
    @Autowired JourneyMapService maps;
    @Autowired OwnershipService ownership;
    @Autowired DisciplineService disciplines;
    @Autowired BrandService brand;
    @Autowired TenantDefaults defaults;
    @Autowired ActionService actions;
    @Autowired JourneyCollaboration collaboration;
    @Autowired TransactionTemplate transaction;

    TestTenant tenant;
    Journey journey;
    Phase phase;
    Moment moment;

    /** A small customer-experience journey: one phase with one plain moment, no owner, no persona. */
    @BeforeEach
    void aSmallJourney() {
        tenant = fixture.create("lifecycle");
        tenant.loginAs(Role.CX_MANAGER);
        transaction.executeWithoutResult(status -> defaults.apply(Locale.ENGLISH));
        journey = journeys.create(new JourneyService.JourneyData("Moving house", JourneyType.CUSTOMER_EXPERIENCE_JOURNEY,
                null, null, null, null, null, null), List.of("Orient", "Move"));
        List<Phase> phases = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet());
        phase = phases.getFirst();
        moment = maps.addMoment(phase.getId(), "Welcome call");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private static List<GateCriterion> failing(GateVerdict verdict) {
        return verdict.failing().stream().map(CriterionResult::criterion).toList();
    }

    private static CriterionResult result(GateVerdict verdict, GateCriterion criterion) {
        return verdict.results().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow();
    }

    /** Completes the map so that the mapping gate passes. */
    private void completeTheMap() {
        Phase move = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet()).get(1);
        Moment keys = maps.addMoment(move.getId(), "Keys handed over");
        for (Moment each : List.of(moment, keys)) {
            Moment current = maps.findMoment(each.getId()).orElseThrow();
            maps.saveMoment(current.getId(), current.getVersion(), new JourneyMapService.MomentData(current.getTitle(),
                    null, null, null, null, null, MomentNature.EMOTIONAL, TargetLevel.SEVEN_PLUS, true, false, List.of(),
                    null, null, List.of(), List.of(), null, null, null, null, null, null));
            ownership.setRaci(each.getId(), disciplines.list().getFirst().getId(), Raci.A);
        }
        UUID persona = brand.savePersona(null, null, new BrandService.PersonaData("Starter", null, null, null, null,
                List.of(), null)).getId();
        Journey current = journeys.find(journey.getId()).orElseThrow();
        journeys.update(current.getId(), current.getVersion(), new JourneyService.JourneyData(current.getName(),
                current.getType(), persona, null, null, null, tenant.user(Role.CX_MANAGER).getId(), null));
    }

    @Test
    void aSmallJourneyFailsTheMappingGateWithWhatFailsAndPassesOnceMapped() {
        GateVerdict verdict = lifeCycle.nextGate(journey.getId());
        assertThat(verdict.gate()).isEqualTo(Gate.MAPPING_TO_MAKING);
        assertThat(failing(verdict)).containsExactly(PHASES_HAVE_MOMENTS, MOMENTS_OF_TRUTH_IDENTIFIED,
                MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE, JOURNEY_HAS_OWNER, JOURNEY_HAS_PERSONA);
        Phase empty = List.copyOf(maps.load(journey.getId()).momentsByPhase().keySet()).get(1);
        assertThat(result(verdict, PHASES_HAVE_MOMENTS).failingIds()).containsExactly(empty.getId());
        assertThat(result(verdict, MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE).failingIds()).containsExactly(moment.getId());
        assertThat(result(verdict, JOURNEY_HAS_OWNER).failingIds()).containsExactly(journey.getId());
        assertThat(result(verdict, GateCriterion.SIGNATURE_CHECK_PASSES).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);

        assertThatThrownBy(() -> lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, "  "))
                .isInstanceOfSatisfying(GateFailsException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("governance.error.gateFails.5");
                    assertThat(refused.failing()).contains(JOURNEY_HAS_PERSONA);
                });
        assertThat(journeys.find(journey.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAPPING);
        assertThat(lifeCycle.history(journey.getId())).isEmpty();

        completeTheMap();
        assertThat(lifeCycle.nextGate(journey.getId()).passes()).isTrue();
        Transition moved = lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, "Map signed off", "ignored: it passes");
        assertThat(moved.from()).isEqualTo(LifecycleStage.MAPPING);
        assertThat(moved.to()).isEqualTo(LifecycleStage.MAKING);
        assertThat(moved.overrideReason()).isEmpty();
        assertThat(moved.failingAtTheTime()).isEmpty();
        assertThat(moved.note()).isEqualTo("Map signed off");
        assertThat(moved.byUserId()).isEqualTo(tenant.user(Role.CX_MANAGER).getId());
        assertThat(moved.byName()).isNotBlank();
        assertThat(moved.journeyName()).isEqualTo("Moving house");
        assertThat(journeys.find(journey.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAKING);
        assertThat(lifeCycle.nextGate(journey.getId()).gate()).isEqualTo(Gate.MAKING_TO_MINING);
    }

    @Test
    void aFailingGatePassedAnywayIsRecordedWithItsReasonAndWhatFailed() {
        Transition override = lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null,
                "  Pilot with the board's blessing  ");
        assertThat(override.overrideReason()).hasValue("Pilot with the board's blessing");
        assertThat(override.failingAtTheTime()).containsExactly(PHASES_HAVE_MOMENTS, MOMENTS_OF_TRUTH_IDENTIFIED,
                MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE, JOURNEY_HAS_OWNER, JOURNEY_HAS_PERSONA);
        assertThat(lifeCycle.history(journey.getId())).singleElement().satisfies(t -> {
            assertThat(t.overrideReason()).hasValue("Pilot with the board's blessing");
            assertThat(t.failingAtTheTime()).contains(JOURNEY_HAS_PERSONA);
            assertThat(t.cycle()).isEqualTo(1);
        });
        assertThat(lifeCycle.transitionsSince(Instant.now().minus(1, ChronoUnit.HOURS)))
                .extracting(Transition::journeyId).containsExactly(journey.getId());
        assertThat(lifeCycle.transitionsSince(Instant.now().plus(1, ChronoUnit.HOURS))).isEmpty();
    }

    @Test
    void contributorsAndExecutivesCannotMoveAndAMoveFromAStageTheJourneyLeftIsRefused() {
        for (Role reader : List.of(Role.CONTRIBUTOR, Role.EXECUTIVE)) {
            tenant.loginAs(reader);
            assertThat(lifeCycle.mayMove()).isFalse();
            assertThat(lifeCycle.nextGate(journey.getId()).passes()).isFalse();
            assertThatThrownBy(() -> lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, "because"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> lifeCycle.markReviewed(journey.getId())).isInstanceOf(AccessDeniedException.class);
        }
        tenant.loginAs(Role.TENANT_ADMIN);
        assertThat(lifeCycle.mayMove()).isTrue();
        lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, "pilot");
        // a second user still looking at mapping moves again: refused, never applied twice
        assertThatThrownBy(() -> lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, "pilot"))
                .isInstanceOf(UserFacingException.class).hasMessage("journey.error.stageMoved");
        assertThat(journeys.find(journey.getId()).orElseThrow().getLifecycleStage()).isEqualTo(LifecycleStage.MAKING);
        assertThat(lifeCycle.history(journey.getId())).hasSize(1);
    }

    @Test
    void closingTheCycleNeedsEveryActionDoneOrDroppedAndStartsTheNextWithABaseline() {
        completeTheMap();
        lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, null);
        ImprovementAction action = actions.create(new ActionData(journey.getId(), List.of(moment.getId()),
                "Call the day before", null, ActionType.EMOTIONAL_CONCEPT, null, tenant.user(Role.CX_MANAGER).getId(),
                List.of(), null, Priority.HIGH, null, null, null, Effort.M), ActionStatus.PLANNED);
        lifeCycle.move(journey.getId(), LifecycleStage.MAKING, null, null);
        // no survey since the cycle started
        GateVerdict mining = lifeCycle.nextGate(journey.getId());
        assertThat(failing(mining)).containsExactly(SURVEY_AFTER_LAST_COMPLETED_ACTION);
        assertThat(mining.targetShareInformation()).isPresent();
        lifeCycle.move(journey.getId(), LifecycleStage.MINING, null, "Survey runs next quarter");

        GateVerdict management = lifeCycle.nextGate(journey.getId());
        assertThat(failing(management)).containsExactly(ACTIONS_DONE_OR_DROPPED);
        assertThat(result(management, ACTIONS_DONE_OR_DROPPED).failingIds()).containsExactly(action.getId());
        ImprovementAction current = actions.find(action.getId()).orElseThrow();
        actions.changeStatus(current.getId(), current.getVersion(), ActionStatus.DROPPED, "Replaced by the new app");
        assertThat(lifeCycle.nextGate(journey.getId()).passes()).isTrue();

        assertThat(lifeCycle.state(journey.getId()).orElseThrow().cycle()).isEqualTo(1);
        Transition closing = lifeCycle.move(journey.getId(), LifecycleStage.MANAGEMENT, "Cycle closed", null);
        assertThat(closing.cycle()).isEqualTo(1);
        assertThat(closing.to()).isEqualTo(LifecycleStage.MAPPING);
        JourneyState state = lifeCycle.state(journey.getId()).orElseThrow();
        assertThat(state.stage()).isEqualTo(LifecycleStage.MAPPING);
        assertThat(state.cycle()).isEqualTo(2);
        assertThat(state.cycleStartedOn()).isEqualTo(lifeCycle.today());
        assertThat(collaboration.baselines(journey.getId())).extracting(JourneyBaseline::getName)
                .containsExactly("Cycle 2 start");
        assertThat(lifeCycle.history(journey.getId())).extracting(Transition::to).containsExactly(
                LifecycleStage.MAPPING, LifecycleStage.MANAGEMENT, LifecycleStage.MINING, LifecycleStage.MAKING);
        // the new cycle starts at mapping with the map as it was: its gate passes again
        assertThat(lifeCycle.nextGate(journey.getId()).passes()).isTrue();
    }

    @Test
    void aTenantAdminSwitchesACriterionOffAndChoosesTheReviewInterval() {
        assertThat(lifeCycle.settings().enabledCriteria()).containsExactlyInAnyOrder(GateCriterion.values());
        assertThat(lifeCycle.settings().reviewIntervalDays()).isEqualTo(90);
        EnumSet<GateCriterion> enabled = EnumSet.allOf(GateCriterion.class);
        enabled.remove(JOURNEY_HAS_PERSONA);
        assertThatThrownBy(() -> lifeCycle.saveSettings(enabled, 30)).isInstanceOf(AccessDeniedException.class);

        tenant.loginAs(Role.TENANT_ADMIN);
        for (int wrong : new int[] {0, 731}) {
            assertThatThrownBy(() -> lifeCycle.saveSettings(enabled, wrong)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("governance.error.interval");
        }
        lifeCycle.saveSettings(enabled, 30);
        assertThat(lifeCycle.settings().enabledCriteria()).doesNotContain(JOURNEY_HAS_PERSONA).hasSize(11);
        assertThat(lifeCycle.settings().reviewIntervalDays()).isEqualTo(30);
        GateVerdict verdict = lifeCycle.nextGate(journey.getId());
        assertThat(result(verdict, JOURNEY_HAS_PERSONA).outcome()).isEqualTo(Outcome.OFF);
        assertThat(failing(verdict)).doesNotContain(JOURNEY_HAS_PERSONA).contains(JOURNEY_HAS_OWNER);

        JourneyState state = lifeCycle.states().stream().filter(s -> s.journeyId().equals(journey.getId()))
                .findFirst().orElseThrow();
        assertThat(state.nextGatePasses()).isFalse();
        assertThat(state.failingCriteria()).isEqualTo(4);
        assertThat(state.stale()).isEmpty();
        assertThat(state.reviewDueOn()).isEqualTo(lifeCycle.today().plusDays(30));
        lifeCycle.markReviewed(journey.getId());
        assertThat(lifeCycle.state(journey.getId()).orElseThrow().reviewDueOn())
                .isEqualTo(lifeCycle.today().plusDays(30));
    }

    @Test
    void anotherTenantSeesNothingOfTheJourneyAndKeepsItsOwnSettings() {
        lifeCycle.move(journey.getId(), LifecycleStage.MAPPING, null, "pilot");
        tenant.loginAs(Role.TENANT_ADMIN);
        lifeCycle.saveSettings(EnumSet.noneOf(GateCriterion.class), 10);

        TestTenant other = fixture.create("other-lifecycle");
        other.loginAs(Role.TENANT_ADMIN);
        assertThatThrownBy(() -> lifeCycle.nextGate(journey.getId())).hasMessage("error.notFound");
        assertThatThrownBy(() -> lifeCycle.history(journey.getId())).hasMessage("error.notFound");
        assertThatThrownBy(() -> lifeCycle.move(journey.getId(), LifecycleStage.MAKING, null, "x"))
                .hasMessage("error.notFound");
        assertThat(lifeCycle.state(journey.getId())).isEmpty();
        assertThat(lifeCycle.states()).isEmpty();
        assertThat(lifeCycle.transitionsSince(Instant.EPOCH)).isEmpty();
        assertThat(lifeCycle.settings().reviewIntervalDays()).isEqualTo(90);
        assertThat(lifeCycle.settings().enabledCriteria()).hasSize(GateCriterion.values().length);
    }
}
