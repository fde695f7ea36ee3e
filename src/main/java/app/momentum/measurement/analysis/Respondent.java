package app.momentum.measurement.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One survey response. Every answer is optional ({@code null} = not answered) because real surveys have gaps
 * and a gap must not be mistaken for a low score.
 *
 * <p>Ranges are checked here, at the edge, so the statistics never have to guess what an out-of-scale value
 * means: an 11 on a 0–10 scale is an import error, not a very happy customer. Effort is not range-checked
 * because surveys use different effort scales (1–5, 1–7); its mean is reported as-is.
 *
 * @param id                 the respondent's identifier in the source data, for error messages
 * @param segments           segment column → value (e.g. "region" → "North"); may be empty
 * @param recommend          likelihood to recommend, 0–10
 * @param effort             customer effort score, scale as asked
 * @param cxiNeeds           CXi item "met my needs", 1–5
 * @param cxiEasy            CXi item "easy to do business with", 1–5
 * @param cxiEnjoyable       CXi item "enjoyable", 1–5
 * @param momentSatisfaction moment id → satisfaction 1–10; a moment that is absent was not experienced
 * @param overallSatisfaction overall satisfaction 1–10
 * @param expectToStay       expects to stay a customer, 1–10
 * @param betterThanExpected moment id → whether it was better than expected, for moments where expectation was asked
 *                           and answered
 * @param weight             the respondent's weight, positive; {@code null} = 1 (an unweighted survey)
 * @param brandValues        brand value id → how strongly the respondent experiences it, 1–10 (the question's own
 *                           scale, 1–5 or 1–10, is checked against {@link BrandValueInfo#scaleMax()} when counted)
 */
public record Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort,
                         Integer cxiNeeds, Integer cxiEasy, Integer cxiEnjoyable,
                         Map<UUID, Integer> momentSatisfaction, Integer overallSatisfaction,
                         Integer expectToStay, Map<UUID, Boolean> betterThanExpected, Double weight,
                         Map<UUID, Integer> brandValues) {

    /** A respondent who was not asked about brand values. */
    public Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort, Integer cxiNeeds,
                      Integer cxiEasy, Integer cxiEnjoyable, Map<UUID, Integer> momentSatisfaction,
                      Integer overallSatisfaction, Integer expectToStay, Map<UUID, Boolean> betterThanExpected,
                      Double weight) {
        this(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, momentSatisfaction, overallSatisfaction,
                expectToStay, betterThanExpected, weight, Map.of());
    }

    /** An unweighted respondent. */
    public Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort, Integer cxiNeeds,
                      Integer cxiEasy, Integer cxiEnjoyable, Map<UUID, Integer> momentSatisfaction,
                      Integer overallSatisfaction, Integer expectToStay, Map<UUID, Boolean> betterThanExpected) {
        this(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, momentSatisfaction, overallSatisfaction,
                expectToStay, betterThanExpected, null);
    }

    /** A respondent who was not asked about expectations. */
    public Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort, Integer cxiNeeds,
                      Integer cxiEasy, Integer cxiEnjoyable, Map<UUID, Integer> momentSatisfaction,
                      Integer overallSatisfaction, Integer expectToStay) {
        this(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, momentSatisfaction, overallSatisfaction,
                expectToStay, Map.of());
    }

    /** A respondent without an expect-to-stay answer. */
    public Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort, Integer cxiNeeds,
                      Integer cxiEasy, Integer cxiEnjoyable, Map<UUID, Integer> momentSatisfaction,
                      Integer overallSatisfaction) {
        this(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, momentSatisfaction, overallSatisfaction,
                null);
    }

    /** A respondent without an overall satisfaction answer. */
    public Respondent(String id, Map<String, String> segments, Integer recommend, Integer effort, Integer cxiNeeds,
                      Integer cxiEasy, Integer cxiEnjoyable, Map<UUID, Integer> momentSatisfaction) {
        this(id, segments, recommend, effort, cxiNeeds, cxiEasy, cxiEnjoyable, momentSatisfaction, null);
    }

    public Respondent {
        checkRange(id, "recommend", recommend, 0, 10);
        checkRange(id, "overallSatisfaction", overallSatisfaction, 1, 10);
        checkRange(id, "expectToStay", expectToStay, 1, 10);
        if (weight != null && !(weight > 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("respondent " + id + ": weight must be a positive number but was "
                    + weight);
        }
        checkRange(id, "cxiNeeds", cxiNeeds, 1, 5);
        checkRange(id, "cxiEasy", cxiEasy, 1, 5);
        checkRange(id, "cxiEnjoyable", cxiEnjoyable, 1, 5);
        segments = segments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        Map<UUID, Integer> satisfaction = new LinkedHashMap<>();
        if (momentSatisfaction != null) {
            momentSatisfaction.forEach((moment, score) -> {
                Objects.requireNonNull(moment, "respondent " + id + ": moment id is null");
                if (score != null) { // a blank cell means "not experienced", same as absent
                    if (score < 1 || score > 10) { // the field name is only built when needed: this runs per cell
                        checkRange(id, "satisfaction for moment " + moment, score, 1, 10);
                    }
                    satisfaction.put(moment, score);
                }
            });
        }
        momentSatisfaction = Collections.unmodifiableMap(satisfaction);
        betterThanExpected = betterThanExpected == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(betterThanExpected));
        Map<UUID, Integer> brand = new LinkedHashMap<>();
        if (brandValues != null) {
            brandValues.forEach((value, score) -> {
                Objects.requireNonNull(value, "respondent " + id + ": brand value id is null");
                if (score != null) {
                    checkRange(id, "brand value " + value, score, 1, 10);
                    brand.put(value, score);
                }
            });
        }
        brandValues = Collections.unmodifiableMap(brand);
    }

    private static void checkRange(String id, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException("respondent " + id + ": " + field + " must be between " + min
                    + " and " + max + " but was " + value);
        }
    }
}
