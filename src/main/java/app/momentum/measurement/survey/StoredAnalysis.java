package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisResult;
import java.util.Map;

/**
 * A stored import with its results, as computed when it was imported.
 *
 * @param segmentLabels segment column header → the human label chosen when mapping (columns without one are absent)
 * @param columns       every column of the file as it was mapped, in file order; empty for imports stored before the
 *                      mapping was kept per import
 */
public record StoredAnalysis(SurveyImport survey, AnalysisResult result, Map<String, String> segmentLabels,
                             java.util.List<SurveyImportService.AppliedColumn> columns) {

    public StoredAnalysis {
        segmentLabels = segmentLabels == null ? Map.of() : Map.copyOf(segmentLabels);
        columns = columns == null ? java.util.List.of() : java.util.List.copyOf(columns);
    }

    public StoredAnalysis(SurveyImport survey, AnalysisResult result) {
        this(survey, result, Map.of(), java.util.List.of());
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
