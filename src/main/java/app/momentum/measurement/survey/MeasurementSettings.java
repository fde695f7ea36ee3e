package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.AnalysisSettings;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tenant's own analysis thresholds; tenants without a row use {@link AnalysisSettings#defaults()}. */
@Entity
@Table(name = "measurement_settings")
public class MeasurementSettings extends TenantOwnedEntity {

    @jakarta.persistence.Embedded
    private Thresholds thresholds;

    /** The tenant's default impact method for new imports. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @jakarta.persistence.Column(name = "impact_method", nullable = false)
    private app.momentum.measurement.analysis.ImpactMethod impactMethod =
            app.momentum.measurement.analysis.ImpactMethod.EXPERIENCE_EFFECT;

    /** The smallest group whose figures are shown (see {@link SurveyImportService#minimumGroupSize()}). */
    private int minimumGroupSize = SurveyImportService.DEFAULT_MINIMUM_GROUP_SIZE;

    protected MeasurementSettings() {
    }

    MeasurementSettings(AnalysisSettings settings) {
        apply(settings);
    }

    void apply(AnalysisSettings settings) {
        thresholds = new Thresholds(settings);
        impactMethod = settings.impactMethod();
    }

    int getMinimumGroupSize() { return minimumGroupSize; }

    void setMinimumGroupSize(int minimumGroupSize) { this.minimumGroupSize = minimumGroupSize; }

    /** The tenant's thresholds and default method; impact on recommendation (the question is chosen per import). */
    AnalysisSettings toSettings() {
        return thresholds.toSettings(app.momentum.measurement.analysis.ImpactQuestion.RECOMMEND)
                .withImpactMethod(impactMethod);
    }
}
