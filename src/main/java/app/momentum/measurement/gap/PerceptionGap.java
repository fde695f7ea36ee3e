package app.momentum.measurement.gap;

import app.momentum.journey.TargetLevel;
import java.util.UUID;

/**
 * One moment's perception gap: what it was designed to score, what its owner expected customers to give, and what
 * they gave. Organisations rate the experience they deliver far higher than customers do; seeing the three side by
 * side makes that visible. Plain Java.
 *
 * @param momentId the moment
 * @param title    its title
 * @param target   its designed level: 7+ or 9+
 * @param estimate the owner's estimate of the mean satisfaction (1–10), made before these results were imported;
 *                 {@code NaN} when there was none
 * @param measured the measured mean satisfaction; {@code NaN} when nobody experienced the moment
 */
public record PerceptionGap(UUID momentId, String title, TargetLevel target, double estimate, double measured) {

    /** An estimate this much above the measured mean is an overestimate worth highlighting. */
    public static final double NOTABLE_GAP = 1.0;

    /** The intended level as a score: 7 for a 7+ moment, 9 for a 9+ moment. */
    public int intended() {
        return target == TargetLevel.NINE_PLUS ? 9 : 7;
    }

    /** Estimate − measured: positive when the organisation thinks it does better than customers say. */
    public double estimateGap() {
        return estimate - measured;
    }

    /** Measured − intended: negative when the moment falls short of its design. */
    public double intentGap() {
        return measured - intended();
    }

    /** The organisation overrates this moment by at least {@link #NOTABLE_GAP}. */
    public boolean overestimated() {
        return !Double.isNaN(estimateGap()) && estimateGap() >= NOTABLE_GAP;
    }

    /** The moment scores below what it was designed for. */
    public boolean belowIntent() {
        return !Double.isNaN(intentGap()) && intentGap() < 0;
    }
}
