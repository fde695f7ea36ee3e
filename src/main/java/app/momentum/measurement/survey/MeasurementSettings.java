package app.momentum.measurement.survey;

import app.momentum.base.TenantOwnedEntity;
import app.momentum.measurement.analysis.AnalysisSettings;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A tenant's own analysis thresholds; tenants without a row use {@link AnalysisSettings#defaults()}. */
@Entity
@Table(name = "measurement_settings")
public class MeasurementSettings extends TenantOwnedEntity {

    private BigDecimal satisfactionThreshold;
    private BigDecimal impactThreshold;
    private BigDecimal sevenPlusMeanTarget;
    private BigDecimal ninePlusShareTarget;
    @jakarta.persistence.Column(name = "min_reliable_n")
    private int minReliableN;

    protected MeasurementSettings() {
    }

    MeasurementSettings(AnalysisSettings settings) {
        apply(settings);
    }

    void apply(AnalysisSettings settings) {
        satisfactionThreshold = BigDecimal.valueOf(settings.satisfactionThreshold());
        impactThreshold = BigDecimal.valueOf(settings.impactThreshold());
        sevenPlusMeanTarget = BigDecimal.valueOf(settings.sevenPlusMeanTarget());
        ninePlusShareTarget = BigDecimal.valueOf(settings.ninePlusShareTarget());
        minReliableN = settings.minReliableN();
    }

    AnalysisSettings toSettings() {
        return new AnalysisSettings(satisfactionThreshold.doubleValue(), impactThreshold.doubleValue(),
                sevenPlusMeanTarget.doubleValue(), ninePlusShareTarget.doubleValue(), minReliableN);
    }
}
