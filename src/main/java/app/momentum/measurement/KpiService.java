package app.momentum.measurement;

import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.internal.KpiTargetRepository;
import app.momentum.measurement.internal.KpiRepository;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Texts;
import app.momentum.base.Validation;
import app.momentum.base.UserFacingException;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's KPI catalogue with its targets and measured values. Every member reads it; tenant admins and
 * CX managers add, change and remove KPIs, set targets and record values. The standard KPIs are fixed: they
 * can be measured and given targets, not changed or deleted.
 */
@Service
@Transactional
public class KpiService {

    static final String EDITORS = MeasurementPermissions.MAY_RECORD_KPIS;
    public static final int MAX_NAME_LENGTH = Texts.SHORT;
    public static final int MAX_UNIT_LENGTH = 30;

    private final KpiRepository kpis;
    private final KpiTargetRepository targets;
    private final KpiMeasurementRepository measurements;
    private final JourneyLookup journeys;

    KpiService(KpiRepository kpis, KpiTargetRepository targets, KpiMeasurementRepository measurements,
               JourneyLookup journeys) {
        this.kpis = kpis;
        this.targets = targets;
        this.measurements = measurements;
        this.journeys = journeys;
    }

    /** The fields of a KPI of the tenant's own; {@code journeyId}/{@code momentId} as the scope asks. */
    public record KpiData(String name, String unit, BigDecimal scaleMin, BigDecimal scaleMax, boolean higherIsBetter,
                          KpiScope scope, UUID journeyId, UUID momentId) {
    }

    /** A catalogue line: the KPI and, for a journey or moment KPI, the journey's name and the moment's title. */
    public record CatalogueEntry(Kpi kpi, String journeyName, String momentTitle) {
    }

    /** A KPI's measured values and targets, each ordered by period. */
    public record KpiSeries(Kpi kpi, List<KpiMeasurement> measurements, List<KpiTarget> targets) {
    }

    /** A KPI of the catalogue as other modules read it (the REST API). */
    public record KpiRecord(UUID id, String name, StandardKpi standardCode, String unit, BigDecimal scaleMin,
                            BigDecimal scaleMax, boolean higherIsBetter, KpiScope scope, UUID journeyId, UUID momentId) {

        static KpiRecord of(Kpi kpi) {
            return new KpiRecord(kpi.getId(), kpi.getName(), kpi.getStandardCode(), kpi.getUnit(), kpi.getScaleMin(),
                    kpi.getScaleMax(), kpi.isHigherIsBetter(), kpi.getScope(), kpi.getJourneyId(), kpi.getMomentId());
        }
    }

    /** A measured value of a KPI as other modules read it (the REST API). */
    public record MeasurementRecord(UUID id, UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal value,
                                    Integer sampleSize, MeasurementSource source, Instant createdAt) {

        static MeasurementRecord of(KpiMeasurement measurement) {
            return new MeasurementRecord(measurement.getId(), measurement.getKpiId(), measurement.getPeriodType(),
                    measurement.getPeriodStart(), measurement.getValue(), measurement.getSampleSize(),
                    measurement.getSource(), measurement.getCreatedAt());
        }
    }

    // --- reading ---------------------------------------------------------------------------------------

    /** The catalogue: the standard KPIs in their fixed order, then the tenant's own by name. */
    @Transactional(readOnly = true)
    public List<Kpi> list() {
        return kpis.findAll().stream()
                .sorted(Comparator.comparing((Kpi k) -> k.getStandardCode() == null ? Integer.MAX_VALUE : k.getStandardCode().ordinal())
                        .thenComparing(k -> k.getName().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** {@link #list()} with the names of the journeys and moments the KPIs apply to, read in one go. */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> catalogue() {
        List<Kpi> all = list();
        Map<UUID, String> journeyNames = journeys.journeyNames(all.stream().map(Kpi::getJourneyId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<UUID, String> momentTitles = journeys.momentTitles(all.stream().map(Kpi::getMomentId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return all.stream()
                .map(k -> new CatalogueEntry(k, journeyNames.get(k.getJourneyId()), momentTitles.get(k.getMomentId())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Kpi> find(UUID id) {
        return kpis.findById(id);
    }

    @Transactional(readOnly = true)
    public KpiSeries series(UUID kpiId) {
        Kpi kpi = load(kpiId);
        return new KpiSeries(kpi, measurements.findByKpiIdOrderByPeriodStartAscPeriodTypeAscCreatedAtAsc(kpiId),
                targets.findByKpiIdOrderByPeriodStartAscPeriodTypeAsc(kpiId));
    }

    /** {@link #list()} as records, for the REST API. */
    @Transactional(readOnly = true)
    public List<KpiRecord> listRecords() {
        return list().stream().map(KpiRecord::of).toList();
    }

    /** The measured values of {@link #series} as records, by period, for the REST API; an unknown KPI is not found. */
    @Transactional(readOnly = true)
    public List<MeasurementRecord> measurementRecords(UUID kpiId) {
        return series(kpiId).measurements().stream().map(MeasurementRecord::of).toList();
    }

    /** A target of a KPI for one month or quarter, as other modules read it (the board report). */
    public record TargetRecord(UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal target) {
    }

    /**
     * {@link #measurementRecords(UUID)} of several KPIs in one query, by KPI id, each KPI's in the same order (by period,
     * then the order they were recorded); KPIs without values, or not the tenant's, are absent (the board report).
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<MeasurementRecord>> measurementRecords(Collection<UUID> kpiIds) {
        if (kpiIds.isEmpty()) {
            return Map.of();
        }
        return measurements.findByKpiIdIn(kpiIds).stream()
                .sorted(Comparator.comparing(KpiMeasurement::getPeriodStart).thenComparing(KpiMeasurement::getPeriodType)
                        .thenComparing(KpiMeasurement::getCreatedAt))
                .map(MeasurementRecord::of)
                .collect(Collectors.groupingBy(MeasurementRecord::kpiId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * {@link #targetRecords(UUID)} of several KPIs in one query, by KPI id; KPIs without targets, or not the tenant's,
     * are absent (the board report).
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<TargetRecord>> targetRecords(Collection<UUID> kpiIds) {
        if (kpiIds.isEmpty()) {
            return Map.of();
        }
        return targets.findByKpiIdIn(kpiIds).stream()
                .sorted(Comparator.comparing(KpiTarget::getPeriodStart).thenComparing(KpiTarget::getPeriodType))
                .map(t -> new TargetRecord(t.getKpiId(), t.getPeriodType(), t.getPeriodStart(), t.getTarget()))
                .collect(Collectors.groupingBy(TargetRecord::kpiId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The targets of {@link #series} as records, by period; an unknown KPI is not found. */
    @Transactional(readOnly = true)
    public List<TargetRecord> targetRecords(UUID kpiId) {
        return series(kpiId).targets().stream()
                .map(t -> new TargetRecord(t.getKpiId(), t.getPeriodType(), t.getPeriodStart(), t.getTarget()))
                .toList();
    }

    // --- changing --------------------------------------------------------------------------------------

    @PreAuthorize(EDITORS)
    public Kpi create(KpiData data) {
        Kpi kpi = Kpi.custom();
        apply(kpi, data);
        return kpis.saveAndFlush(kpi);
    }

    @PreAuthorize(EDITORS)
    public Kpi update(UUID id, long expectedVersion, KpiData data) {
        Kpi kpi = load(id);
        ConcurrentEditException.check(kpi.getVersion(), expectedVersion);
        if (kpi.isStandard()) {
            throw new UserFacingException("kpi.error.standard");
        }
        apply(kpi, data);
        return kpis.saveAndFlush(kpi);
    }

    /** Deletes a KPI of the tenant's own with its targets and values; the standard ones stay. */
    @PreAuthorize(EDITORS)
    public void delete(UUID id) {
        Kpi kpi = load(id);
        if (kpi.isStandard()) {
            throw new UserFacingException("kpi.error.standard");
        }
        kpis.delete(kpi);
        kpis.flush();
    }

    /** Sets (or replaces) the target of a KPI for a month or quarter. */
    @PreAuthorize(EDITORS)
    public KpiTarget setTarget(UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal target) {
        KpiPeriodValue checked = KpiPeriodValue.checked(load(kpiId), periodType, periodStart, target);
        KpiTarget stored = targets.findByKpiIdAndPeriodTypeAndPeriodStart(kpiId, periodType, periodStart)
                .orElseGet(() -> new KpiTarget(kpiId, checked));
        stored.setTarget(target);
        return targets.saveAndFlush(stored);
    }

    /** Records a measured value of a KPI for a month or quarter. */
    @PreAuthorize(EDITORS)
    public KpiMeasurement record(UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal value,
                                 Integer sampleSize, MeasurementSource source) {
        KpiPeriodValue checked = KpiPeriodValue.checked(load(kpiId), periodType, periodStart, value);
        if (sampleSize != null && sampleSize < 0) {
            throw new UserFacingException("kpi.error.sampleSize");
        }
        return measurements.saveAndFlush(new KpiMeasurement(kpiId, checked, sampleSize,
                source == null ? MeasurementSource.MANUAL : source));
    }

    /** {@link #record} returning the measured value as a record, for the REST API. */
    @PreAuthorize(EDITORS)
    public MeasurementRecord recordMeasurement(UUID kpiId, PeriodType periodType, LocalDate periodStart, BigDecimal value,
                                               Integer sampleSize, MeasurementSource source) {
        return MeasurementRecord.of(record(kpiId, periodType, periodStart, value, sampleSize, source));
    }

    // --- shared ----------------------------------------------------------------------------------------

    private void apply(Kpi kpi, KpiData data) {
        // the form's problems at once: name, unit, scale and the scope's journey or moment
        Validation.Checks checks = Validation.checks();
        String name = checks.field("name", () -> Texts.required(data.name(), MAX_NAME_LENGTH, "kpi.error.nameRequired"));
        checks.require("name", name == null || kpis.findByNameIgnoreCase(name).stream()
                .allMatch(other -> other.getId().equals(kpi.getId())), "kpi.error.nameTaken", name);
        String unit = checks.field("unit", () -> Texts.optional(data.unit(), MAX_UNIT_LENGTH));
        checks.require("scaleMin", data.scaleMin() == null || data.scaleMax() == null
                || data.scaleMin().compareTo(data.scaleMax()) < 0, "kpi.error.scale");
        KpiScope requested = data.scope() == null ? KpiScope.TENANT : data.scope();
        checks.require("journey", requested != KpiScope.JOURNEY || data.journeyId() != null, "kpi.error.scope");
        checks.require("moment", requested != KpiScope.MOMENT || data.momentId() != null, "kpi.error.momentRequired");
        checks.throwIfAny();
        KpiScope scope = data.scope() == null ? KpiScope.TENANT : data.scope();
        UUID journeyId = null;
        UUID momentId = null;
        switch (scope) {
            case TENANT -> {
            }
            case JOURNEY -> {
                journeyId = journeys.journey(data.journeyId()).orElseThrow(KpiService::notFound).id();
            }
            case MOMENT -> {
                MomentRef moment = journeys.moment(data.momentId()).orElseThrow(KpiService::notFound);
                if (data.journeyId() != null && !data.journeyId().equals(moment.journeyId())) {
                    throw notFound();
                }
                journeyId = moment.journeyId();
                momentId = moment.id();
            }
        }
        kpi.setName(name);
        kpi.setUnit(unit);
        kpi.setScaleMin(data.scaleMin());
        kpi.setScaleMax(data.scaleMax());
        kpi.setHigherIsBetter(data.higherIsBetter());
        kpi.setScope(scope);
        kpi.setJourneyId(journeyId);
        kpi.setMomentId(momentId);
    }

    private Kpi load(UUID id) {
        return kpis.findById(id).orElseThrow(KpiService::notFound);
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
