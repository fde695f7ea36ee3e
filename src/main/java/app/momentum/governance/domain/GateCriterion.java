package app.momentum.governance.domain;

import java.util.Arrays;
import java.util.List;

/**
 * One criterion of a gate. The names are stable ids: tenant admins switch criteria off by them, so never rename one.
 * Each belongs to one gate and says what its failing ids are, so the UI can link to them.
 */
public enum GateCriterion {
    /** Every phase has at least one moment. Fails with the empty phases. */
    PHASES_HAVE_MOMENTS(Gate.MAPPING_TO_MAKING, Subject.PHASE),
    /** Every moment has a target level (7+ or 9+). Fails with the moments without one. */
    MOMENTS_HAVE_TARGET_LEVEL(Gate.MAPPING_TO_MAKING, Subject.MOMENT),
    /** Every moment is functional or emotional. Fails with the moments without a nature. */
    MOMENTS_HAVE_NATURE(Gate.MAPPING_TO_MAKING, Subject.MOMENT),
    /** At least one moment of truth is identified. Fails with the journey. */
    MOMENTS_OF_TRUTH_IDENTIFIED(Gate.MAPPING_TO_MAKING, Subject.JOURNEY),
    /**
     * A signature journey passes its signature check (warnings allowed). Does not apply to other journeys. Fails
     * with the journey.
     */
    SIGNATURE_CHECK_PASSES(Gate.MAPPING_TO_MAKING, Subject.JOURNEY),
    /** Every moment has an accountable discipline. Fails with the moments without one. */
    MOMENTS_HAVE_ACCOUNTABLE_DISCIPLINE(Gate.MAPPING_TO_MAKING, Subject.MOMENT),
    /** The journey has an owner. Fails with the journey. */
    JOURNEY_HAS_OWNER(Gate.MAPPING_TO_MAKING, Subject.JOURNEY),
    /** The journey has a persona. Fails with the journey. */
    JOURNEY_HAS_PERSONA(Gate.MAPPING_TO_MAKING, Subject.JOURNEY),

    /**
     * Every moment that misses its target, or lies in the fix or raise quadrant of the latest survey, has an
     * improvement action that is at least planned (an idea or a dropped action is no commitment). Fails with those
     * moments.
     */
    WEAK_MOMENTS_HAVE_PLANNED_ACTIONS(Gate.MAKING_TO_MINING, Subject.MOMENT),
    /** Every 9+ moment has employee enablers: above expectation needs people equipped for it. Fails with them. */
    NINE_PLUS_MOMENTS_HAVE_ENABLERS(Gate.MAKING_TO_MINING, Subject.MOMENT),

    /**
     * A survey fielded after the cycle's last completed action is imported, so the effect of the actions can be seen.
     * Fails with the actions completed last (none when no action was completed).
     */
    SURVEY_AFTER_LAST_COMPLETED_ACTION(Gate.MINING_TO_MANAGEMENT, Subject.ACTION),

    /**
     * Every action of the cycle is done or consciously dropped (with a written reason). Fails with the other
     * actions.
     */
    ACTIONS_DONE_OR_DROPPED(Gate.MANAGEMENT_TO_MAPPING, Subject.ACTION);

    /** What a criterion's failing ids point to. */
    public enum Subject {
        JOURNEY,
        PHASE,
        MOMENT,
        ACTION
    }

    private final Gate gate;
    private final Subject subject;

    GateCriterion(Gate gate, Subject subject) {
        this.gate = gate;
        this.subject = subject;
    }

    public Gate gate() {
        return gate;
    }

    public Subject subject() {
        return subject;
    }

    /** The criteria of one gate, in declaration order (the order the UI lists them). */
    public static List<GateCriterion> of(Gate gate) {
        return Arrays.stream(values()).filter(criterion -> criterion.gate == gate).toList();
    }
}
