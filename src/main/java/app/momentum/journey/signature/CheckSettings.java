package app.momentum.journey.signature;

/**
 * The tunable thresholds of the signature check.
 *
 * @param maxNinePlusShare the largest share of 9+ moments, above 0 and at most 1
 */
public record CheckSettings(double maxNinePlusShare) {

    /**
     * At most 30% of the moments are 9+. A peak only stands out against a plain, reliable 7+ background: when
     * everything is special, nothing is, and the organisation cannot deliver it consistently.
     */
    public static final double DEFAULT_MAX_NINE_PLUS_SHARE = 0.30;

    public CheckSettings {
        if (!(maxNinePlusShare > 0 && maxNinePlusShare <= 1)) {
            throw new IllegalArgumentException(
                    "maxNinePlusShare must be above 0 and at most 1, was " + maxNinePlusShare);
        }
    }

    /** The settings of the method as taught. */
    public static CheckSettings defaults() {
        return new CheckSettings(DEFAULT_MAX_NINE_PLUS_SHARE);
    }
}
