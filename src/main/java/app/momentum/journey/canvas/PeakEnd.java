package app.momentum.journey.canvas;

import java.util.List;
import java.util.OptionalInt;

/**
 * Where the emotion lane marks the peak and the end of the desired curve (the peak–end rule: customers remember the
 * most intense moment and the last one).
 *
 * @param peak the index of the single moment whose desired emotion is higher than every other's and positive; empty
 *             when no moment stands out (a tie at the top is no peak: that is what the signature check warns about)
 * @param end  the index of the last moment with a desired emotion; empty when none has one
 */
public record PeakEnd(OptionalInt peak, OptionalInt end) {

    /** @param desired the desired emotion per moment in map order, null where none is set */
    public static PeakEnd of(List<Integer> desired) {
        int best = Integer.MIN_VALUE;
        int bestIndex = -1;
        boolean tie = false;
        int last = -1;
        for (int i = 0; i < desired.size(); i++) {
            Integer value = desired.get(i);
            if (value == null) {
                continue;
            }
            last = i;
            if (value > best) {
                best = value;
                bestIndex = i;
                tie = false;
            } else if (value == best) {
                tie = true;
            }
        }
        OptionalInt peak = bestIndex >= 0 && !tie && best > 0 ? OptionalInt.of(bestIndex) : OptionalInt.empty();
        return new PeakEnd(peak, last >= 0 ? OptionalInt.of(last) : OptionalInt.empty());
    }
}
