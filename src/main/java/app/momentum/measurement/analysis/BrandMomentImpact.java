package app.momentum.measurement.analysis;

import java.util.Objects;
import java.util.UUID;

/**
 * How one moment relates to how strongly customers experience one brand value (the impact matrix's second aspect),
 * both ways: among those who experienced the moment, the correlation of its satisfaction with the brand-value score
 * ({@link #driver}); and the brand-value score of those who experienced it against those who did not
 * ({@link #effect}: means, their Welch difference, the point-biserial r).
 *
 * @param momentId the moment
 * @param driver   satisfaction × brand-value score among those who experienced the moment and answered both
 * @param effect   the brand-value score of the exposed against the unexposed; its groups carry no NPS
 * @param method   the impact method that ranks the moment for this brand value
 */
public record BrandMomentImpact(UUID momentId, Impact driver, ExperienceEffect effect, ImpactMethod method) {

    public BrandMomentImpact {
        Objects.requireNonNull(momentId, "momentId");
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(method, "method");
    }

    /** The impact by {@link #method}. */
    public Impact chosenImpact() {
        return method.of(driver, effect);
    }

    /**
     * Whether the data show the moment adding to the brand value: a reliable (enough respondents, interval excluding
     * 0) positive impact by the chosen method.
     */
    public boolean contributes() {
        return verdict() == ImpactVerdict.ADDS;
    }

    /** What the chosen impact says: adds, works against, no measurable effect, or unknown. */
    public ImpactVerdict verdict() {
        return ImpactVerdict.of(chosenImpact());
    }

    /** The same impact, ranked by {@code other}. */
    public BrandMomentImpact withMethod(ImpactMethod other) {
        return new BrandMomentImpact(momentId, driver, effect, other);
    }
}
