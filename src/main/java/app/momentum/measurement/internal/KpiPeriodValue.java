package app.momentum.measurement.internal;

import app.momentum.measurement.PeriodType;
import app.momentum.measurement.Period;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.base.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A number for one month or quarter of a KPI: what a measured value ({@link KpiMeasurement}) and a target
 * ({@link KpiTarget}) have in common, stored in their {@code period_type}, {@code period_start} and
 * {@code value} columns (a target's number lives in {@code target}, see its attribute override).
 *
 * <p>Immutable: a changed target is a new instance. The period never changes once stored (the columns are not
 * updatable); the number may. The rules that need no database ({@link #checked}) live here, so they are tested
 * without Spring.
 */
@Embeddable
public class KpiPeriodValue {

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, updatable = false)
    private PeriodType type;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "value", nullable = false)
    private BigDecimal value;

    public KpiPeriodValue() {
    }

    public KpiPeriodValue(PeriodType type, LocalDate start, BigDecimal value) {
        this.type = type;
        this.start = start;
        this.value = value;
    }

    /** A number for a period, as it is: for a number already checked (an import's rows), or to draw one. */
    public static KpiPeriodValue of(Period period, BigDecimal value) {
        return new KpiPeriodValue(period.type(), period.start(), value);
    }

    /**
     * A period and a number for {@code kpi} as a user or a client sent them, checked in the order the form shows
     * them: the period first, then the value.
     *
     * @throws UserFacingException {@code kpi.error.periodRequired} without a period type or start,
     *         {@code kpi.error.monthStart}/{@code kpi.error.quarterStart} when the start is not a period's first day,
     *         {@code kpi.error.valueRequired} without a value, {@code kpi.error.outOfScale} (with the scale's ends)
     *         when the value lies off the KPI's scale
     */
    public static KpiPeriodValue checked(Kpi kpi, PeriodType type, LocalDate start, BigDecimal value) {
        if (type == null || start == null) {
            throw new UserFacingException("kpi.error.periodRequired");
        }
        if (!type.isStart(start)) {
            throw new UserFacingException(type == PeriodType.MONTH ? "kpi.error.monthStart" : "kpi.error.quarterStart");
        }
        if (value == null) {
            throw new UserFacingException("kpi.error.valueRequired");
        }
        if (!kpi.onScale(value)) {
            throw new UserFacingException("kpi.error.outOfScale", end(kpi.getScaleMin()), end(kpi.getScaleMax()));
        }
        return new KpiPeriodValue(type, start, value);
    }

    /** An open end of a scale reads "…" in the message. */
    private static String end(BigDecimal scaleEnd) {
        return scaleEnd == null ? "…" : scaleEnd.toPlainString();
    }

    /**
     * One number per period, ordered by period: where a period holds several (a value recorded twice), the last one
     * in {@code values} wins, as the chart and the trend show it.
     *
     * @param values ordered by period and then by when they were recorded
     */
    public static SortedMap<Period, BigDecimal> byPeriod(Collection<KpiPeriodValue> values) {
        SortedMap<Period, BigDecimal> byPeriod = new TreeMap<>();
        for (KpiPeriodValue v : values) {
            byPeriod.put(v.period(), v.value());
        }
        return byPeriod;
    }

    /** The same period with another number (a target set again). */
    public KpiPeriodValue withValue(BigDecimal newValue) {
        return new KpiPeriodValue(type, start, newValue);
    }

    public Period period() {
        return new Period(type, start);
    }

    public PeriodType type() {
        return type;
    }

    public LocalDate start() {
        return start;
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof KpiPeriodValue that && type == that.type
                && Objects.equals(start, that.start) && Objects.equals(value, that.value));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, start, value);
    }

    @Override
    public String toString() {
        return type + " " + start + " = " + value;
    }
}
