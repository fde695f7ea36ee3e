package app.momentum.api;

import app.momentum.base.ui.Formats;
import app.momentum.base.UserFacingException;
import app.momentum.journey.JourneyService;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.ImpactQuestion;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.SurveyImports;
import app.momentum.measurement.SurveyImports.SurveyResult;
import app.momentum.measurement.survey.SurveyImportService.ImportRequest;
import app.momentum.measurement.survey.SurveyImportService.MappingProposal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Survey imports through the API: upload a respondent-level file for a journey and get the analysis back at once;
 * list a journey's imports and read one. Columns are mapped as in the UI's proposal: the journey's remembered
 * mapping, then moment titles and well-known question names. The same all-or-nothing rules apply; errors are
 * problem+json with the row, column and value.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Surveys", description = "Survey imports of a journey and their analysis")
class SurveyApi {

    private final SurveyImports surveys;
    private final JourneyService journeys;
    private final ApiProblems problems;

    SurveyApi(SurveyImports surveys, JourneyService journeys, ApiProblems problems) {
        this.surveys = surveys;
        this.journeys = journeys;
        this.problems = problems;
    }

    @PostMapping(path = "/journeys/{id}/surveys", consumes = "multipart/form-data")
    @Operation(operationId = "uploadSurvey", summary = "Upload a survey file (CSV or XLSX) for a journey and get its analysis (needs a read-write token)")
    ResponseEntity<SurveyJson.Analysis> upload(
            @PathVariable UUID id,
            @Parameter(description = "one row per respondent; see the README for the columns") @RequestPart("file") MultipartFile file,
            @Parameter(description = "when the survey was held; default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fieldedOn,
            @Parameter(description = "top of the effort scale: 5 or 7") @RequestParam(defaultValue = "7") int effortScale,
            @Parameter(description = "headers of columns to analyse as segments, e.g. Region (repeat or comma-separate)")
            @RequestParam(required = false) List<String> segments,
            @Parameter(description = "the KPI question impact is measured against; OVERALL_SATISFACTION needs that column")
            @RequestParam(defaultValue = "RECOMMEND") ImpactQuestion impactOn,
            @Parameter(description = "the method that places and ranks the moments (both are computed and returned); "
                    + "default the tenant's setting")
            @RequestParam(required = false) ImpactMethod impactMethod,
            @Parameter(description = "import even when this journey already has an import of the same file "
                    + "(otherwise 409 with duplicateOf); its respondents then count twice")
            @RequestParam(defaultValue = "false") boolean allowDuplicate,
            @Parameter(description = MAPPING_DESCRIPTION) @RequestParam(required = false) String mapping) {
        journeys.find(id).orElseThrow(JourneyService::notFound);
        Map<String, ColumnAssignment> overrides = MappingOverrides.parse(mapping);
        Path temp = store(file);
        try {
            MappingProposal proposal = surveys.propose(id, temp);
            String name = fileName(file);
            SurveyResult stored = surveys.importNow(new ImportRequest(id, name,
                    withOverrides(proposal, withSegments(proposal, segments == null ? List.of() : segments), overrides),
                    effortScale,
                    fieldedOn == null ? LocalDate.now(Formats.DEFAULT_ZONE) : fieldedOn, impactOn, allowDuplicate,
                    impactMethod), temp);
            return ResponseEntity.created(URI.create("/api/v1/surveys/" + stored.summary().id()))
                    .body(SurveyJson.Analysis.of(stored, surveys.minimumGroupSize()));
        } finally {
            delete(temp);
        }
    }

    @PostMapping(path = "/journeys/{id}/surveys/preview", consumes = "multipart/form-data")
    @Operation(operationId = "previewSurvey", summary = "The mapping an upload would get and the first problem the "
            + "import would meet, storing nothing (needs a read-write token)")
    SurveyJson.Preview preview(
            @PathVariable UUID id,
            @Parameter(description = "one row per respondent, as for the upload") @RequestPart("file") MultipartFile file,
            @Parameter(description = "top of the effort scale: 5 or 7") @RequestParam(defaultValue = "7") int effortScale,
            @Parameter(description = "headers of columns to analyse as segments (repeat or comma-separate)")
            @RequestParam(required = false) List<String> segments,
            @Parameter(description = "the KPI question impact is measured against")
            @RequestParam(defaultValue = "RECOMMEND") ImpactQuestion impactOn,
            @Parameter(description = MAPPING_DESCRIPTION) @RequestParam(required = false) String mapping,
            Locale locale) {
        journeys.find(id).orElseThrow(JourneyService::notFound);
        Map<String, ColumnAssignment> overrides = MappingOverrides.parse(mapping);
        Path temp = store(file);
        try {
            MappingProposal proposal = surveys.propose(id, temp);
            ColumnMapping proposed = withOverrides(proposal,
                    withSegments(proposal, segments == null ? List.of() : segments), overrides);
            List<SurveyJson.PreviewProblem> found = new java.util.ArrayList<>();
            try {
                surveys.validate(new ImportRequest(id, fileName(file), proposed, effortScale,
                        LocalDate.now(Formats.DEFAULT_ZONE), impactOn), temp);
            } catch (app.momentum.measurement.importing.SurveyImportException bad) {
                found.add(SurveyJson.PreviewProblem.of(problems.surveyImport(bad, locale)));
            } catch (UserFacingException refused) {
                found.add(SurveyJson.PreviewProblem.of(problems.problem(org.springframework.http.HttpStatus.BAD_REQUEST,
                        "validation", refused.messageKey(), locale, refused.arguments())));
            }
            boolean cxiIncomplete = !app.momentum.measurement.importing.CxiMapping.missingItems(
                    proposed.assignments().values().stream().map(ColumnAssignment::role).toList()).isEmpty();
            List<String> warnings = cxiIncomplete ? List.of(problems.message("api.warning.cxiIncomplete", locale))
                    : List.of();
            return SurveyJson.Preview.of(proposal, proposed, found, warnings);
        } finally {
            delete(temp);
        }
    }

    static final String MAPPING_DESCRIPTION = "JSON object overriding the automatic mapping for the columns it names: "
            + "header to role, e.g. {\"needs_met\": \"CXI_NEEDS\", \"Comment\": \"IGNORE\", "
            + "\"Q7\": {\"role\": \"MOMENT\", \"momentId\": \"…\"}, \"Area\": {\"role\": \"SEGMENT\", "
            + "\"label\": \"Region\"}}. Roles: RESPONDENT_ID, SEGMENT, RECOMMEND, EFFORT, CXI_NEEDS, CXI_EASY, "
            + "CXI_ENJOYABLE, OVERALL_SATISFACTION, EXPECT_TO_STAY, MOMENT, IGNORE, and EXPECTATION_3 or EXPECTATION_5 "
            + "(a moment's satisfaction relative to expectation on 1–3 or 1–5, with the momentId like MOMENT)";

    private static String fileName(MultipartFile file) {
        return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload.csv" : Path.of(file.getOriginalFilename()).getFileName().toString();
    }

    /** The mapping with the caller's overrides; a header the file does not have is refused. */
    static ColumnMapping withOverrides(MappingProposal proposal, ColumnMapping mapping,
                                       Map<String, ColumnAssignment> overrides) {
        Map<String, ColumnAssignment> assignments = new LinkedHashMap<>(mapping.assignments());
        overrides.forEach((given, assignment) -> {
            String header = proposal.preview().headers().stream()
                    .filter(h -> h.strip().equalsIgnoreCase(given.strip())).findFirst()
                    .orElseThrow(() -> new UserFacingException("survey.error.unknownColumn", given.strip()));
            assignments.put(header, assignment);
        });
        return new ColumnMapping(assignments);
    }

    @GetMapping("/journeys/{id}/surveys")
    @Operation(operationId = "listSurveys", summary = "The journey's survey imports, the most recent survey first")
    List<SurveyJson.SurveySummary> list(@PathVariable UUID id) {
        journeys.find(id).orElseThrow(JourneyService::notFound);
        return surveys.importSummaries(id).stream().map(SurveyJson.SurveySummary::of).toList();
    }

    @GetMapping("/surveys/{id}")
    @Operation(operationId = "getSurvey", summary = "One survey import with its analysis")
    SurveyJson.Analysis get(@PathVariable UUID id,
                            @Parameter(description = "place and rank the moments by this impact method instead of the "
                                    + "one the import was made with")
                            @RequestParam(required = false) ImpactMethod impactMethod) {
        int minimumGroupSize = surveys.minimumGroupSize();
        return surveys.analysis(id).map(stored -> SurveyJson.Analysis.of(stored, impactMethod, minimumGroupSize))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** The proposed mapping with the named columns as segments; a name that is not a header is refused. */
    static ColumnMapping withSegments(MappingProposal proposal, List<String> segments) {
        Map<String, ColumnAssignment> assignments = new LinkedHashMap<>(proposal.suggested().assignments());
        for (String segment : segments) {
            String header = proposal.preview().headers().stream()
                    .filter(h -> h.strip().equalsIgnoreCase(segment.strip())).findFirst()
                    .orElseThrow(() -> new UserFacingException("survey.error.unknownColumn", segment.strip()));
            ColumnAssignment remembered = assignments.get(header);
            // a segment keeps the label chosen for it in the app
            assignments.put(header, remembered != null && remembered.role() == ColumnRole.SEGMENT
                    ? remembered : ColumnAssignment.of(ColumnRole.SEGMENT));
        }
        return new ColumnMapping(assignments);
    }

    private static Path store(MultipartFile file) {
        try {
            Path temp = Files.createTempFile("momentum-api-survey", ".upload");
            file.transferTo(temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a temp file left behind is removed by the OS; the response matters more
        }
    }
}
