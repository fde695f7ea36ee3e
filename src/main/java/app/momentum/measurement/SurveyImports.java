package app.momentum.measurement;

import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.survey.StoredAnalysis;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.measurement.survey.SurveyImportService.ImportSummary;
import app.momentum.measurement.survey.SurveyImportService.MappingProposal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Survey import as other modules use it (the REST API, the demo): propose a column mapping, import a file at once,
 * list a journey's imports and read one analysis — all as records, never the stored import itself. Measurement's
 * own screens use {@link SurveyImportService} (background jobs, history, settings).
 */
@Service
public class SurveyImports {

    private final SurveyImportService surveys;

    SurveyImports(SurveyImportService surveys) {
        this.surveys = surveys;
    }

    /**
     * An analysed import: what it is, its figures, the labels chosen for its segment columns, and every column of the
     * file as it was mapped (empty for imports stored before the mapping was kept per import).
     */
    public record SurveyResult(ImportSummary summary, AnalysisResult result, Map<String, String> segmentLabels,
                               List<SurveyImportService.AppliedColumn> columns, Map<UUID, String> brandValueNames) {

        public SurveyResult {
            brandValueNames = brandValueNames == null ? Map.of() : Map.copyOf(brandValueNames);
        }

        static SurveyResult of(StoredAnalysis stored, Map<UUID, String> brandValueNames) {
            return new SurveyResult(stored.summary(), stored.result(), stored.segmentLabels(), stored.columns(),
                    brandValueNames);
        }

        /** The current name of a brand value the survey asked about; null when it has been deleted since. */
        public String brandValueName(UUID brandValueId) {
            return brandValueId == null ? null : brandValueNames.get(brandValueId);
        }

        /** What to call a segment column: the label chosen at mapping time, else its header. */
        public String segmentLabel(String column) {
            return segmentLabels.getOrDefault(column, column);
        }
    }

    /**
     * Checks the request and reads the whole file as {@link #importNow} would, storing nothing.
     *
     * @throws app.momentum.base.UserFacingException when the request or its mapping is refused
     * @throws app.momentum.measurement.importing.SurveyImportException on the first bad cell
     */
    public void validate(ImportRequest request, Path file) {
        surveys.validate(request, file);
    }

    /** The smallest group of respondents whose figures are shown (a tenant setting, default 10). */
    public int minimumGroupSize() {
        return surveys.minimumGroupSize();
    }

    /** The file's columns with a suggested mapping onto the journey's moments; stores nothing. */
    public MappingProposal propose(UUID journeyId, Path file) {
        return surveys.propose(journeyId, file);
    }

    /** Analyses and stores the file in the caller's thread: all of it or, on any error, nothing. */
    public SurveyResult importNow(ImportRequest request, Path file) {
        return SurveyResult.of(surveys.importNow(request, file), surveys.brandValueNames());
    }

    /** The journey's imports, the most recent survey first. */
    public List<ImportSummary> importSummaries(UUID journeyId) {
        return surveys.importSummaries(journeyId);
    }

    /**
     * A journey's latest survey: when it was held, and of the moments it measured (for everybody) how many met their
     * target.
     */
    public record LatestSurvey(UUID journeyId, UUID importId, java.time.LocalDate fieldedOn, int momentsMeetingTarget,
                               int momentsMeasured) {
    }

    /**
     * A journey's surveys as the life cycle reads them: the days they were held, latest first, and the latest one's
     * overall result per moment (everybody).
     */
    public record JourneySurveys(UUID journeyId, List<java.time.LocalDate> fieldedOn,
                                 Map<UUID, app.momentum.measurement.analysis.MomentResult> latestOverall) {
    }

    /** {@link JourneySurveys} of every journey with surveys, by journey id, in a bounded number of queries. */
    public Map<UUID, JourneySurveys> surveysPerJourney() {
        return surveys.surveysPerJourney();
    }

    /** The last day a survey of each journey was held, by journey id; journeys without surveys are absent. */
    public Map<UUID, java.time.LocalDate> lastSurveyDayPerJourney() {
        return surveys.lastSurveyDayPerJourney();
    }

    /** Every journey's latest survey, by journey id, in a bounded number of queries (read by the portfolio board). */
    public Map<UUID, LatestSurvey> latestPerJourney() {
        return surveys.latestPerJourney();
    }

    /** A journey's survey with the overall result (everybody) of each moment it measured, in map position order. */
    public record SurveyMoments(UUID journeyId, UUID importId, java.time.LocalDate fieldedOn,
                                List<app.momentum.measurement.analysis.MomentResult> moments) {
    }

    /**
     * Each journey's latest survey held before {@code dayAfter}, by journey id, with its overall moment results (moments
     * deleted from the map since included, their id null), in a bounded number of queries (read by the board report).
     */
    public Map<UUID, SurveyMoments> latestBefore(java.time.LocalDate dayAfter) {
        Map<UUID, SurveyMoments> result = new java.util.LinkedHashMap<>();
        surveys.latestMomentsPerJourneyBefore(dayAfter).forEach((journeyId, latest) -> result.put(journeyId,
                new SurveyMoments(journeyId, latest.importId(), latest.fieldedOn(), latest.moments())));
        return result;
    }

    /** One import with its analysis; empty when it is not the tenant's. */
    public Optional<SurveyResult> analysis(UUID importId) {
        return surveys.analysis(importId).map(stored -> SurveyResult.of(stored, surveys.brandValueNames()));
    }
}
