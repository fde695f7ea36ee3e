package app.momentum.measurement.analysis;

import java.util.List;
import java.util.Map;

/**
 * The whole survey's analysis.
 *
 * @param overall      all respondents together
 * @param bySegment    segment column → segment value → the analysis of respondents with that value; a respondent
 *                     without a value for a column is in no group of that column
 * @param combinations every combination of values of two or more segment columns that some respondent has (region
 *                     North × customer type New) → the analysis of the respondents who have all of them
 * @param brandValues  per brand value the survey asked about (in the order of its columns), over all respondents:
 *                     the moments' impact on it; empty when no brand value was asked
 */
public record AnalysisResult(SegmentResult overall, Map<String, Map<String, SegmentResult>> bySegment,
                             Map<SegmentKey, SegmentResult> combinations, List<BrandValueResult> brandValues) {

    /** Without brand values. */
    public AnalysisResult(SegmentResult overall, Map<String, Map<String, SegmentResult>> bySegment,
                          Map<SegmentKey, SegmentResult> combinations) {
        this(overall, bySegment, combinations, List.of());
    }

    /** Without combinations (a survey with one segment column or none). */
    public AnalysisResult(SegmentResult overall, Map<String, Map<String, SegmentResult>> bySegment) {
        this(overall, bySegment, Map.of());
    }

    public AnalysisResult {
        combinations = combinations == null ? Map.of() : combinations;
        brandValues = brandValues == null ? List.of() : List.copyOf(brandValues);
    }

    /**
     * The group with exactly these segment values (column → value): everybody for none, one column's group for one,
     * a combination for more; {@code null} when no respondent has them all.
     */
    public SegmentResult group(Map<String, String> valueByColumn) {
        if (valueByColumn.isEmpty()) {
            return overall;
        }
        if (valueByColumn.size() == 1) {
            Map.Entry<String, String> only = valueByColumn.entrySet().iterator().next();
            return bySegment.getOrDefault(only.getKey(), Map.of()).get(only.getValue());
        }
        return combinations.get(SegmentKey.of(valueByColumn));
    }
}
