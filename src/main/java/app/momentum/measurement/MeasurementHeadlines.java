package app.momentum.measurement;

import app.momentum.journey.JourneyLookup;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.gap.MomentEstimate;
import app.momentum.measurement.gap.MomentEstimateRepository;
import app.momentum.measurement.gap.PerceptionGap;
import app.momentum.measurement.internal.Kpi;
import app.momentum.measurement.internal.KpiMeasurement;
import app.momentum.measurement.internal.KpiMeasurementRepository;
import app.momentum.measurement.internal.KpiPeriodValue;
import app.momentum.measurement.internal.KpiRepository;
import app.momentum.measurement.internal.KpiTarget;
import app.momentum.measurement.internal.KpiTargetRepository;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.LatestMoments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measurement module's figures for a cockpit, each read in bulk: a fixed number of queries whatever the number of
 * journeys, moments, KPIs or periods (no query per journey or per KPI). Headline KPIs with their recent values and
 * target; the moments below target in each journey's latest survey; the perception gap over those surveys.
 * Tenant-filtered like every read; no role check (every member reads measurements); joins the caller's transaction.
 */
@Service
@Transactional(readOnly = true)
public class MeasurementHeadlines {

    /** The standard KPIs a cockpit shows unless the tenant chose others. */
    public static final List<StandardKpi> DEFAULT_HEADLINES = List.of(StandardKpi.NPS, StandardKpi.CES, StandardKpi.CXI);

    private final KpiRepository kpis;
    private final KpiMeasurementRepository measurements;
    private final KpiTargetRepository targets;
    private final SurveyImportService surveys;
    private final MomentEstimateRepository estimates;
    private final JourneyLookup journeys;

    MeasurementHeadlines(KpiRepository kpis, KpiMeasurementRepository measurements, KpiTargetRepository targets,
                         SurveyImportService surveys, MomentEstimateRepository estimates, JourneyLookup journeys) {
        this.kpis = kpis;
        this.measurements = measurements;
        this.targets = targets;
        this.surveys = surveys;
        this.estimates = estimates;
        this.journeys = journeys;
    }

    /** A KPI the cockpit may show as a headline: its id, name and standard code (null for the tenant's own). */
    public record KpiChoice(UUID id, String name, StandardKpi standardCode) {
    }

    /**
     * A headline KPI: its latest periods' values (one per period, the latest recorded; oldest first, at most
     * {@code periods}) and the target of the latest measured period.
     *
     * @param target null when the latest measured period has no target (or nothing was measured)
     */
    public record KpiHeadline(UUID kpiId, String name, StandardKpi standardCode, String unit, boolean higherIsBetter,
                              List<KpiTrend.Point> recent, BigDecimal target) {

        public Optional<KpiTrend.Point> latest() {
            return recent.isEmpty() ? Optional.empty() : Optional.of(recent.getLast());
        }

        /** Whether the latest value meets the target of its period; empty without either. */
        public Optional<Boolean> targetMet() {
            return latest().flatMap(p -> KpiTrend.targetMet(p.value(), target, higherIsBetter));
        }

        /** The latest value minus the one of the period before; empty with fewer than two periods. */
        public Optional<BigDecimal> change() {
            return recent.size() < 2 ? Optional.empty()
                    : Optional.of(recent.getLast().value().subtract(recent.get(recent.size() - 2).value()));
        }

        /** Whether the change is good news for this KPI. */
        public KpiTrend.Verdict changeVerdict() {
            int sign = change().map(BigDecimal::signum).orElse(0);
            return sign == 0 ? KpiTrend.Verdict.UNCHANGED
                    : (sign > 0) == higherIsBetter ? KpiTrend.Verdict.BETTER : KpiTrend.Verdict.WORSE;
        }
    }

    /** A moment that missed its target in its journey's latest survey. */
    public record MomentBelowTarget(UUID momentId, String title, UUID journeyId, String journeyName,
                                    double meanSatisfaction, double frequency, int experienced, LocalDate fieldedOn) {
    }

    /** One moment's estimate against its measured mean in the journey's latest survey. */
    public record MomentGap(UUID momentId, String title, UUID journeyId, String journeyName, double estimate,
                            double measured) {

        public double gap() {
            return estimate - measured;
        }
    }

    /**
     * The perception gap over every journey's latest survey: of the moments with an estimate made before the results
     * were imported, how many were compared, how many the organisation overrated by at least
     * {@link PerceptionGap#NOTABLE_GAP}, the mean of estimate − measured, and the largest overestimate.
     */
    public record GapHeadline(int compared, int overestimated, double meanGap, Optional<MomentGap> largest) {
    }

    /** Every KPI of the catalogue as a choice for the headlines: standard ones first in their order, then by name. */
    public List<KpiChoice> choices() {
        return kpis.findAll().stream()
                .sorted(Comparator.comparing((Kpi k) -> k.getStandardCode() == null ? Integer.MAX_VALUE
                        : k.getStandardCode().ordinal()).thenComparing(k -> k.getName().toLowerCase(java.util.Locale.ROOT)))
                .map(k -> new KpiChoice(k.getId(), k.getName(), k.getStandardCode())).toList();
    }

    /** The ids of the default headline KPIs ({@link #DEFAULT_HEADLINES}) in that order. */
    public List<UUID> defaultHeadlineIds() {
        Map<StandardKpi, UUID> byCode = kpis.findAll().stream().filter(k -> k.getStandardCode() != null)
                .collect(Collectors.toMap(Kpi::getStandardCode, Kpi::getId, (a, b) -> a));
        return DEFAULT_HEADLINES.stream().filter(byCode::containsKey).map(byCode::get).toList();
    }

    /**
     * These KPIs as headlines, in the order asked (ids that are not the tenant's left out), in three queries.
     *
     * @param periods how many of the latest measured periods each headline carries (the sparkline)
     */
    public List<KpiHeadline> kpiHeadlines(List<UUID> kpiIds, int periods) {
        if (kpiIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Kpi> found = kpis.findAllById(kpiIds).stream().collect(Collectors.toMap(Kpi::getId, k -> k));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<KpiPeriodValue>> values = new HashMap<>();
        for (KpiMeasurement m : measurements.findByKpiIdIn(found.keySet())) {
            values.computeIfAbsent(m.getKpiId(), id -> new ArrayList<>()).add(m.periodValue());
        }
        Map<UUID, Map<Period, BigDecimal>> targetsByKpi = new HashMap<>();
        for (KpiTarget t : targets.findByKpiIdIn(found.keySet())) {
            targetsByKpi.computeIfAbsent(t.getKpiId(), id -> new HashMap<>()).put(t.period(), t.getTarget());
        }
        List<KpiHeadline> headlines = new ArrayList<>();
        for (UUID id : kpiIds.stream().distinct().toList()) {
            Kpi kpi = found.get(id);
            if (kpi == null) {
                continue;
            }
            SortedMap<Period, BigDecimal> byPeriod = KpiPeriodValue.byPeriod(values.getOrDefault(id, List.of()));
            List<KpiTrend.Point> all = byPeriod.entrySet().stream()
                    .map(e -> new KpiTrend.Point(e.getKey(), e.getValue())).toList();
            List<KpiTrend.Point> recent = all.subList(Math.max(0, all.size() - periods), all.size());
            BigDecimal target = recent.isEmpty() ? null
                    : targetsByKpi.getOrDefault(id, Map.of()).get(recent.getLast().period());
            headlines.add(new KpiHeadline(id, kpi.getName(), kpi.getStandardCode(), kpi.getUnit(),
                    kpi.isHigherIsBetter(), List.copyOf(recent), target));
        }
        return headlines;
    }

    /**
     * The moments that missed their target in their journey's latest survey (moments nobody experienced left out),
     * worst first: by mean satisfaction, then the more customers meet the moment (frequency) the earlier.
     */
    public List<MomentBelowTarget> momentsBelowTarget() {
        List<LatestMoments> latest = surveys.latestMomentsPerJourney();
        Map<UUID, String> names = journeyNames(latest);
        List<MomentBelowTarget> below = new ArrayList<>();
        for (LatestMoments survey : latest) {
            if (!names.containsKey(survey.journeyId())) {
                continue;
            }
            for (MomentResult m : survey.moments()) {
                if (!m.targetMet() && m.experienced() > 0 && !Double.isNaN(m.meanSatisfaction())) {
                    below.add(new MomentBelowTarget(m.momentId(), m.title(), survey.journeyId(),
                            names.get(survey.journeyId()), m.meanSatisfaction(),
                            Double.isNaN(m.frequency()) ? 0 : m.frequency(), m.experienced(), survey.fieldedOn()));
                }
            }
        }
        below.sort(Comparator.comparingDouble(MomentBelowTarget::meanSatisfaction)
                .thenComparing(Comparator.comparingDouble(MomentBelowTarget::frequency).reversed())
                .thenComparing(MomentBelowTarget::title));
        return below;
    }

    /**
     * The perception gap over every journey's latest survey (estimates made after a survey's import do not count for
     * it, as on the mining page); empty when no moment has both an estimate and a measured mean.
     */
    public Optional<GapHeadline> perceptionGap() {
        List<LatestMoments> latest = surveys.latestMomentsPerJourney();
        Map<UUID, String> names = journeyNames(latest);
        Map<UUID, Instant> importedAt = new HashMap<>();
        List<UUID> momentIds = new ArrayList<>();
        for (LatestMoments survey : latest) {
            survey.moments().forEach(m -> {
                momentIds.add(m.momentId());
                importedAt.put(m.momentId(), survey.importedAt());
            });
        }
        if (momentIds.isEmpty()) {
            return Optional.empty();
        }
        // newest first: the first estimate of a moment before its survey's import is the one that counts
        Map<UUID, MomentEstimate> before = new LinkedHashMap<>();
        for (MomentEstimate e : estimates.findByMomentIdInOrderByEstimatedAtDesc(momentIds)) {
            Instant cutoff = importedAt.get(e.getMomentId());
            if (cutoff != null && e.getEstimatedAt().isBefore(cutoff)) {
                before.putIfAbsent(e.getMomentId(), e);
            }
        }
        List<MomentGap> gaps = new ArrayList<>();
        for (LatestMoments survey : latest) {
            for (MomentResult m : survey.moments()) {
                MomentEstimate estimate = before.get(m.momentId());
                if (estimate != null && m.experienced() > 0 && !Double.isNaN(m.meanSatisfaction())
                        && names.containsKey(survey.journeyId())) {
                    gaps.add(new MomentGap(m.momentId(), m.title(), survey.journeyId(), names.get(survey.journeyId()),
                            estimate.getEstimate().doubleValue(), m.meanSatisfaction()));
                }
            }
        }
        if (gaps.isEmpty()) {
            return Optional.empty();
        }
        int overestimated = (int) gaps.stream().filter(g -> g.gap() >= PerceptionGap.NOTABLE_GAP).count();
        double mean = gaps.stream().mapToDouble(MomentGap::gap).average().orElse(0);
        Optional<MomentGap> largest = gaps.stream().filter(g -> g.gap() > 0)
                .max(Comparator.comparingDouble(MomentGap::gap));
        return Optional.of(new GapHeadline(gaps.size(), overestimated, mean, largest));
    }

    private Map<UUID, String> journeyNames(Collection<LatestMoments> latest) {
        if (latest.isEmpty()) {
            return Map.of();
        }
        return journeys.journeyNames(latest.stream().map(LatestMoments::journeyId).collect(Collectors.toSet()));
    }
}
