package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.Quadrant;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One moment's impact on one brand value in an import, both ways (columns as in {@link MomentResultRow}). */
@Entity
@Table(name = "survey_brand_moment_impact")
class BrandMomentImpactRow extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID brandResultId;
    @Column(nullable = false, updatable = false)
    private UUID momentId;
    private int position;
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
    @Embedded
    private StoredEffect effect;

    protected BrandMomentImpactRow() {
    }

    BrandMomentImpactRow(UUID brandResultId, int position, BrandMomentImpact result) {
        this.brandResultId = brandResultId;
        this.position = position;
        this.momentId = result.momentId();
        Impact driver = result.driver();
        this.impact = StoredNumbers.store(driver.value());
        this.impactN = driver.n();
        this.impactLower95 = StoredNumbers.store(driver.interval().lower95());
        this.impactUpper95 = StoredNumbers.store(driver.interval().upper95());
        this.reliable = driver.reliable();
        this.quadrant = driver.quadrant();
        this.priority = StoredNumbers.store(driver.priority());
        this.effect = new StoredEffect(result.effect());
    }

    BrandMomentImpact toResult(ImpactMethod method) {
        Impact driver = new Impact(StoredNumbers.load(impact), impactN, new Difference(StoredNumbers.load(impact),
                StoredNumbers.load(impactLower95), StoredNumbers.load(impactUpper95)), reliable, quadrant,
                StoredNumbers.load(priority));
        return new BrandMomentImpact(momentId, driver, effect.toEffect(), method);
    }

    UUID getBrandResultId() { return brandResultId; }
}
