package app.momentum.measurement;

import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiRepository;
import app.momentum.brand.TenantDefaultsContributor;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Measurement's part of what a new tenant starts with: each of the eight standard KPIs the tenant does not have yet
 * (stored with their English names and standard code; the UI translates them). Called by {@code TenantDefaults} in
 * its transaction and tenant scope.
 */
@Component
class StandardKpiDefaults implements TenantDefaultsContributor {

    private final KpiRepository kpis;

    StandardKpiDefaults(KpiRepository kpis) {
        this.kpis = kpis;
    }

    @Override
    public void addDefaults(Locale language) {
        for (StandardKpi standard : StandardKpi.values()) {
            if (!kpis.existsByStandardCode(standard)) {
                kpis.save(Kpi.standard(standard));
            }
        }
    }
}
