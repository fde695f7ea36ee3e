package app.momentum.measurement.analysis;

import java.util.Map;

/**
 * The whole survey's analysis.
 *
 * @param overall   all respondents together
 * @param bySegment segment column → segment value → the analysis of respondents with that value; a respondent
 *                  without a value for a column is in no group of that column
 */
public record AnalysisResult(SegmentResult overall, Map<String, Map<String, SegmentResult>> bySegment) {
}
