package app.momentum.governance.domain;

import static app.momentum.governance.domain.GateCriterion.ACTIONS_DONE_OR_DROPPED;
import static app.momentum.governance.domain.GateCriterion.JOURNEY_HAS_OWNER;
import static app.momentum.governance.domain.GateCriterion.JOURNEY_HAS_PERSONA;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_HAVE_NATURE;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_HAVE_TARGET_LEVEL;
import static app.momentum.governance.domain.GateCriterion.MOMENTS_OF_TRUTH_IDENTIFIED;
import static app.momentum.governance.domain.GateCriterion.NINE_PLUS_MOMENTS_HAVE_ENABLERS;
import static app.momentum.governance.domain.GateCriterion.PHASES_HAVE_MOMENTS;
import static app.momentum.governance.domain.GateCriterion.SIGNATURE_CHECK_PASSES;
import static app.momentum.governance.domain.GateCriterion.SURVEY_AFTER_LAST_COMPLETED_ACTION;
import static app.momentum.governance.domain.GateCriterion.WEAK_MOMENTS_HAVE_PLANNED_ACTIONS;
import static app.momentum.governance.domain.TestJourney.CYCLE_START;
import static app.momentum.governance.domain.TestJourney.action;
import static app.momentum.governance.domain.TestJourney.completed;
import static app.momentum.governance.domain.TestJourney.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.action.domain.ActionStatus;
import app.momentum.governance.domain.CriterionResult.Outcome;
import app.momentum.governance.domain.JourneyFacts.ActionFacts;
import app.momentum.governance.domain.JourneyFacts.MomentFacts;
import app.momentum.governance.domain.JourneyFacts.TargetShares;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.signature.CheckStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateRulesTest {

    private static CriterionResult result(Gate gate, TestJourney journey, GateCriterion criterion) {
        return GateRules.evaluate(gate, journey.facts()).results().stream()
                .filter(result -> result.criterion() == criterion).findFirst().orElseThrow();
    }

    private static void assertFails(Gate gate, TestJourney journey, GateCriterion criterion, Long... ids) {
        GateVerdict verdict = GateRules.evaluate(gate, journey.facts());
        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.failing()).extracting(CriterionResult::criterion).containsExactly(criterion);
        CriterionResult result = verdict.failing().getFirst();
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.failingIds()).containsExactlyElementsOf(Arrays.stream(ids).map(TestJourney::id).toList());
    }

    @Test
    void theTestJourneyPassesEveryGateWithEveryCriterionPassingOrNotApplicable() {
        for (Gate gate : Gate.values()) {
            GateVerdict verdict = GateRules.evaluate(gate, new TestJourney().facts());
            assertThat(verdict.passes()).as(gate.name()).isTrue();
            assertThat(verdict.failing()).isEmpty();
            assertThat(verdict.gate()).isEqualTo(gate);
            assertThat(verdict.results()).extracting(CriterionResult::criterion)
                    .containsExactlyElementsOf(GateCriterion.of(gate));
            assertThat(verdict.results()).allSatisfy(result -> {
                assertThat(result.failingIds()).isEmpty();
                assertThat(result.fails()).isFalse();
            });
        }
        assertThat(result(Gate.MAPPING_TO_MAKING, new TestJourney(), PHASES_HAVE_MOMENTS).outcome())
                .isEqualTo(Outcome.PASS);
    }

    // Mapping → making

    @Test
    void aPhaseWithoutMomentsFailsWithItsId() {
        TestJourney journey = new TestJourney();
        journey.phaseIds.add(id(30));
        assertFails(Gate.MAPPING_TO_MAKING, journey, PHASES_HAVE_MOMENTS, 30L);
    }

    @Test
    void momentsWithoutTargetLevelOrNatureFailWithTheirIds() {
        TestJourney noTarget = new TestJourney().replaceMoment(11,
                new MomentFacts(id(11), id(10), null, MomentNature.EMOTIONAL, true, true, false, false, true));
        assertFails(Gate.MAPPING_TO_MAKING, noTarget, MOMENTS_HAVE_TARGET_LEVEL, 11L);

        TestJourney noNature = new TestJourney().replaceMoment(21,
                new MomentFacts(id(21), id(20), TargetLevel.NINE_PLUS, null, false, true, false, false, true));
        assertFails(Gate.MAPPING_TO_MAKING, noNature, MOMENTS_HAVE_NATURE, 21L);
    }

    @Test
    void withoutAMomentOfTruthTheJourneyFails() {
        TestJourney journey = new TestJourney().replaceMoment(11,
                TestJourney.moment(11, 10, TargetLevel.SEVEN_PLUS, false));
        assertFails(Gate.MAPPING_TO_MAKING, journey, MOMENTS_OF_TRUTH_IDENTIFIED, 1L);
    }

    @Test
    void theSignatureCheckDoesNotApplyToAnOrdinaryJourney() {
        TestJourney journey = new TestJourney();
        journey.signatureStatus = CheckStatus.FAIL;
        CriterionResult result = result(Gate.MAPPING_TO_MAKING, journey, SIGNATURE_CHECK_PASSES);
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(result.fails()).isFalse();
        assertThat(GateRules.evaluate(Gate.MAPPING_TO_MAKING, journey.facts()).passes()).isTrue();
    }

    @Test
    void aSignatureJourneyPassesWithPassOrWarningAndFailsOtherwise() {
        TestJourney journey = new TestJourney();
        journey.signatureJourney = true;
        for (CheckStatus passing : List.of(CheckStatus.PASS, CheckStatus.WARNING)) {
            journey.signatureStatus = passing;
            assertThat(result(Gate.MAPPING_TO_MAKING, journey, SIGNATURE_CHECK_PASSES).outcome())
                    .isEqualTo(Outcome.PASS);
        }
        journey.signatureStatus = CheckStatus.FAIL;
        assertFails(Gate.MAPPING_TO_MAKING, journey, SIGNATURE_CHECK_PASSES, 1L);
        journey.signatureStatus = null;
        assertFails(Gate.MAPPING_TO_MAKING, journey, SIGNATURE_CHECK_PASSES, 1L);
    }

    @Test
    void aMomentWithoutAccountableDisciplineFailsWithItsId() {
        TestJourney journey = new TestJourney().replaceMoment(21,
                new MomentFacts(id(21), id(20), TargetLevel.NINE_PLUS, MomentNature.EMOTIONAL, false, false, false, false,
                        true));
        assertFails(Gate.MAPPING_TO_MAKING, journey, MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE, 21L);
    }

    @Test
    void aJourneyWithoutOwnerOrPersonaFails() {
        TestJourney noOwner = new TestJourney();
        noOwner.hasOwner = false;
        assertFails(Gate.MAPPING_TO_MAKING, noOwner, JOURNEY_HAS_OWNER, 1L);

        TestJourney noPersona = new TestJourney();
        noPersona.hasPersona = false;
        assertFails(Gate.MAPPING_TO_MAKING, noPersona, JOURNEY_HAS_PERSONA, 1L);
    }

    @Test
    void aJourneyWithoutPhasesHasNoEmptyPhaseButNoMomentOfTruthEither() {
        TestJourney journey = new TestJourney();
        journey.phaseIds.clear();
        journey.moments.clear();
        assertFails(Gate.MAPPING_TO_MAKING, journey, MOMENTS_OF_TRUTH_IDENTIFIED, 1L);
    }

    // Making → mining

    private static TestJourney weakMoment11(boolean targetMissed, boolean fixOrRaise) {
        return new TestJourney().replaceMoment(11, new MomentFacts(id(11), id(10), TargetLevel.SEVEN_PLUS,
                MomentNature.FUNCTIONAL, true, true, targetMissed, fixOrRaise, false));
    }

    @Test
    void aMomentMissingItsTargetOrInFixOrRaiseNeedsAPlannedAction() {
        assertFails(Gate.MAKING_TO_MINING, weakMoment11(true, false), WEAK_MOMENTS_HAVE_PLANNED_ACTIONS, 11L);
        assertFails(Gate.MAKING_TO_MINING, weakMoment11(false, true), WEAK_MOMENTS_HAVE_PLANNED_ACTIONS, 11L);
        assertThat(GateRules.evaluate(Gate.MAKING_TO_MINING, weakMoment11(false, false).facts()).passes()).isTrue();
    }

    @Test
    void anActionCountsFromPlannedOnButNotAsIdeaOrWhenDropped() {
        for (ActionStatus status : ActionStatus.values()) {
            TestJourney journey = weakMoment11(true, true);
            journey.actions.add(new ActionFacts(id(5), id(11), status, null, "no budget"));
            boolean counts = status != ActionStatus.IDEA && status != ActionStatus.DROPPED;
            assertThat(result(Gate.MAKING_TO_MINING, journey, WEAK_MOMENTS_HAVE_PLANNED_ACTIONS).outcome())
                    .as(status.name()).isEqualTo(counts ? Outcome.PASS : Outcome.FAIL);
        }
    }

    @Test
    void onlyAnActionOnThatMomentCounts() {
        TestJourney elsewhere = weakMoment11(true, false);
        elsewhere.actions.add(action(5, 21L, ActionStatus.PLANNED));
        elsewhere.actions.add(action(6, null, ActionStatus.IN_PROGRESS));
        assertFails(Gate.MAKING_TO_MINING, elsewhere, WEAK_MOMENTS_HAVE_PLANNED_ACTIONS, 11L);
    }

    @Test
    void aNinePlusMomentWithoutEmployeeEnablersFailsWithItsId() {
        TestJourney journey = new TestJourney().replaceMoment(21,
                new MomentFacts(id(21), id(20), TargetLevel.NINE_PLUS, MomentNature.EMOTIONAL, false, true, false, false,
                        false));
        assertFails(Gate.MAKING_TO_MINING, journey, NINE_PLUS_MOMENTS_HAVE_ENABLERS, 21L);
        // moment 11 (7+) has no enablers either in weakMoment11: it does not need them
        assertThat(result(Gate.MAKING_TO_MINING, weakMoment11(false, false), NINE_PLUS_MOMENTS_HAVE_ENABLERS)
                .outcome()).isEqualTo(Outcome.PASS);
    }

    // Mining → management

    private static final LocalDate DONE_ON = LocalDate.of(2026, 4, 10);

    private static TestJourney completedOn(LocalDate survey) {
        TestJourney journey = new TestJourney();
        journey.surveys.clear();
        journey.surveys.add(survey);
        journey.actions.add(completed(5, ActionStatus.DONE, DONE_ON.minusDays(3)));
        journey.actions.add(completed(6, ActionStatus.EFFECT_VERIFIED, DONE_ON));
        journey.actions.add(completed(7, ActionStatus.DONE, DONE_ON));
        journey.actions.add(action(8, 11L, ActionStatus.IN_PROGRESS));
        return journey;
    }

    @Test
    void aSurveyFieldedTheDayAfterTheLastCompletedActionCounts() {
        assertThat(GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, completedOn(DONE_ON.plusDays(1)).facts()).passes())
                .isTrue();
    }

    @Test
    void aSurveyFieldedOnTheSameDayAsTheLastCompletedActionDoesNotCount() {
        assertFails(Gate.MINING_TO_MANAGEMENT, completedOn(DONE_ON), SURVEY_AFTER_LAST_COMPLETED_ACTION, 6L, 7L);
        assertFails(Gate.MINING_TO_MANAGEMENT, completedOn(DONE_ON.minusDays(1)), SURVEY_AFTER_LAST_COMPLETED_ACTION,
                6L, 7L);
    }

    @Test
    void withoutACompletedActionAnySurveyOfTheCycleCountsFromItsFirstDay() {
        TestJourney onStart = new TestJourney();
        onStart.surveys.set(0, CYCLE_START);
        onStart.actions.add(action(5, 11L, ActionStatus.IN_PROGRESS));
        assertThat(GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, onStart.facts()).passes()).isTrue();

        TestJourney before = new TestJourney();
        before.surveys.set(0, CYCLE_START.minusDays(1));
        assertFails(Gate.MINING_TO_MANAGEMENT, before, SURVEY_AFTER_LAST_COMPLETED_ACTION);

        TestJourney none = new TestJourney();
        none.surveys.clear();
        assertFails(Gate.MINING_TO_MANAGEMENT, none, SURVEY_AFTER_LAST_COMPLETED_ACTION);
    }

    @Test
    void aCompletedActionWithoutADayDoesNotMoveTheBar() {
        TestJourney journey = new TestJourney();
        journey.actions.add(new ActionFacts(id(5), id(11), ActionStatus.DONE, null, null));
        assertThat(GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, journey.facts()).passes()).isTrue();
        journey.surveys.clear();
        assertFails(Gate.MINING_TO_MANAGEMENT, journey, SURVEY_AFTER_LAST_COMPLETED_ACTION);
    }

    @Test
    void theTargetSharesAreReportedAtTheMiningGateOnlyAndNeverJudged() {
        TestJourney journey = new TestJourney();
        journey.surveys.clear();
        journey.targetShares = new TargetShares(0.4, 0.8);
        GateVerdict mining = GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, journey.facts());
        assertThat(mining.targetShareInformation()).hasValue(new TargetShares(0.4, 0.8));
        assertThat(mining.failing()).extracting(CriterionResult::criterion)
                .containsExactly(SURVEY_AFTER_LAST_COMPLETED_ACTION);

        journey.targetShares = TargetShares.UNKNOWN;
        assertThat(GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, journey.facts()).targetShareInformation())
                .hasValue(new TargetShares(null, null));
        assertThat(GateRules.evaluate(Gate.MAKING_TO_MINING, journey.facts()).targetShareInformation()).isEmpty();
    }

    // Management → mapping

    @Test
    void everyActionMustBeDoneOrDroppedWithAReason() {
        TestJourney journey = new TestJourney();
        journey.actions.addAll(List.of(
                action(1, 11L, ActionStatus.IDEA),
                action(2, 11L, ActionStatus.PLANNED),
                action(3, 11L, ActionStatus.IN_PROGRESS),
                action(4, 11L, ActionStatus.DONE),
                action(5, 11L, ActionStatus.EFFECT_VERIFIED),
                new ActionFacts(id(6), id(11), ActionStatus.DROPPED, null, "replaced by the new app"),
                new ActionFacts(id(7), id(11), ActionStatus.DROPPED, null, "  "),
                new ActionFacts(id(8), null, ActionStatus.DROPPED, null, null)));
        assertFails(Gate.MANAGEMENT_TO_MAPPING, journey, ACTIONS_DONE_OR_DROPPED, 1L, 2L, 3L, 7L, 8L);
    }

    @Test
    void passingTheManagementGateStartsANewCycle() {
        assertThat(GateRules.evaluate(Gate.MANAGEMENT_TO_MAPPING, new TestJourney().facts()).startsNewCycle()).isTrue();
        assertThat(GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, new TestJourney().facts()).startsNewCycle()).isFalse();
    }

    // Switched off

    @Test
    void aDisabledCriterionIsOffAndNeverFails() {
        TestJourney journey = new TestJourney();
        journey.hasOwner = false;
        journey.phaseIds.add(id(30));
        EnumSet<GateCriterion> enabled = EnumSet.allOf(GateCriterion.class);
        enabled.remove(JOURNEY_HAS_OWNER);

        GateVerdict verdict = GateRules.evaluate(Gate.MAPPING_TO_MAKING, journey.facts(), enabled);
        CriterionResult owner = verdict.results().stream().filter(result -> result.criterion() == JOURNEY_HAS_OWNER)
                .findFirst().orElseThrow();
        assertThat(owner.outcome()).isEqualTo(Outcome.OFF);
        assertThat(owner.failingIds()).isEmpty();
        assertThat(verdict.failing()).extracting(CriterionResult::criterion).containsExactly(PHASES_HAVE_MOMENTS);

        enabled.remove(PHASES_HAVE_MOMENTS);
        assertThat(GateRules.evaluate(Gate.MAPPING_TO_MAKING, journey.facts(), enabled).passes()).isTrue();
    }

    @Test
    void withNothingEnabledEveryCriterionIsOffAndTheGatePasses() {
        TestJourney journey = new TestJourney();
        journey.surveys.clear();
        GateVerdict verdict = GateRules.evaluate(Gate.MINING_TO_MANAGEMENT, journey.facts(),
                EnumSet.noneOf(GateCriterion.class));
        assertThat(verdict.results()).extracting(CriterionResult::outcome).containsExactly(Outcome.OFF);
        assertThat(verdict.passes()).isTrue();
    }
}
