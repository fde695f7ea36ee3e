package app.momentum.governance.domain;

import app.momentum.action.domain.ActionStatus;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.signature.CheckStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the gates need to know about one journey in its current cycle, gathered by a service from journey, ownership,
 * action and measurement. Plain values, so that the rules can be tested on small hand-built journeys.
 *
 * @param journeyId        the id a journey-level criterion fails with
 * @param hasOwner         the journey has an owner
 * @param hasPersona       the journey has a persona
 * @param signatureJourney the journey is meant to be a signature journey (only then is its check a criterion)
 * @param signatureStatus  the overall result of its signature check; {@code null} when never checked
 * @param cycleStart       the day the current cycle began
 * @param phaseIds         the journey's phases
 * @param moments          the journey's moments
 * @param actions          the improvement actions of the current cycle
 * @param surveysFieldedOn the days the imported surveys of the journey were fielded
 * @param targetShares     the share of moments meeting target, now and in the previous cycle (information only)
 */
public record JourneyFacts(UUID journeyId, boolean hasOwner, boolean hasPersona, boolean signatureJourney,
        CheckStatus signatureStatus, LocalDate cycleStart, List<UUID> phaseIds, List<MomentFacts> moments,
        List<ActionFacts> actions, List<LocalDate> surveysFieldedOn, TargetShares targetShares) {

    public JourneyFacts {
        phaseIds = List.copyOf(phaseIds);
        moments = List.copyOf(moments);
        actions = List.copyOf(actions);
        surveysFieldedOn = List.copyOf(surveysFieldedOn);
    }

    /**
     * One moment.
     *
     * @param targetLevel  {@code null} when not set yet
     * @param nature       {@code null} when not set yet
     * @param targetMissed the latest measurement misses the target level (false when not measured)
     * @param fixOrRaise   the latest survey places the moment in the fix quadrant (low satisfaction, negative
     *                     impact) or the raise quadrant (low satisfaction, positive impact)
     */
    public record MomentFacts(UUID id, UUID phaseId, TargetLevel targetLevel, MomentNature nature,
            boolean momentOfTruth, boolean hasAccountableDiscipline, boolean targetMissed, boolean fixOrRaise,
            boolean hasEmployeeEnablers) {
    }

    /**
     * One improvement action of the cycle.
     *
     * @param momentId    the moment it improves; {@code null} for an action on the journey as a whole
     * @param completedOn the day it reached done (or effect verified); {@code null} while not completed
     * @param dropReason  why it was dropped; only meaningful for a dropped action
     */
    public record ActionFacts(UUID id, UUID momentId, ActionStatus status, LocalDate completedOn, String dropReason) {

        private static final Set<ActionStatus> COMMITTED = EnumSet.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                ActionStatus.DONE, ActionStatus.EFFECT_VERIFIED);

        /** Done, or even shown to work. */
        public boolean completed() {
            return status == ActionStatus.DONE || status == ActionStatus.EFFECT_VERIFIED;
        }

        /** A commitment: planned or further along, but not dropped. */
        public boolean plannedOrFurther() {
            return COMMITTED.contains(status);
        }

        /** Dropped on purpose: with a written reason. */
        public boolean consciouslyDropped() {
            return status == ActionStatus.DROPPED && dropReason != null && !dropReason.isBlank();
        }
    }

    /**
     * The share (0–1) of moments meeting their target level, in this cycle and the previous one; each {@code null}
     * when unknown (no survey, or no previous cycle). Reported, never judged: a gate does not pass or fail on it.
     */
    public record TargetShares(Double currentCycle, Double previousCycle) {

        public static final TargetShares UNKNOWN = new TargetShares(null, null);
    }
}
