package app.momentum.measurement.kpiimport;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A KPI of the tenant's catalogue as the reader needs it: how a file may name it and the scale its values must fit.
 *
 * @param code the standard code (NPS, CSAT, …) or null for a KPI of the tenant's own
 * @param name the stored name
 */
public record KpiRef(UUID id, String code, String name, BigDecimal scaleMin, BigDecimal scaleMax) {

    boolean onScale(BigDecimal value) {
        return (scaleMin == null || value.compareTo(scaleMin) >= 0) && (scaleMax == null || value.compareTo(scaleMax) <= 0);
    }
}
