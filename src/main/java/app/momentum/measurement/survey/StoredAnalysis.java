package app.momentum.measurement.survey;

import app.momentum.measurement.analysis.AnalysisResult;

/** A stored import with its results, as computed when it was imported. */
public record StoredAnalysis(SurveyImport survey, AnalysisResult result) {
}
