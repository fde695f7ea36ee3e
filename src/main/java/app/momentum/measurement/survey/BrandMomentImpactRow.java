package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.ImpactMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
    @Embedded
    private StoredDriver driver;
    @Embedded
    private StoredEffect effect;

    protected BrandMomentImpactRow() {
    }

    BrandMomentImpactRow(UUID brandResultId, int position, BrandMomentImpact result) {
        this.brandResultId = brandResultId;
        this.position = position;
        this.momentId = result.momentId();
        this.driver = new StoredDriver(result.driver());
        this.effect = new StoredEffect(result.effect());
    }

    BrandMomentImpact toResult(ImpactMethod method) {
        return new BrandMomentImpact(momentId, driver.toImpact(), effect.toEffect(), method);
    }

    UUID getBrandResultId() { return brandResultId; }
}
