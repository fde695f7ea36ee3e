package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.BrandValueResult;
import app.momentum.measurement.analysis.ImpactMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One brand value an import asked about: its answers over everyone. */
@Entity
@Table(name = "survey_brand_value_result")
class BrandValueResultRow extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID importId;
    @Column(nullable = false, updatable = false)
    private UUID brandValueId;
    private int position;
    private int scaleMax;
    private int answered;
    private Double mean;

    protected BrandValueResultRow() {
    }

    BrandValueResultRow(UUID importId, int position, BrandValueResult result) {
        this.importId = importId;
        this.position = position;
        this.brandValueId = result.brandValueId();
        this.scaleMax = result.scaleMax();
        this.answered = result.n();
        this.mean = StoredNumbers.store(result.mean());
    }

    BrandValueResult toResult(List<BrandMomentImpact> moments) {
        return new BrandValueResult(brandValueId, scaleMax, answered, StoredNumbers.load(mean), moments);
    }

    UUID getImportId() { return importId; }
}
