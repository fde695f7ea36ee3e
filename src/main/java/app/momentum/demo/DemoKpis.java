package app.momentum.demo;

import app.momentum.base.ui.Formats;
import app.momentum.measurement.KpiScope;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.KpiRecord;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.PeriodType;
import app.momentum.measurement.StandardKpi;
import app.momentum.tenancy.Tenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Two years of monthly values and targets for the cockpit's default headline KPIs (NPS, CES, CXi) of each demo
 * tenant, so an executive sees tiles with sparklines and met/missed at once. The trends improve with a small monthly
 * wobble; the latest NPS just misses its target while CES (lower is better) and CXi meet theirs, so both verdicts
 * show.
 */
@Component
class DemoKpis {

    static final String STEP = "kpis";
    static final int MONTHS = 24;

    /** One KPI's demo curve: value and target in a month {@code step} months after the first (0 … MONTHS − 1). */
    record Curve(double start, double perMonth, double wobble, double firstYearTarget, double secondYearTarget) {

        double value(int step) {
            // a fixed wobble of -2 … +2 units, so the line is not straight but the same at every seeding
            return start + perMonth * step + wobble * (((step * 7) % 5) - 2);
        }

        double target(int step) {
            return step < 12 ? firstYearTarget : secondYearTarget;
        }
    }

    static final Map<StandardKpi, Curve> CURVES = Map.of(
            StandardKpi.NPS, new Curve(4, 1.1, 1.5, 12, 32),
            StandardKpi.CES, new Curve(4.7, -0.05, 0.08, 4.2, 3.7),
            StandardKpi.CXI, new Curve(6, 0.8, 1.2, 10, 20));

    private final KpiService kpis;
    private final DemoSession session;
    private final DemoSeedMarkers markers;

    DemoKpis(KpiService kpis, DemoSession session, DemoSeedMarkers markers) {
        this.kpis = kpis;
        this.session = session;
        this.markers = markers;
    }

    /** Once per tenant: the last {@value #MONTHS} completed months. */
    void seed(Tenant tenant) {
        if (markers.done(tenant.getId(), STEP)) {
            return;
        }
        LocalDate firstMonth = LocalDate.now(Formats.DEFAULT_ZONE).withDayOfMonth(1).minusMonths(MONTHS);
        session.asCxManager(tenant, () -> {
            Map<StandardKpi, UUID> standard = kpis.listRecords().stream()
                    .filter(kpi -> kpi.standardCode() != null && kpi.scope() == KpiScope.TENANT)
                    .collect(Collectors.toMap(KpiRecord::standardCode, KpiRecord::id, (a, b) -> a));
            CURVES.forEach((code, curve) -> {
                UUID kpiId = standard.get(code);
                if (kpiId == null) {
                    return;
                }
                for (int step = 0; step < MONTHS; step++) {
                    LocalDate month = firstMonth.plusMonths(step);
                    kpis.setTarget(kpiId, PeriodType.MONTH, month, oneDecimal(curve.target(step)));
                    kpis.record(kpiId, PeriodType.MONTH, month, oneDecimal(curve.value(step)), 400 + step * 10,
                            MeasurementSource.IMPORT);
                }
            });
        });
        markers.mark(tenant.getId(), STEP, null);
    }

    static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
