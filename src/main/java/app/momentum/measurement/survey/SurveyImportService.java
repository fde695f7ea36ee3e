package app.momentum.measurement.survey;

import app.momentum.base.ui.Formats;
import org.springframework.modulith.NamedInterface;
import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandService;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyService;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.followup.FollowUpCollector;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapper;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.importing.SurveyImportException;
import app.momentum.measurement.importing.SurveyPipeline;
import app.momentum.measurement.importing.SurveyPreview;
import app.momentum.measurement.SurveyAnalysisFinished;
import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Survey imports of a journey: the mapping proposal for an uploaded file, the analysis (in the background for
 * the UI, at once for the API), the stored results and the tenant's thresholds.
 *
 * <p>All or nothing: a file with one bad cell stores nothing, not even the remembered mapping; the error names
 * the row, column and value.
 */
@Service
public class SurveyImportService {

    static final String EDITORS = app.momentum.measurement.MeasurementPermissions.MAY_IMPORT_SURVEYS;
    private static final Logger log = LoggerFactory.getLogger(SurveyImportService.class);
    private static final int SUBJECT_MAX = 200;

    private final JourneyLookup journeys;
    private final BrandService brand;
    private final SurveyResultStore store;
    private final SurveyImportRepository imports;
    private final MeasurementSettingsRepository settingsRepository;
    private final SurveyJobQueue queue;
    private final SurveyJobSignal signal;
    private final TransactionTemplate transaction;
    private final MemberSession memberSession;
    private final MomentumI18NProvider i18n;
    private final Clock clock;
    private final long maxFileBytes;

    SurveyImportService(JourneyLookup journeys, SurveyResultStore store,
                        SurveyImportRepository imports, MeasurementSettingsRepository settingsRepository,
                        SurveyJobQueue queue, SurveyJobSignal signal, PlatformTransactionManager transactions,
                        MemberSession memberSession, MomentumI18NProvider i18n, Clock clock,
                        @Value("${momentum.survey.max-file-size:50MB}") DataSize maxFileSize, BrandService brand) {
        this.journeys = journeys;
        this.brand = brand;
        this.store = store;
        this.imports = imports;
        this.settingsRepository = settingsRepository;
        this.queue = queue;
        this.signal = signal;
        this.transaction = new TransactionTemplate(transactions);
        this.memberSession = memberSession;
        this.i18n = i18n;
        this.clock = clock;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    /** The tenant's brand values by id: their current names, for what an analysis asked about. */
    @Transactional(readOnly = true)
    public Map<UUID, String> brandValueNames() {
        Map<UUID, String> names = new LinkedHashMap<>();
        brand.valueNames().forEach(value -> names.put(value.id(), value.name()));
        return names;
    }

    /** The largest file accepted, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * An uploaded file's headers and sample rows, with a proposed mapping for the journey's moments and the tenant's
     * brand values (which a column may ask about), in display order.
     */
    @NamedInterface("survey-import")
    public record MappingProposal(SurveyPreview preview, ColumnMapping suggested, List<MomentInfo> moments,
                                  List<BrandService.Named> brandValues) {

        public MappingProposal {
            brandValues = brandValues == null ? List.of() : List.copyOf(brandValues);
        }
    }

    /**
     * What the user confirmed in the mapping step.
     *
     * @param impactOn     the KPI question impact is measured against; overall satisfaction needs a column mapped so
     * @param impactMethod the method that places and ranks the moments; {@code null} = the tenant's default
     */
    @NamedInterface("survey-import")
    public record ImportRequest(UUID journeyId, String fileName, ColumnMapping mapping, int effortScaleMax,
                                LocalDate fieldedOn, ImpactQuestion impactOn, boolean allowDuplicate,
                                ImpactMethod impactMethod) {

        /** By the tenant's default impact method. */
        public ImportRequest(UUID journeyId, String fileName, ColumnMapping mapping, int effortScaleMax,
                             LocalDate fieldedOn, ImpactQuestion impactOn, boolean allowDuplicate) {
            this(journeyId, fileName, mapping, effortScaleMax, fieldedOn, impactOn, allowDuplicate, null);
        }

        /** Impact on recommendation. */
        public ImportRequest(UUID journeyId, String fileName, ColumnMapping mapping, int effortScaleMax,
                             LocalDate fieldedOn) {
            this(journeyId, fileName, mapping, effortScaleMax, fieldedOn, ImpactQuestion.RECOMMEND);
        }

        /** A file not imported for this journey before (else {@link DuplicateSurveyException}). */
        public ImportRequest(UUID journeyId, String fileName, ColumnMapping mapping, int effortScaleMax,
                             LocalDate fieldedOn, ImpactQuestion impactOn) {
            this(journeyId, fileName, mapping, effortScaleMax, fieldedOn, impactOn, false);
        }

        /** The same request, also when the same file was imported for the journey before (the user said so). */
        public ImportRequest allowingDuplicate() {
            return new ImportRequest(journeyId, fileName, mapping, effortScaleMax, fieldedOn, impactOn, true,
                    impactMethod);
        }

        public ImportRequest {
            impactOn = impactOn == null ? ImpactQuestion.RECOMMEND : impactOn;
        }
    }

    /**
     * Reads the file's headers and proposes a mapping: the journey's remembered mapping first, then moment titles
     * and well-known question names.
     *
     * @throws SurveyImportException when the file cannot be read as a survey
     */
    @PreAuthorize(EDITORS)
    public MappingProposal propose(UUID journeyId, Path file) {
        List<MomentInfo> moments = momentsOf(journeyId);
        SurveyPreview preview = SurveyPipeline.preview(file, maxFileBytes);
        ColumnMapping remembered = new ColumnMapping(store.rememberedMapping(journeyId));
        List<BrandService.Named> brandValues = brand.valueNames();
        Map<UUID, String> names = new LinkedHashMap<>();
        brandValues.forEach(value -> names.put(value.id(), value.name()));
        return new MappingProposal(preview,
                ColumnMapper.suggest(preview.headers(), preview.sampleRows(), moments, names, remembered), moments,
                brandValues);
    }

    /**
     * Queues the analysis with its file and returns its job at once; a node with a free slot runs it (this one or
     * another), and the user is notified when it is ready or failed. The file given is deleted once it is queued.
     *
     * @throws UserFacingException when the request is incomplete (checked before anything is queued)
     */
    @PreAuthorize(EDITORS)
    public SurveyImportJob start(ImportRequest request, Path file, Locale locale) {
        MomentumAuthentication user = memberSession.require();
        List<MomentInfo> moments = checked(request);
        String hash = notImportedBefore(request, file);
        AnalysisSettings settings = settingsFor(request);
        SurveyJobQueue.Work work = new SurveyJobQueue.Work(request, hash, moments, settings);
        SurveyImportJob job = transaction.execute(status -> queue.enqueue(user.tenantId(), user.user().id(), work,
                locale.toLanguageTag(), file, clock.instant()));
        deleteQuietly(file);
        signal.wake();
        return job;
    }

    /** The caller's job as it is now (it may run on another node); another tenant's job is not found. */
    public Optional<SurveyImportJob> job(UUID jobId) {
        return memberSession.current().flatMap(me -> queue.find(me.tenantId(), jobId));
    }

    /**
     * Analyses and stores at once (the API), with no notification: the caller gets the result in the response.
     *
     * @throws SurveyImportException on the first bad cell; nothing is stored then
     */
    @PreAuthorize(EDITORS)
    public StoredAnalysis importNow(ImportRequest request, Path file) {
        List<MomentInfo> moments = checked(request);
        String hash = notImportedBefore(request, file);
        AnalysisSettings settings = settingsFor(request);
        UUID userId = memberSession.current().map(a -> a.user().id()).orElse(null);
        FollowUpCollector followUps = new FollowUpCollector();
        AnalysisResult result = SurveyPipeline.analyse(file, maxFileBytes, request.mapping(),
                request.effortScaleMax(), moments, settings, share -> { }, followUps);
        SurveyImport survey = store.save(newImport(request, hash, settings, userId, clock.instant()), result,
                mapped(request.mapping()), followUps.candidates(), null);
        return store.load(survey.getId()).orElseThrow();
    }

    /**
     * Checks a request and reads the whole file as the import would, storing nothing: for a preview that reports the
     * first problem before anything is saved.
     *
     * @throws UserFacingException    when the request or mapping is refused
     * @throws SurveyImportException on the first bad cell
     */
    @PreAuthorize(EDITORS)
    public void validate(ImportRequest request, Path file) {
        List<MomentInfo> moments = checked(request);
        SurveyPipeline.analyse(file, maxFileBytes, request.mapping(), request.effortScaleMax(), moments,
                settingsFor(request), share -> { }, new FollowUpCollector());
    }

    /**
     * Runs a job this node claimed, in the job's tenant: reads its file from the queue, analyses it and stores the
     * result, or the failure, in one transaction with the job's end — only while the claim still holds, so a job
     * given up meanwhile (this node seemed dead) and run elsewhere is never stored twice.
     *
     * @param progress told the share done as the analysis goes
     */
    void runClaimed(SurveyJobQueue.Claimed job, String node, Path workFile, DoubleConsumer progress) {
        ImportRequest request = job.work().request();
        Locale locale = Locale.forLanguageTag(job.language());
        try {
            FollowUpCollector followUps = new FollowUpCollector();
            AnalysisResult result;
            try {
                queue.copyFile(job.id(), workFile);
                result = SurveyPipeline.analyse(workFile, maxFileBytes, request.mapping(), request.effortScaleMax(),
                        job.work().moments(), job.work().settings(), progress, followUps);
            } finally {
                deleteQuietly(workFile);
            }
            SurveyAnalysisFinished ready = new SurveyAnalysisFinished(job.tenantId(), job.userId(), request.journeyId(),
                    subject(request.fileName()), true);
            boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!queue.stillHeld(job, node)) {
                    return false;
                }
                SurveyImport survey = store.save(newImport(request, job.work().contentHash(), job.work().settings(),
                        job.userId(), job.createdAt()), result, mapped(request.mapping()), followUps.candidates(), ready);
                queue.done(job.id(), survey.getId(), clock.instant());
                return true;
            }));
            if (!stored) {
                log.warn("Survey job {} was given up while this node ran it; its result is not stored", job.id());
            }
        } catch (SurveyImportException invalid) {
            fail(job, node, invalid, locale);
        } catch (RuntimeException unexpected) {
            log.error("Survey job {} of journey {} failed", job.id(), request.journeyId(), unexpected);
            fail(job, node, new SurveyImportException("import.error.unexpected", null, null, null), locale);
        }
    }

    private void fail(SurveyJobQueue.Claimed job, String node, SurveyImportException error, Locale locale) {
        transaction.executeWithoutResult(status -> {
            if (queue.stillHeld(job, node)) {
                queue.failed(job.id(), error, clock.instant());
                announceFailure(job.tenantId(), job.userId(), job.work().request().journeyId(), job.fileName(), error,
                        locale);
            }
        });
    }

    /**
     * Fails a job whose node stopped while running it as often as allowed, and tells its user; nothing of it was
     * stored. Runs in the job's tenant.
     */
    void failAbandoned(SurveyJobQueue.Abandoned job, java.time.Duration stale) {
        SurveyImportException error = new SurveyImportException("import.error.interrupted", null, null, null);
        transaction.executeWithoutResult(status -> {
            if (queue.stillAbandoned(job.id(), stale)) {
                queue.failed(job.id(), error, clock.instant());
                announceFailure(job.tenantId(), job.userId(), job.journeyId(), job.fileName(), error,
                        Locale.forLanguageTag(job.language()));
            }
        });
    }

    private void announceFailure(UUID tenantId, UUID userId, UUID journeyId, String fileName,
                                 SurveyImportException error, Locale locale) {
        String message = i18n.getTranslation(error.key(), locale, error.messageArguments());
        store.announce(new SurveyAnalysisFinished(tenantId, userId, journeyId, subject(fileName + " — " + message),
                false));
    }

    private static String subject(String text) {
        return text.length() <= SUBJECT_MAX ? text : text.substring(0, SUBJECT_MAX - 1) + "…";
    }

    private SurveyResultStore.NewImport newImport(ImportRequest request, String hash, AnalysisSettings settings,
                                                  UUID userId, java.time.Instant startedAt) {
        return new SurveyResultStore.NewImport(request.journeyId(), request.fileName(), request.fieldedOn(), settings,
                request.effortScaleMax(), userId, startedAt, hash);
    }

    /**
     * The file's content hash, after checking that the journey has no import of the same bytes — unless the user
     * allowed it. Checked before the analysis runs, so a refused repeat costs one read of the file.
     *
     * @throws DuplicateSurveyException when the same file was imported for the journey before
     */
    private String notImportedBefore(ImportRequest request, Path file) {
        String hash = ContentHash.sha256(file);
        if (!request.allowDuplicate()) {
            Optional<SurveyImport> earlier = imports.findFirstByJourneyIdAndContentHashOrderByCreatedAtDesc(
                    request.journeyId(), hash);
            if (earlier.isPresent()) {
                throw new DuplicateSurveyException(earlier.get());
            }
        }
        return hash;
    }

    /** The mapping to remember: every column the user confirmed, ignored ones included (so they stay ignored). */
    private static Map<String, ColumnAssignment> mapped(ColumnMapping mapping) {
        return mapping.assignments();
    }

    /** Checks what can be checked before reading the file; returns the journey's moments. */
    private List<MomentInfo> checked(ImportRequest request) {
        List<MomentInfo> moments = momentsOf(request.journeyId());
        if (request.fileName() == null || request.fileName().isBlank()) {
            throw new UserFacingException("survey.error.fileName");
        }
        if (request.fieldedOn() == null) {
            throw new UserFacingException("survey.error.fieldedOnRequired");
        }
        if (fieldedInTheFuture(request.fieldedOn(), clock)) {
            throw new UserFacingException("survey.error.fieldedOnFuture");
        }
        if (request.effortScaleMax() != 5 && request.effortScaleMax() != 7) {
            throw new UserFacingException("survey.error.effortScale");
        }
        Map<ColumnRole, String> single = new EnumMap<>(ColumnRole.class);
        Set<UUID> journeyMoments = new HashSet<>(moments.stream().map(MomentInfo::id).toList());
        Map<UUID, String> momentColumns = new java.util.HashMap<>();
        Map<UUID, String> expectationColumns = new java.util.HashMap<>();
        Map<UUID, String> brandValueColumns = new java.util.HashMap<>();
        Set<UUID> brandValues = null; // looked up only when a column asks about a brand value
        for (var entry : request.mapping().assignments().entrySet()) {
            ColumnAssignment assignment = entry.getValue();
            if (!assignment.role().repeatable()) {
                String earlier = single.putIfAbsent(assignment.role(), entry.getKey());
                if (earlier != null) {
                    throw new UserFacingException("survey.error.roleTwice", earlier, entry.getKey());
                }
            }
            if (assignment.role() == ColumnRole.MOMENT) {
                if (!journeyMoments.contains(assignment.momentId())) {
                    throw new UserFacingException("survey.error.unknownMoment", entry.getKey());
                }
                String earlier = momentColumns.putIfAbsent(assignment.momentId(), entry.getKey());
                if (earlier != null) {
                    throw new UserFacingException("survey.error.momentTwice", earlier, entry.getKey());
                }
            }
            if (assignment.role().isExpectation()) {
                if (!journeyMoments.contains(assignment.momentId())) {
                    throw new UserFacingException("survey.error.unknownMoment", entry.getKey());
                }
                String earlier = expectationColumns.putIfAbsent(assignment.momentId(), entry.getKey());
                if (earlier != null) {
                    throw new UserFacingException("survey.error.expectationTwice", earlier, entry.getKey());
                }
            }
            if (assignment.role().needsBrandValue()) {
                if (brandValues == null) {
                    brandValues = brand.valueNames().stream().map(BrandService.Named::id)
                            .collect(java.util.stream.Collectors.toSet());
                }
                if (!brandValues.contains(assignment.brandValueId())) {
                    throw new UserFacingException("survey.error.unknownBrandValue", entry.getKey());
                }
                String earlier = brandValueColumns.putIfAbsent(assignment.brandValueId(), entry.getKey());
                if (earlier != null) {
                    throw new UserFacingException("survey.error.brandValueTwice", earlier, entry.getKey());
                }
            }
        }
        if (!single.containsKey(ColumnRole.RESPONDENT_ID)) {
            throw new UserFacingException("survey.error.noRespondentId");
        }
        if (!single.containsKey(ColumnRole.RECOMMEND)) {
            throw new UserFacingException("survey.error.noRecommend");
        }
        if (momentColumns.isEmpty()) {
            throw new UserFacingException("survey.error.noMoments");
        }
        if (request.impactOn() == ImpactQuestion.EXPECT_TO_STAY && !single.containsKey(ColumnRole.EXPECT_TO_STAY)) {
            throw new UserFacingException("survey.error.noExpectToStay");
        }
        if (request.impactOn() == ImpactQuestion.OVERALL_SATISFACTION
                && !single.containsKey(ColumnRole.OVERALL_SATISFACTION)) {
            throw new UserFacingException("survey.error.noOverall");
        }
        return moments;
    }

    /** The journey's moments in map order; another tenant's journey is not found. */
    @Transactional(readOnly = true)
    public List<MomentInfo> momentsOf(UUID journeyId) {
        journeys.journey(journeyId).orElseThrow(JourneyService::notFound);
        return journeys.momentsInMapOrder(journeyId).stream()
                .map(moment -> new MomentInfo(moment.id(), moment.title(), moment.targetLevel()))
                .toList();
    }

    /** The journey whose survey was held most recently, if any journey has one. */
    @Transactional(readOnly = true)
    public Optional<UUID> lastSurveyedJourney() {
        return imports.findFirstByOrderByFieldedOnDescCreatedAtDesc().map(SurveyImport::getJourneyId);
    }

    /** The journey's stored imports, the most recent survey first. */
    @Transactional(readOnly = true)
    public List<SurveyImport> imports(UUID journeyId) {
        return imports.findByJourneyIdOrderByFieldedOnDescCreatedAtDesc(journeyId);
    }

    /**
     * One column of an import as it was analysed.
     *
     * @param header   the column's header
     * @param role     what it was mapped to; {@link ColumnRole#IGNORE} for a column left out
     * @param momentId for a moment column the moment; {@code null} also when the moment was deleted since
     * @param label    for a segment column the label chosen when mapping
     * @param brandValueId for a brand-value column the brand value; {@code null} also when it was deleted since
     */
    @NamedInterface("survey-import")
    public record AppliedColumn(String header, ColumnRole role, UUID momentId, String label, UUID brandValueId) {
    }

    /** An import without its figures, as other modules read it (the REST API, the demo seeder) instead of the entity. */
    @NamedInterface("survey-import")
    public record ImportSummary(UUID id, UUID journeyId, String fileName, LocalDate fieldedOn, Integer respondents,
                                Instant importedAt, ImpactQuestion impactOn, ImpactMethod impactMethod) {

        static ImportSummary of(SurveyImport survey) {
            return new ImportSummary(survey.getId(), survey.getJourneyId(), survey.getFileName(), survey.getFieldedOn(),
                    survey.getRespondents(), survey.getCreatedAt(), survey.settings().impactOn(), survey.impactMethod());
        }
    }

    /** {@link #imports} as records, the most recent survey first, for the REST API and the demo seeder. */
    @Transactional(readOnly = true)
    public List<ImportSummary> importSummaries(UUID journeyId) {
        return imports(journeyId).stream().map(ImportSummary::of).toList();
    }

    /** An import with its results; another tenant's import is not found. */
    @Transactional(readOnly = true)
    public Optional<StoredAnalysis> analysis(UUID importId) {
        return store.load(importId);
    }

    /** The journey's most recent import with its results. */
    @Transactional(readOnly = true)
    public Optional<StoredAnalysis> latest(UUID journeyId) {
        return imports(journeyId).stream().findFirst().map(store::withResults);
    }

    /**
     * Each moment's overall result in the journey's most recent survey (moment id → result), for the map; empty
     * without surveys. Reads only the overall group, not the segments.
     */
    @Transactional(readOnly = true)
    public Map<UUID, app.momentum.measurement.analysis.MomentResult> latestOverall(UUID journeyId) {
        return imports.findFirstByJourneyIdOrderByFieldedOnDescCreatedAtDesc(journeyId)
                .map(store::overallMoments).orElse(Map.of());
    }

    /**
     * Each journey's latest survey (by the date it was held, then the latest import, as {@link #latestOverall}) with
     * the moments its everybody group measured and how many met their target; two queries for the whole tenant.
     */
    @Transactional(readOnly = true)
    public Map<UUID, app.momentum.measurement.SurveyImports.LatestSurvey> latestPerJourney() {
        Map<UUID, Object[]> latest = new java.util.HashMap<>();
        java.util.Comparator<Object[]> order = java.util.Comparator
                .comparing((Object[] row) -> (java.time.LocalDate) row[2])
                .thenComparing(row -> (java.time.Instant) row[3]);
        for (Object[] row : imports.journeyImportDates()) {
            latest.merge((UUID) row[0], row, (a, b) -> order.compare(a, b) >= 0 ? a : b);
        }
        Map<UUID, long[]> counts = store.targetCounts(latest.values().stream().map(row -> (UUID) row[1]).toList());
        Map<UUID, app.momentum.measurement.SurveyImports.LatestSurvey> result = new java.util.HashMap<>();
        latest.forEach((journeyId, row) -> {
            long[] measuredAndMet = counts.getOrDefault((UUID) row[1], new long[2]);
            result.put(journeyId, new app.momentum.measurement.SurveyImports.LatestSurvey(journeyId, (UUID) row[1],
                    (java.time.LocalDate) row[2], (int) measuredAndMet[1], (int) measuredAndMet[0]));
        });
        return result;
    }

    /**
     * Per journey with imports: the days its surveys were held (latest first) and its latest survey's overall result
     * per moment, in three queries whatever the number of journeys (the life cycle's gates, in bulk). The latest is
     * the one {@link #importSummaries} lists first.
     */
    @Transactional(readOnly = true)
    public Map<UUID, app.momentum.measurement.SurveyImports.JourneySurveys> surveysPerJourney() {
        java.util.Comparator<Object[]> latestFirst = java.util.Comparator
                .comparing((Object[] row) -> (java.time.LocalDate) row[2])
                .thenComparing(row -> (java.time.Instant) row[3]).reversed();
        Map<UUID, List<Object[]>> byJourney = new java.util.HashMap<>();
        for (Object[] row : imports.journeyImportDates()) {
            byJourney.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>()).add(row);
        }
        byJourney.values().forEach(rows -> rows.sort(latestFirst));
        Map<UUID, app.momentum.measurement.analysis.ImpactMethod> latestImports = new java.util.HashMap<>();
        byJourney.values().forEach(rows -> latestImports.put((UUID) rows.getFirst()[1],
                (app.momentum.measurement.analysis.ImpactMethod) rows.getFirst()[4]));
        Map<UUID, List<app.momentum.measurement.analysis.MomentResult>> latestResults =
                store.overallMomentsOf(latestImports, false);
        Map<UUID, app.momentum.measurement.SurveyImports.JourneySurveys> result = new java.util.HashMap<>();
        byJourney.forEach((journeyId, rows) -> {
            Map<UUID, app.momentum.measurement.analysis.MomentResult> moments = new java.util.LinkedHashMap<>();
            latestResults.getOrDefault((UUID) rows.getFirst()[1], List.of())
                    .forEach(m -> moments.putIfAbsent(m.momentId(), m));
            result.put(journeyId, new app.momentum.measurement.SurveyImports.JourneySurveys(journeyId,
                    rows.stream().map(row -> (java.time.LocalDate) row[2]).toList(), moments));
        });
        return result;
    }

    /** The last day a survey of each journey with imports was held, by journey id, in one query (staleness). */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> lastSurveyDayPerJourney() {
        Map<UUID, LocalDate> result = new java.util.HashMap<>();
        imports.lastFieldedDayPerJourney().forEach(row -> result.put((UUID) row[0], (LocalDate) row[1]));
        return result;
    }

    /**
     * The journey's imports with their results for trends: by the date each survey was held, oldest first, and each
     * survey once — of imports of the same file only the latest counts (imports from before content hashes were
     * stored are all kept).
     */
    @Transactional(readOnly = true)
    public List<StoredAnalysis> history(UUID journeyId) {
        Map<String, SurveyImport> latestByHash = new java.util.HashMap<>();
        List<SurveyImport> once = new java.util.ArrayList<>();
        for (SurveyImport survey : imports(journeyId)) {
            if (survey.getContentHash() == null) {
                once.add(survey);
            } else {
                latestByHash.merge(survey.getContentHash(), survey,
                        (a, b) -> a.getCreatedAt().isAfter(b.getCreatedAt()) ? a : b);
            }
        }
        once.addAll(latestByHash.values());
        once.sort(java.util.Comparator.comparing(SurveyImport::getFieldedOn).thenComparing(SurveyImport::getCreatedAt));
        return once.stream().map(store::withResults).toList();
    }

    /** Deletes an import and its results. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void delete(UUID importId) {
        SurveyImport survey = imports.findById(importId).orElseThrow(() -> new UserFacingException("error.notFound"));
        imports.delete(survey);
    }

    /**
     * Whether a survey said to be held on this day lies in the future: after tomorrow where the users are, so a survey
     * tool in another zone has a day's slack. The users' day, not the server's: between midnight in Amsterdam and
     * midnight UTC the two differ.
     */
    static boolean fieldedInTheFuture(LocalDate fieldedOn, Clock clock) {
        return fieldedOn.isAfter(LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE)).plusDays(1));
    }

    /** The tenant's thresholds with the request's KPI question, and its method or else the tenant's default. */
    private AnalysisSettings settingsFor(ImportRequest request) {
        AnalysisSettings settings = settings().withImpactOn(request.impactOn());
        return request.impactMethod() == null ? settings : settings.withImpactMethod(request.impactMethod());
    }

    /** The tenant's thresholds, or the method's defaults. */
    @Transactional(readOnly = true)
    public AnalysisSettings settings() {
        return settingsRepository.findFirstBy().map(MeasurementSettings::toSettings)
                .orElseGet(AnalysisSettings::defaults);
    }

    /**
     * The thresholds as entered in a form: every value required, the 9+ share in percent.
     *
     * @throws UserFacingException naming the first value that is missing or out of range
     */
    public static AnalysisSettings settingsOf(Double satisfactionThreshold, Double impactThreshold,
                                              Double sevenPlusMeanTarget, Integer ninePlusSharePercent,
                                              Integer minReliableN) {
        if (satisfactionThreshold == null || sevenPlusMeanTarget == null) {
            throw new UserFacingException("survey.error.thresholdRange");
        }
        if (impactThreshold == null) {
            throw new UserFacingException("survey.error.impactRange");
        }
        if (ninePlusSharePercent == null || ninePlusSharePercent < 1 || ninePlusSharePercent > 100) {
            throw new UserFacingException("survey.error.shareRange");
        }
        if (minReliableN == null || minReliableN < 2 || minReliableN > 10_000) {
            throw new UserFacingException("survey.error.minReliableN");
        }
        return new AnalysisSettings(satisfactionThreshold, impactThreshold, sevenPlusMeanTarget,
                ninePlusSharePercent / 100.0, minReliableN);
    }

    /** Groups below 10 respondents show no figures unless the tenant chose otherwise. */
    public static final int DEFAULT_MINIMUM_GROUP_SIZE = 10;

    /**
     * The smallest group of respondents (a segment value or a combination) whose figures are shown: below it they are
     * hidden, so no one reads noise as a finding or recognises a respondent. Everybody is always shown.
     */
    @Transactional(readOnly = true)
    public int minimumGroupSize() {
        return settingsRepository.findFirstBy().map(MeasurementSettings::getMinimumGroupSize)
                .orElse(DEFAULT_MINIMUM_GROUP_SIZE);
    }

    /**
     * Changes the tenant's thresholds and the smallest group shown.
     *
     * @throws UserFacingException when the group size is not 1–1000, or a threshold is out of range
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public AnalysisSettings saveSettings(AnalysisSettings settings, Integer minimumGroupSize) {
        if (minimumGroupSize == null || minimumGroupSize < 1 || minimumGroupSize > 1000) {
            throw new UserFacingException("survey.error.minimumGroupSize");
        }
        AnalysisSettings saved = saveSettings(settings);
        settingsRepository.findFirstBy().orElseThrow().setMinimumGroupSize(minimumGroupSize);
        return saved;
    }

    /**
     * The share "better than expected" a 9+ moment must reach, as entered in percent.
     *
     * @throws UserFacingException when it is missing or not 1–100
     */
    public static double aboveExpectationShareOf(Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw new UserFacingException("survey.error.expectationShareRange");
        }
        return percent / 100.0;
    }

    /** Changes the tenant's thresholds for future imports; stored imports keep theirs. */
    @PreAuthorize(EDITORS)
    @Transactional
    public AnalysisSettings saveSettings(AnalysisSettings settings) {
        if (settings.satisfactionThreshold() < 1 || settings.satisfactionThreshold() > 10
                || settings.sevenPlusMeanTarget() < 1 || settings.sevenPlusMeanTarget() > 10) {
            throw new UserFacingException("survey.error.thresholdRange");
        }
        if (settings.impactThreshold() <= -1 || settings.impactThreshold() >= 1) {
            throw new UserFacingException("survey.error.impactRange");
        }
        MeasurementSettings stored = settingsRepository.findFirstBy().orElse(null);
        if (stored == null) {
            settingsRepository.save(new MeasurementSettings(settings));
        } else {
            stored.apply(settings);
        }
        return settings;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete uploaded survey file {}", file, e);
        }
    }

    /**
     * Each journey's latest survey held before {@code dayAfter} (by the date it was held, then the latest import, as
     * {@link #importSummaries} lists them), by journey id, with every overall moment result its analysis has (moments
     * deleted from the map since included); three queries whatever the number of journeys (the board report of a
     * period, which may lie in the past).
     */
    @Transactional(readOnly = true)
    public Map<UUID, LatestMoments> latestMomentsPerJourneyBefore(LocalDate dayAfter) {
        return latestMoments(s -> s.getFieldedOn() != null && s.getFieldedOn().isBefore(dayAfter), true);
    }

    /** A journey's latest survey (by fielded date, then import) with its overall moment results in map position order. */
    public record LatestMoments(UUID importId, UUID journeyId, LocalDate fieldedOn, Instant importedAt,
                                List<app.momentum.measurement.analysis.MomentResult> moments) {
    }

    /**
     * The latest survey of every journey that has one (as {@link #latestOverall}) with its overall moment results, in
     * three queries whatever the number of journeys (the cockpit's moments below target and perception gap).
     */
    @Transactional(readOnly = true)
    public List<LatestMoments> latestMomentsPerJourney() {
        return List.copyOf(latestMoments(s -> true, false).values());
    }

    /**
     * Each journey's latest import among those {@code counted} (by the date it was held, then the latest import), by
     * journey id in that order, with its overall moment results; with {@code withDeletedMoments} also those of moments
     * deleted from the map since. Three queries whatever the number of journeys.
     */
    private Map<UUID, LatestMoments> latestMoments(java.util.function.Predicate<SurveyImport> counted,
                                                   boolean withDeletedMoments) {
        Map<UUID, SurveyImport> latest = new java.util.LinkedHashMap<>();
        imports.findAllByOrderByFieldedOnDescCreatedAtDesc().stream().filter(counted)
                .forEach(s -> latest.putIfAbsent(s.getJourneyId(), s));
        Map<UUID, app.momentum.measurement.analysis.ImpactMethod> methods = new java.util.HashMap<>();
        latest.values().forEach(s -> methods.put(s.getId(), s.impactMethod()));
        Map<UUID, List<app.momentum.measurement.analysis.MomentResult>> results =
                store.overallMomentsOf(methods, withDeletedMoments);
        Map<UUID, LatestMoments> byJourney = new java.util.LinkedHashMap<>();
        latest.forEach((journeyId, s) -> byJourney.put(journeyId, new LatestMoments(s.getId(), journeyId,
                s.getFieldedOn(), s.getCreatedAt(), results.getOrDefault(s.getId(), List.of()))));
        return byJourney;
    }
}
