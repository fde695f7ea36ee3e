package app.momentum.measurement.analysis;

import app.momentum.journey.TargetLevel;
import java.util.Comparator;

/**
 * What to do next, ranked within each quadrant's own direction (the source: frequent moments weigh more).
 *
 * <ul>
 *   <li><b>Fix</b> (low satisfaction, negative impact) and <b>raise</b> (low satisfaction, positive impact):
 *       {@code frequency × shortfall to the moment's target × |impact|} — how many customers it touches, how far it is
 *       from its target and how strongly it moves the KPI, whichever way;</li>
 *   <li><b>Keep and spread</b> (high, positive): {@code (1 − frequency) × impact} — the room to let more customers
 *       experience a moment that lifts the KPI;</li>
 *   <li><b>Over-delivering</b> (high, negative): {@code frequency × surplus over the target} — cost candidates, the
 *       most frequent and most over-served first.</li>
 * </ul>
 * The target is a mean score: the 7+ mean target for a 7+ moment, 9 for a 9+ moment. Priorities of different
 * quadrants are not comparable; {@link #ACTION_ORDER} sorts by quadrant first, fix first.
 */
public final class Priorities {

    /** The score a 9+ moment aims at: above expectation. */
    static final double NINE_PLUS_SCORE = 9.0;

    /** Quadrants in the order to act on them: fix, raise, keep and spread, over-delivering; unplaced last. */
    private static final Quadrant[] QUADRANT_ORDER = {Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT,
            Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT,
            Quadrant.HIGH_SATISFACTION_NEGATIVE_IMPACT};

    /** Fix first, then raise, keep, over-delivering; within a quadrant highest priority first; unknowns last. */
    public static final Comparator<MomentResult> ACTION_ORDER = Comparator
            .comparingInt((MomentResult moment) -> rank(moment.quadrant()))
            .thenComparing(MomentResult::priority, Priorities::higherFirst);

    private Priorities() {
    }

    /** Position of a quadrant in {@link #ACTION_ORDER}; unplaced moments after all quadrants. */
    public static int rank(Quadrant quadrant) {
        for (int i = 0; i < QUADRANT_ORDER.length; i++) {
            if (QUADRANT_ORDER[i] == quadrant) {
                return i;
            }
        }
        return QUADRANT_ORDER.length;
    }

    /** Higher first; {@code NaN} after every number. */
    private static int higherFirst(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
        }
        return Double.compare(b, a);
    }

    /** The mean score a moment of this target level aims at. */
    static double targetScore(TargetLevel target, AnalysisSettings settings) {
        return target == TargetLevel.NINE_PLUS ? NINE_PLUS_SCORE : settings.sevenPlusMeanTarget();
    }

    /**
     * The priority of a moment in its quadrant (see the class comment); {@code NaN} when it has no quadrant or its
     * frequency is unknown.
     */
    static double priority(Quadrant quadrant, double frequency, double mean, double impact, double targetScore) {
        if (quadrant == null || Double.isNaN(frequency)) {
            return Double.NaN;
        }
        return switch (quadrant) {
            case LOW_SATISFACTION_NEGATIVE_IMPACT, LOW_SATISFACTION_POSITIVE_IMPACT ->
                    frequency * Math.max(0, targetScore - mean) * Math.abs(impact);
            case HIGH_SATISFACTION_POSITIVE_IMPACT -> (1 - frequency) * Math.max(0, impact);
            case HIGH_SATISFACTION_NEGATIVE_IMPACT -> frequency * Math.max(0, mean - targetScore);
        };
    }
}
