package app.momentum.journey.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of the emotion lane, apart from the drawing so it is unit-tested: where a value sits in the strip,
 * and which neighbouring points a line joins. A line joins only adjacent columns that both have a value: a column
 * without one (a moment without that value, an empty phase) is a gap, never bridged.
 */
final class EmotionStrip {

    static final int LOWEST_EMOTION = -3;
    static final int HIGHEST_EMOTION = 3;
    static final double LOWEST_MEASURED = 1;
    static final double HIGHEST_MEASURED = 10;

    private EmotionStrip() {
    }

    /**
     * The indexes {@code i} whose point is joined to the next one, {@code i + 1}: both values are present.
     *
     * @param values one value per column, left to right; null where a column has none
     */
    static List<Integer> segmentStarts(List<? extends Number> values) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < values.size(); i++) {
            if (values.get(i) != null && values.get(i + 1) != null) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** An emotion's height in the strip, from 0 (-3, the bottom) to 1 (+3, the top); values outside are clamped. */
    static float emotionHeight(int emotion) {
        int clamped = Math.clamp(emotion, LOWEST_EMOTION, HIGHEST_EMOTION);
        return (clamped - LOWEST_EMOTION) / (float) (HIGHEST_EMOTION - LOWEST_EMOTION);
    }

    /**
     * A measured satisfaction's height in the strip on its own scale, from 0 (1, the bottom) to 1 (10, the top);
     * values outside are clamped. The scales share the grid: -3, -1, +1 and +3 are 1, 4, 7 and 10.
     */
    static float measuredHeight(double satisfaction) {
        double clamped = Math.clamp(satisfaction, LOWEST_MEASURED, HIGHEST_MEASURED);
        return (float) ((clamped - LOWEST_MEASURED) / (HIGHEST_MEASURED - LOWEST_MEASURED));
    }
}
