package app.momentum.measurement.kpiimport;

import app.momentum.measurement.Period;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One valid row of a KPI values file: a measured value (with its sample size) and/or a target for one KPI and period.
 *
 * @param row        the row or line it came from
 * @param value      the measured value, or null when the row only sets a target
 * @param sampleSize the number of respondents behind the value, or null
 * @param target     the target for the period, or null
 */
public record KpiValueRow(int row, UUID kpiId, Period period, BigDecimal value, Integer sampleSize, BigDecimal target) {
}
