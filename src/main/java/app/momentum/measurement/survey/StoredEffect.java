package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A moment's {@link ExperienceEffect} as columns of its result row. */
@Embeddable
class StoredEffect {

    @Column(name = "effect_impact")
    private Double value;
    @Column(name = "effect_n")
    private int n;
    @Column(name = "effect_lower95")
    private Double lower95;
    @Column(name = "effect_upper95")
    private Double upper95;
    @Column(name = "effect_reliable")
    private boolean reliable;
    @Enumerated(EnumType.STRING)
    @Column(name = "effect_quadrant")
    private Quadrant quadrant;
    @Column(name = "effect_priority")
    private Double priority;
    @Column(name = "exposed_n")
    private int exposedN;
    private Double exposedMean;
    private Double exposedNps;
    @Column(name = "unexposed_n")
    private int unexposedN;
    private Double unexposedMean;
    private Double unexposedNps;
    private Double npsDifference;
    @Column(name = "nps_difference_lower95")
    private Double npsDifferenceLower95;
    @Column(name = "nps_difference_upper95")
    private Double npsDifferenceUpper95;
    private Double meanDifference;
    @Column(name = "mean_difference_lower95")
    private Double meanDifferenceLower95;
    @Column(name = "mean_difference_upper95")
    private Double meanDifferenceUpper95;
    @Enumerated(EnumType.STRING)
    @Column(name = "effect_unknown")
    private ExperienceEffect.Unknown unknown;

    protected StoredEffect() {
    }

    StoredEffect(ExperienceEffect effect) {
        Impact impact = effect.impact();
        value = StoredNumbers.store(impact.value());
        n = impact.n();
        lower95 = StoredNumbers.store(impact.interval().lower95());
        upper95 = StoredNumbers.store(impact.interval().upper95());
        reliable = impact.reliable();
        quadrant = impact.quadrant();
        priority = StoredNumbers.store(impact.priority());
        exposedN = effect.exposed().n();
        exposedMean = StoredNumbers.store(effect.exposed().mean());
        exposedNps = StoredNumbers.store(effect.exposed().nps());
        unexposedN = effect.unexposed().n();
        unexposedMean = StoredNumbers.store(effect.unexposed().mean());
        unexposedNps = StoredNumbers.store(effect.unexposed().nps());
        npsDifference = StoredNumbers.store(effect.npsDifference().value());
        npsDifferenceLower95 = StoredNumbers.store(effect.npsDifference().lower95());
        npsDifferenceUpper95 = StoredNumbers.store(effect.npsDifference().upper95());
        meanDifference = StoredNumbers.store(effect.meanDifference().value());
        meanDifferenceLower95 = StoredNumbers.store(effect.meanDifference().lower95());
        meanDifferenceUpper95 = StoredNumbers.store(effect.meanDifference().upper95());
        unknown = effect.unknownBecause();
    }

    ExperienceEffect toEffect() {
        return new ExperienceEffect(
                new ExperienceEffect.KpiGroup(exposedN, StoredNumbers.load(exposedMean), StoredNumbers.load(exposedNps)),
                new ExperienceEffect.KpiGroup(unexposedN, StoredNumbers.load(unexposedMean),
                        StoredNumbers.load(unexposedNps)),
                difference(npsDifference, npsDifferenceLower95, npsDifferenceUpper95),
                difference(meanDifference, meanDifferenceLower95, meanDifferenceUpper95),
                new Impact(StoredNumbers.load(value), n, difference(value, lower95, upper95), reliable, quadrant,
                        StoredNumbers.load(priority)),
                unknown);
    }

    private static Difference difference(Double value, Double lower, Double upper) {
        return new Difference(StoredNumbers.load(value), StoredNumbers.load(lower), StoredNumbers.load(upper));
    }
}
