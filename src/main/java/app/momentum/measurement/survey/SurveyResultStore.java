package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.BrandValueResult;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.SegmentResult;
import app.momentum.measurement.followup.FollowUpAssigner;
import app.momentum.measurement.followup.FollowUpCandidate;
import app.momentum.measurement.followup.FollowUpRepository;
import app.momentum.measurement.SurveyAnalysisFinished;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an analysis with everything that goes with it in one transaction (the import, its results per group
 * and moment, the remembered mapping, the event that tells the user), and reads it back. Without a transaction of its own
 * a failure half-way would leave a half-stored import, which the issue forbids.
 */
@Component
class SurveyResultStore {

    private final SurveyImportRepository imports;
    private final SegmentResultRowRepository segments;
    private final MomentResultRowRepository moments;
    private final ColumnMappingEntryRepository mappings;
    private final ImportColumnRepository columns;
    private final BrandValueResultRowRepository brandResults;
    private final BrandMomentImpactRowRepository brandImpacts;
    private final app.momentum.journey.JourneyService journeys;
    private final ApplicationEventPublisher events;
    private final FollowUpAssigner assigner;
    private final FollowUpRepository followUps;
    private final Clock clock;

    SurveyResultStore(SurveyImportRepository imports, SegmentResultRowRepository segments,
                      MomentResultRowRepository moments, ColumnMappingEntryRepository mappings,
                      ImportColumnRepository columns, ApplicationEventPublisher events, FollowUpAssigner assigner, FollowUpRepository followUps,
                      Clock clock, BrandValueResultRowRepository brandResults,
                      BrandMomentImpactRowRepository brandImpacts, app.momentum.journey.JourneyService journeys) {
        this.journeys = journeys;
        this.brandResults = brandResults;
        this.brandImpacts = brandImpacts;
        this.assigner = assigner;
        this.followUps = followUps;
        this.imports = imports;
        this.segments = segments;
        this.moments = moments;
        this.mappings = mappings;
        this.columns = columns;
        this.events = events;
        this.clock = clock;
    }

    /** What is stored for one analysed file. */
    record NewImport(UUID journeyId, String fileName, LocalDate fieldedOn, AnalysisSettings settings,
                     int effortScaleMax, UUID userId, Instant startedAt, String contentHash) {
    }

    @Transactional
    SurveyImport save(NewImport request, AnalysisResult result,
                      Map<String, app.momentum.measurement.importing.ColumnAssignment> mappingToRemember,
                      List<FollowUpCandidate> followUpCandidates, SurveyAnalysisFinished finished) {
        SurveyImport survey = imports.saveAndFlush(new SurveyImport(request.journeyId(), request.fileName(),
                request.fieldedOn(), result.overall().respondents(), request.settings(), request.effortScaleMax(),
                request.userId(), request.startedAt(), clock.instant(), request.contentHash()));
        saveGroup(survey.getId(), SegmentResultRow.EVERYBODY, null, SegmentResultRow.EVERYBODY, result.overall());
        result.bySegment().forEach((column, values) -> {
            var assignment = mappingToRemember.get(column);
            String label = assignment == null ? null : assignment.label();
            values.forEach((value, group) -> saveGroup(survey.getId(), column, label, value, group));
        });
        result.combinations().forEach((key, group) ->
                saveGroup(survey.getId(), key.columnsText(), null, key.valuesText(), group));
        saveBrandValues(survey.getId(), result.brandValues());
        rememberMapping(request.journeyId(), mappingToRemember);
        List<ImportColumn> applied = new ArrayList<>();
        mappingToRemember.forEach((header, assignment) ->
                applied.add(new ImportColumn(survey.getId(), applied.size(), header, assignment)));
        columns.saveAll(applied);
        followUps.saveAll(assigner.assign(survey.getId(), request.journeyId(), followUpCandidates, clock.instant()));
        if (!result.brandValues().isEmpty()) {
            journeys.recheck(request.journeyId()); // the signature check reads brand-value evidence from this survey
        }
        if (finished != null) {
            events.publishEvent(finished);
        }
        return survey;
    }

    private void saveGroup(UUID importId, String column, String label, String value, SegmentResult group) {
        SegmentResultRow row = segments.save(new SegmentResultRow(importId, column, label, value, group));
        List<MomentResultRow> rows = new ArrayList<>();
        int position = 0;
        for (MomentResult moment : group.moments()) {
            rows.add(new MomentResultRow(row.getId(), position++, moment));
        }
        moments.saveAll(rows);
    }

    private void saveBrandValues(UUID importId, List<BrandValueResult> values) {
        int position = 0;
        for (BrandValueResult value : values) {
            BrandValueResultRow row = brandResults.save(new BrandValueResultRow(importId, position++, value));
            List<BrandMomentImpactRow> rows = new ArrayList<>();
            for (BrandMomentImpact moment : value.moments()) {
                rows.add(new BrandMomentImpactRow(row.getId(), rows.size(), moment));
            }
            brandImpacts.saveAll(rows);
        }
    }

    /** Which of these imports asked about brand values (one query, no figures read). */
    @Transactional(readOnly = true)
    Set<UUID> importsWithBrandValues(Collection<UUID> importIds) {
        return importIds.isEmpty() ? Set.of() : brandResults.importsWithBrandValues(importIds);
    }

    /**
     * The brand values each import asked about, with every moment's impact on them, placed by the import's impact
     * method (import id → method), by import id, in two queries whatever their number; imports without brand values
     * are absent.
     */
    @Transactional(readOnly = true)
    Map<UUID, List<BrandValueResult>> brandValuesOf(Map<UUID, ImpactMethod> methodByImport) {
        Map<UUID, List<BrandValueResult>> byImport = new java.util.HashMap<>();
        if (methodByImport.isEmpty()) {
            return byImport;
        }
        List<BrandValueResultRow> rows = brandResults.findByImportIdInOrderByPositionAsc(methodByImport.keySet());
        if (rows.isEmpty()) {
            return byImport;
        }
        Map<UUID, List<BrandMomentImpactRow>> impactsByRow = brandImpacts.findByBrandResultIdInOrderByPositionAsc(
                        rows.stream().map(BrandValueResultRow::getId).toList()).stream()
                .collect(Collectors.groupingBy(BrandMomentImpactRow::getBrandResultId));
        for (BrandValueResultRow row : rows) {
            ImpactMethod method = methodByImport.get(row.getImportId());
            List<BrandMomentImpact> moments = impactsByRow.getOrDefault(row.getId(), List.of()).stream()
                    .map(impact -> impact.toResult(method)).toList();
            byImport.computeIfAbsent(row.getImportId(), id -> new ArrayList<>()).add(row.toResult(moments));
        }
        return byImport;
    }

    /**
     * The end of an analysis on its own, for a failed import that stores nothing else: in a transaction, like every
     * other, so that listeners hear of it after commit.
     */
    @Transactional
    void announce(SurveyAnalysisFinished finished) {
        events.publishEvent(finished);
    }

    /** Replaces the journey's remembered mapping. */
    private void rememberMapping(UUID journeyId, Map<String, app.momentum.measurement.importing.ColumnAssignment> mapping) {
        mappings.deleteByJourneyId(journeyId);
        mappings.flush();
        mapping.forEach((header, assignment) -> mappings.save(new ColumnMappingEntry(journeyId, header, assignment)));
    }

    @Transactional(readOnly = true)
    Map<String, app.momentum.measurement.importing.ColumnAssignment> rememberedMapping(UUID journeyId) {
        return mappings.findByJourneyId(journeyId).stream().collect(Collectors.toMap(ColumnMappingEntry::getHeader,
                ColumnMappingEntry::toAssignment, (a, b) -> a, LinkedHashMap::new));
    }

    /** The overall group's moment results of an import, by moment (results of deleted moments left out). */
    @Transactional(readOnly = true)
    Map<UUID, MomentResult> overallMoments(SurveyImport survey) {
        return segments.findByImportIdAndSegmentColumn(survey.getId(), SegmentResultRow.EVERYBODY)
                .<Map<UUID, MomentResult>>map(group -> moments.findBySegmentResultIdInOrderByPositionAsc(
                                List.of(group.getId())).stream()
                        .map(row -> row.toResult(survey.impactMethod())).filter(m -> m.momentId() != null)
                        .collect(Collectors.toMap(MomentResult::momentId, m -> m, (a, b) -> a, LinkedHashMap::new)))
                .orElse(Map.of());
    }

    /** Per import: {measured moments, moments meeting target} of its everybody group; imports without results are absent. */
    @Transactional(readOnly = true)
    Map<UUID, long[]> targetCounts(Collection<UUID> importIds) {
        Map<UUID, long[]> counts = new java.util.HashMap<>();
        if (importIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : moments.targetCountsOfEverybody(importIds)) {
            counts.put((UUID) row[0], new long[] {((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        return counts;
    }

    @Transactional(readOnly = true)
    Optional<StoredAnalysis> load(UUID importId) {
        return imports.findById(importId).map(this::withResults);
    }

    @Transactional(readOnly = true)
    StoredAnalysis withResults(SurveyImport survey) {
        List<SegmentResultRow> groups = segments.findByImportIdOrderBySegmentColumnAscSegmentValueAsc(survey.getId());
        Map<UUID, List<MomentResultRow>> momentsByGroup = moments.findBySegmentResultIdInOrderByPositionAsc(
                        groups.stream().map(SegmentResultRow::getId).toList()).stream()
                .collect(Collectors.groupingBy(MomentResultRow::getSegmentResultId));
        SegmentResult overall = null;
        Map<String, Map<String, SegmentResult>> bySegment = new TreeMap<>();
        Map<app.momentum.measurement.analysis.SegmentKey, SegmentResult> combinations = new LinkedHashMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (SegmentResultRow group : groups) {
            SegmentResult result = group.toResult(momentsByGroup.getOrDefault(group.getId(), List.of()),
                    survey.impactMethod());
            if (group.isEverybody()) {
                overall = result;
            } else if (app.momentum.measurement.analysis.SegmentKey.isCombination(group.getSegmentColumn())) {
                combinations.put(app.momentum.measurement.analysis.SegmentKey.parse(group.getSegmentColumn(),
                        group.getSegmentValue()), result);
            } else {
                bySegment.computeIfAbsent(group.getSegmentColumn(), c -> new TreeMap<>())
                        .put(group.getSegmentValue(), result);
                if (group.getSegmentLabel() != null) {
                    labels.put(group.getSegmentColumn(), group.getSegmentLabel());
                }
            }
        }
        if (overall == null) {
            throw new IllegalStateException("import " + survey.getId() + " has no overall result");
        }
        List<BrandValueResult> brandValues = brandValuesOf(Map.of(survey.getId(), survey.impactMethod()))
                .getOrDefault(survey.getId(), List.of());
        return new StoredAnalysis(survey, new AnalysisResult(overall, bySegment, combinations, brandValues), labels,
                columns.findByImportIdOrderByPositionAsc(survey.getId()).stream().map(ImportColumn::toApplied).toList());
    }

    /**
     * The overall group's moment results of several imports (id → the impact method that places its moments), by
     * import id, in two queries whatever their number (the cockpit, the gates); with {@code withDeletedMoments} also
     * the results of moments deleted from the map since the survey (their moment id is null), as the stored analysis
     * has them; each import's in map position order.
     */
    @Transactional(readOnly = true)
    Map<UUID, List<MomentResult>> overallMomentsOf(Map<UUID, ImpactMethod> methodByImport,
                                                   boolean withDeletedMoments) {
        Map<UUID, List<MomentResult>> byImport = new java.util.HashMap<>();
        if (methodByImport.isEmpty()) {
            return byImport;
        }
        Map<UUID, UUID> importBySegment = segments.findByImportIdInAndSegmentColumn(methodByImport.keySet(),
                        SegmentResultRow.EVERYBODY)
                .stream().collect(Collectors.toMap(SegmentResultRow::getId, SegmentResultRow::getImportId));
        if (importBySegment.isEmpty()) {
            return byImport;
        }
        for (MomentResultRow row : moments.findBySegmentResultIdInOrderByPositionAsc(importBySegment.keySet())) {
            UUID importId = importBySegment.get(row.getSegmentResultId());
            MomentResult result = row.toResult(methodByImport.get(importId));
            if (withDeletedMoments || result.momentId() != null) {
                byImport.computeIfAbsent(importId, id -> new java.util.ArrayList<>()).add(result);
            }
        }
        return byImport;
    }
}
