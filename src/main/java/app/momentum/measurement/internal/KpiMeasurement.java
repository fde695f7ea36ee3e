package app.momentum.measurement.internal;

import app.momentum.measurement.PeriodType;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.Period;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A measured value of a KPI for one month or quarter, with its sample size and where it came from. */
@Entity
@Table(name = "kpi_measurement")
public class KpiMeasurement extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private UUID kpiId;

    /** The period and the measured value. */
    @Embedded
    private KpiPeriodValue periodValue;

    private Integer sampleSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementSource source;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    public KpiMeasurement() {
    }

    public KpiMeasurement(UUID kpiId, KpiPeriodValue value, Integer sampleSize, MeasurementSource source) {
        this.kpiId = kpiId;
        this.periodValue = value;
        this.sampleSize = sampleSize;
        this.source = source;
    }

    public UUID getKpiId() { return kpiId; }
    /** The period and the measured value. */
    public KpiPeriodValue periodValue() { return periodValue; }
    public Period period() { return periodValue.period(); }
    public PeriodType getPeriodType() { return periodValue.type(); }
    public LocalDate getPeriodStart() { return periodValue.start(); }
    public BigDecimal getValue() { return periodValue.value(); }
    public Integer getSampleSize() { return sampleSize; }
    public MeasurementSource getSource() { return source; }
    public Instant getCreatedAt() { return createdAt; }
}
