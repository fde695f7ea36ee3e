package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactQuestion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The thresholds of {@link AnalysisSettings} as columns, shared by the tenant's settings and each stored import
 * (which keeps the ones it was computed with). Decimals, so a stored 7.0 stays exactly 7.0.
 */
@Embeddable
class Thresholds {

    private BigDecimal satisfactionThreshold;
    private BigDecimal impactThreshold;
    private BigDecimal sevenPlusMeanTarget;
    private BigDecimal ninePlusShareTarget;
    private BigDecimal aboveExpectationShareTarget;
    @Column(name = "min_reliable_n")
    private int minReliableN;

    protected Thresholds() {
    }

    Thresholds(AnalysisSettings settings) {
        satisfactionThreshold = BigDecimal.valueOf(settings.satisfactionThreshold());
        impactThreshold = BigDecimal.valueOf(settings.impactThreshold());
        sevenPlusMeanTarget = BigDecimal.valueOf(settings.sevenPlusMeanTarget());
        ninePlusShareTarget = BigDecimal.valueOf(settings.ninePlusShareTarget());
        aboveExpectationShareTarget = BigDecimal.valueOf(settings.aboveExpectationShareTarget());
        minReliableN = settings.minReliableN();
    }

    AnalysisSettings toSettings(ImpactQuestion impactOn) {
        return new AnalysisSettings(satisfactionThreshold.doubleValue(), impactThreshold.doubleValue(),
                sevenPlusMeanTarget.doubleValue(), ninePlusShareTarget.doubleValue(), minReliableN, impactOn)
                .withAboveExpectationShareTarget(aboveExpectationShareTarget.doubleValue());
    }
}
