package app.momentum.measurement.analysis;

/**
 * The KPI question a moment's impact is measured against: how strongly satisfaction with the moment goes with the
 * answer to this question. Recommendation by default (the NPS question); overall satisfaction when the survey
 * asked it and the team steers on satisfaction rather than on NPS.
 */
public enum ImpactQuestion {
    /** Likelihood to recommend, 0–10. */
    RECOMMEND,
    /** Overall satisfaction, 1–10. */
    OVERALL_SATISFACTION,
    /** Expect to stay a customer (retention intention), 1–10. */
    EXPECT_TO_STAY
}
