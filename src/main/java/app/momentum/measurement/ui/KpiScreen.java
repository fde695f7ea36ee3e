package app.momentum.measurement.ui;

import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.JourneyRef;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyService;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.KpiService;
import app.momentum.measurement.KpiService.CatalogueEntry;
import app.momentum.measurement.KpiService.KpiData;
import app.momentum.measurement.KpiService.KpiSeries;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.MeasurementSource;
import app.momentum.measurement.PeriodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Everything the KPI page reads and changes, in one place: the catalogue and a KPI's series from {@link KpiService},
 * the journeys and moments a new KPI may apply to from the journey module. The view and its dialogs call only this;
 * the services keep the rules and the role checks.
 */
@Component
class KpiScreen {

    /** The journey filter and the new-KPI dialog list at most this many active journeys, by name. */
    static final int MAX_JOURNEYS = 500;

    private final KpiService kpis;
    private final JourneyLookup journeys;

    KpiScreen(KpiService kpis, JourneyLookup journeys) {
        this.kpis = kpis;
        this.journeys = journeys;
    }

    List<CatalogueEntry> catalogue() {
        return kpis.catalogue();
    }

    KpiSeries series(UUID kpiId) {
        return kpis.series(kpiId);
    }

    List<JourneyRef> activeJourneys() {
        return journeys.activeJourneys(PageRequest.of(0, MAX_JOURNEYS, Sort.by("name")));
    }

    /** The moments of a journey a moment KPI may measure, in map order. */
    List<MomentRef> moments(UUID journeyId) {
        journeys.journey(journeyId).orElseThrow(JourneyService::notFound);
        return journeys.momentsInMapOrder(journeyId);
    }

    Kpi create(KpiData data) {
        return kpis.create(data);
    }

    KpiTarget setTarget(UUID kpiId, PeriodType type, LocalDate start, BigDecimal target) {
        return kpis.setTarget(kpiId, type, start, target);
    }

    KpiMeasurement record(UUID kpiId, PeriodType type, LocalDate start, BigDecimal value, Integer sampleSize,
                          MeasurementSource source) {
        return kpis.record(kpiId, type, start, value, sampleSize, source);
    }
}
