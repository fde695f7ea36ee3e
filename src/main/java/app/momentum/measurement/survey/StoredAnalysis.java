package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisResult;
import java.util.Map;

/**
 * A stored import with its results, as computed when it was imported.
 *
 * @param segmentLabels segment column header → the human label chosen when mapping (columns without one are absent)
 */
public record StoredAnalysis(SurveyImport survey, AnalysisResult result, Map<String, String> segmentLabels) {

    public StoredAnalysis {
        segmentLabels = segmentLabels == null ? Map.of() : Map.copyOf(segmentLabels);
    }

    public StoredAnalysis(SurveyImport survey, AnalysisResult result) {
        this(survey, result, Map.of());
    }

    /** The import as a record, for other modules (through {@code measurement.SurveyImports}). */
    public SurveyImportService.ImportSummary summary() {
        return SurveyImportService.ImportSummary.of(survey);
    }

    /** What to call a segment column: the label chosen at mapping time, else its header. */
    public String segmentLabel(String column) {
        return segmentLabels.getOrDefault(column, column);
    }
}
