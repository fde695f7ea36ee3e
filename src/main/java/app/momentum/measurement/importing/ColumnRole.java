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
    /** The respondent's weight (design or post-stratification), a positive number: every figure is weighted by it. */
    WEIGHT,
    /** Satisfaction with one journey moment; any number of columns, one per moment. */
    MOMENT,
    /** A moment's satisfaction relative to expectation on 1–3 (worse than / as / better than expected); 3 is better. */
    EXPECTATION_3,
    /** A moment's satisfaction relative to expectation on 1–5 (much worse … much better than expected); 4–5 is better. */
    EXPECTATION_5,
    /** How strongly the respondent experiences one of the tenant's brand values ("honest"), 1–5; chosen with the role. */
    BRAND_VALUE_5,
    /** The same on 1–10. */
    BRAND_VALUE_10,
    IGNORE;

    /** Roles that may be given to several columns at once; the others are used once. */
    public boolean repeatable() {
        return this == SEGMENT || this == IGNORE || needsMoment() || needsBrandValue();
    }

    /** Roles that are about one moment, chosen with the role. */
    public boolean needsMoment() {
        return this == MOMENT || isExpectation();
    }

    /** Roles that are about one of the tenant's brand values, chosen with the role. */
    public boolean needsBrandValue() {
        return this == BRAND_VALUE_5 || this == BRAND_VALUE_10;
    }

    /** For a brand-value role: the top of its scale (5 or 10); 0 for other roles. */
    public int brandScaleMax() {
        return this == BRAND_VALUE_5 ? 5 : this == BRAND_VALUE_10 ? 10 : 0;
    }

    /** Satisfaction relative to expectation, on either scale. */
    public boolean isExpectation() {
        return this == EXPECTATION_3 || this == EXPECTATION_5;
    }

    /** For an expectation role: the top of its scale (3 or 5); 0 for other roles. */
    public int expectationScaleMax() {
        return this == EXPECTATION_3 ? 3 : this == EXPECTATION_5 ? 5 : 0;
    }

    /** For an expectation role: whether an answer on its scale is "better than expected". */
    public boolean betterThanExpected(int answer) {
        return switch (this) {
            case EXPECTATION_3 -> answer == 3;
            case EXPECTATION_5 -> answer >= 4;
            default -> throw new IllegalStateException(this + " is not an expectation");
        };
    }
}
