package app.momentum.governance.domain;

import app.momentum.governance.domain.CriterionResult.Outcome;
import app.momentum.governance.domain.JourneyFacts.ActionFacts;
import app.momentum.governance.domain.JourneyFacts.MomentFacts;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.signature.CheckStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Evaluates a gate on a journey's facts. Stateless; every criterion is a small method below. */
public final class GateRules {

    private GateRules() {
    }

    /** The gate with every criterion switched on (the default for a tenant). */
    public static GateVerdict evaluate(Gate gate, JourneyFacts facts) {
        return evaluate(gate, facts, EnumSet.allOf(GateCriterion.class));
    }

    /**
     * The gate with only the tenant's enabled criteria judged; the others are reported as off. Enabled criteria of
     * other gates are ignored.
     */
    public static GateVerdict evaluate(Gate gate, JourneyFacts facts, Set<GateCriterion> enabled) {
        List<CriterionResult> results = new ArrayList<>();
        for (GateCriterion criterion : GateCriterion.of(gate)) {
            results.add(enabled.contains(criterion) ? judge(criterion, facts)
                    : new CriterionResult(criterion, Outcome.OFF, List.of()));
        }
        return new GateVerdict(gate, results, gate == Gate.MINING_TO_MANAGEMENT ? facts.targetShares() : null);
    }

    private static CriterionResult judge(GateCriterion criterion, JourneyFacts facts) {
        return switch (criterion) {
            case PHASES_HAVE_MOMENTS -> CriterionResult.of(criterion, emptyPhases(facts));
            case MOMENTS_HAVE_TARGET_LEVEL -> CriterionResult.of(criterion,
                    momentsWhere(facts, moment -> moment.targetLevel() == null));
            case MOMENTS_HAVE_NATURE -> CriterionResult.of(criterion,
                    momentsWhere(facts, moment -> moment.nature() == null));
            case MOMENTS_OF_TRUTH_IDENTIFIED -> journeyCriterion(criterion, facts,
                    facts.moments().stream().anyMatch(MomentFacts::momentOfTruth));
            case SIGNATURE_CHECK_PASSES -> facts.signatureJourney()
                    ? journeyCriterion(criterion, facts, signatureCheckPasses(facts.signatureStatus()))
                    : new CriterionResult(criterion, Outcome.NOT_APPLICABLE, List.of());
            case MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE -> CriterionResult.of(criterion,
                    momentsWhere(facts, moment -> !moment.hasAccountableDiscipline()));
            case JOURNEY_HAS_OWNER -> journeyCriterion(criterion, facts, facts.hasOwner());
            case JOURNEY_HAS_PERSONA -> journeyCriterion(criterion, facts, facts.hasPersona());
            case WEAK_MOMENTS_HAVE_PLANNED_ACTIONS -> CriterionResult.of(criterion, momentsWhere(facts,
                    moment -> (moment.targetMissed() || moment.fixOrRaise()) && !hasPlannedAction(facts, moment)));
            case NINE_PLUS_MOMENTS_HAVE_ENABLERS -> CriterionResult.of(criterion, momentsWhere(facts,
                    moment -> moment.targetLevel() == TargetLevel.NINE_PLUS && !moment.hasEmployeeEnablers()));
            case SURVEY_AFTER_LAST_COMPLETED_ACTION -> surveyAfterLastCompletedAction(criterion, facts);
            case ACTIONS_DONE_OR_DROPPED -> CriterionResult.of(criterion, facts.actions().stream()
                    .filter(action -> !action.completed() && !action.consciouslyDropped())
                    .map(ActionFacts::id).toList());
        };
    }

    /** Warnings are worth a look but do not stop a signature journey; a journey never checked has not passed. */
    private static boolean signatureCheckPasses(CheckStatus status) {
        return status == CheckStatus.PASS || status == CheckStatus.WARNING;
    }

    /** A journey without phases has no empty phase; it fails on its moments of truth instead. */
    private static List<UUID> emptyPhases(JourneyFacts facts) {
        return facts.phaseIds().stream()
                .filter(phaseId -> facts.moments().stream().noneMatch(moment -> phaseId.equals(moment.phaseId())))
                .toList();
    }

    private static List<UUID> momentsWhere(JourneyFacts facts, Predicate<MomentFacts> failing) {
        return facts.moments().stream().filter(failing).map(MomentFacts::id).toList();
    }

    private static boolean hasPlannedAction(JourneyFacts facts, MomentFacts moment) {
        return facts.actions().stream().anyMatch(action -> Objects.equals(action.momentId(), moment.id())
                && action.plannedOrFurther());
    }

    private static CriterionResult journeyCriterion(GateCriterion criterion, JourneyFacts facts, boolean met) {
        return CriterionResult.of(criterion, met ? List.of() : List.of(facts.journeyId()));
    }

    /**
     * A survey counts when it was fielded strictly after the day the cycle's last action was completed: customers
     * surveyed on that same day mostly experienced the moment before the change, so that survey cannot show its
     * effect. Without a completed action, any survey fielded on or after the cycle's start counts. A completed action
     * without a completion day is not dated and so does not move the bar. Fails with the actions completed last.
     */
    private static CriterionResult surveyAfterLastCompletedAction(GateCriterion criterion, JourneyFacts facts) {
        LocalDate lastCompleted = facts.actions().stream()
                .filter(action -> action.completed() && action.completedOn() != null)
                .map(ActionFacts::completedOn).max(LocalDate::compareTo).orElse(null);
        boolean surveyed = lastCompleted == null
                ? facts.surveysFieldedOn().stream().anyMatch(day -> !day.isBefore(facts.cycleStart()))
                : facts.surveysFieldedOn().stream().anyMatch(day -> day.isAfter(lastCompleted));
        if (surveyed) {
            return new CriterionResult(criterion, Outcome.PASS, List.of());
        }
        List<UUID> completedLast = facts.actions().stream()
                .filter(action -> action.completed() && lastCompleted != null
                        && lastCompleted.equals(action.completedOn()))
                .map(ActionFacts::id).toList();
        return new CriterionResult(criterion, Outcome.FAIL, completedLast);
    }
}
