package app.momentum.measurement.importing;

import org.springframework.modulith.NamedInterface;

/** What a survey column means for the analysis. */
@NamedInterface("survey-import")
public enum ColumnRole {
    RESPONDENT_ID,
    /** Any number of columns; each becomes a segment keyed by its header. */
    SEGMENT,
    RECOMMEND,
    EFFORT,
    CXI_NEEDS,
    CXI_EASY,
    CXI_ENJOYABLE,
    OVERALL_SATISFACTION,
    /** Retention intention: "how likely are you to stay a customer", 1–10. */
    EXPECT_TO_STAY,
    /** Satisfaction with one journey moment; any number of columns, one per moment. */
    MOMENT,
    IGNORE;

    /** Roles that may be given to several columns at once; the others are used once. */
    public boolean repeatable() {
        return this == SEGMENT || this == MOMENT || this == IGNORE;
    }
}
