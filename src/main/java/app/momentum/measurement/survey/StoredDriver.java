package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A satisfaction-driver {@link Impact} as columns of a result row: the moment's KPI row and its brand-value rows name
 * them alike, so one mapping serves both.
 */
@Embeddable
class StoredDriver {

    private Double impact;
    @Column(name = "impact_n")
    private int impactN;
    @Column(name = "impact_lower95")
    private Double impactLower95;
    @Column(name = "impact_upper95")
    private Double impactUpper95;
    private boolean reliable;
    @Enumerated(EnumType.STRING)
    private Quadrant quadrant;
    private Double priority;

    protected StoredDriver() {
    }

    StoredDriver(Impact driver) {
        impact = StoredNumbers.store(driver.value());
        impactN = driver.n();
        impactLower95 = StoredNumbers.store(driver.interval().lower95());
        impactUpper95 = StoredNumbers.store(driver.interval().upper95());
        reliable = driver.reliable();
        quadrant = driver.quadrant();
        priority = StoredNumbers.store(driver.priority());
    }

    Impact toImpact() {
        return new Impact(StoredNumbers.load(impact), impactN, new Difference(StoredNumbers.load(impact),
                StoredNumbers.load(impactLower95), StoredNumbers.load(impactUpper95)), reliable, quadrant,
                StoredNumbers.load(priority));
    }
}
