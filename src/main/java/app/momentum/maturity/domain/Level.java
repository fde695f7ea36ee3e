package app.momentum.maturity.domain;

/**
 * Where a quadrant stands, from the compass's core outwards. The source gives each level's score range only in a
 * figure we do not have, so the levels are five equal bands of the quadrant's maximum (the UI says so); a total on
 * a band's lower edge belongs to that band.
 */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    HIGHLY_ADVANCED,
    EXPERT;

    /**
     * The level of a total out of {@code max}. Totals are compared in tenths (they are shown to one decimal), so a
     * total on an edge is never pushed below it by floating-point error.
     */
    public static Level of(double total, int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive: " + max);
        }
        if (total < 0 || total > max + 1e-9) {
            throw new IllegalArgumentException("total " + total + " outside 0–" + max);
        }
        long tenths = Math.round(total * 10);
        int band = (int) (tenths * values().length / (max * 10L));
        return values()[Math.min(band, values().length - 1)];
    }

    /** The lowest total of this level for a quadrant of {@code max}. */
    public double lowerEdge(int max) {
        return (double) max * ordinal() / values().length;
    }

    public boolean isAbove(Level other) {
        return ordinal() > other.ordinal();
    }
}
