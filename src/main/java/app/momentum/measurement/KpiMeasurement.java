package app.momentum.measurement;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PeriodType periodType;

    @Column(nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(nullable = false)
    private BigDecimal value;

    private Integer sampleSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasurementSource source;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected KpiMeasurement() {
    }

    KpiMeasurement(UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal value, Integer sampleSize,
                   MeasurementSource source) {
        this.kpiId = kpiId;
        this.periodType = periodType;
        this.periodStart = periodStart;
        this.value = value;
        this.sampleSize = sampleSize;
        this.source = source;
    }

    public UUID getKpiId() { return kpiId; }
    public PeriodType getPeriodType() { return periodType; }
    public LocalDate getPeriodStart() { return periodStart; }
    public BigDecimal getValue() { return value; }
    public Integer getSampleSize() { return sampleSize; }
    public MeasurementSource getSource() { return source; }
    public Instant getCreatedAt() { return createdAt; }
}
