package app.momentum.api;

import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService.KpiRecord;
import app.momentum.measurement.KpiService.MeasurementRecord;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.StandardKpi;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The JSON of KPIs and their measured values. */
final class KpiJson {

    private KpiJson() {
    }

    @Schema(name = "Kpi", description = "A KPI of the catalogue; standardCode is set for the eight standard KPIs")
    record KpiSummary(UUID id, String name, StandardKpi standardCode, String unit, BigDecimal scaleMin, BigDecimal scaleMax,
                      boolean higherIsBetter, KpiScope scope, UUID journeyId, UUID momentId) {

        static KpiSummary of(KpiRecord kpi) {
            return new KpiSummary(kpi.id(), kpi.name(), kpi.standardCode(), kpi.unit(), kpi.scaleMin(),
                    kpi.scaleMax(), kpi.higherIsBetter(), kpi.scope(), kpi.journeyId(), kpi.momentId());
        }
    }

    @Schema(name = "Measurement", description = "A measured value of a KPI for one month or quarter")
    record MeasurementJson(UUID id, UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal value,
                           Integer sampleSize, MeasurementSource source, Instant createdAt) {

        static MeasurementJson of(MeasurementRecord measurement) {
            return new MeasurementJson(measurement.id(), measurement.kpiId(), measurement.periodType(),
                    measurement.periodStart(), measurement.value(), measurement.sampleSize(),
                    measurement.source(), measurement.createdAt());
        }
    }

    @Schema(name = "NewMeasurement", description = "A value to record; the period starts on the first day of a month or quarter")
    record NewMeasurement(@NotNull BigDecimal value,
                          @NotNull @Schema(example = "2026-07-01") LocalDate periodStart,
                          @NotNull PeriodType periodType,
                          @Schema(description = "Number of respondents, if any") Integer sampleSize) {
    }
}
