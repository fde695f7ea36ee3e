package app.momentum.journey.signature;

/** The rules of the signature check, in the order they are shown. */
public enum CheckRule {
    /** At least one moment of truth is designed as 9+: that is where the journey is won or lost. */
    MOMENT_OF_TRUTH_NINE_PLUS("momentOfTruth"),
    /** Not too many 9+ moments: a peak needs contrast. */
    DOSING("dosing"),
    /** Every brand value is expressed in a brand moment or a 9+ moment (signature journeys only). */
    BRAND_VALUES_EXPRESSED("brandValues"),
    /**
     * Every brand moment measurably adds to the brand values it is meant to express: in the latest survey that asked
     * customers about brand values (signature journeys only; shown only when such a survey exists).
     */
    BRAND_VALUES_MEASURED("brandValuesMeasured"),
    /** Peak–end rule: customers remember the peak and the end, so design one clear peak and a positive end. */
    PEAK_END("peakEnd"),
    /** Every dip is followed by a positive moment, so the customer is not left with the low. */
    RECOVERY("recovery"),
    /** Every 9+ moment says which deep driver it serves, how it exceeds expectation and how it is repeated. */
    NINE_PLUS_COMPLETE("ninePlusComplete"),
    /** Every moment has an owning discipline, otherwise nobody delivers it. */
    OWNER_DISCIPLINE("ownerDiscipline"),
    /** Functional moments are hygiene factors: they never earn a 9, so a 9+ target there is suspicious. */
    FUNCTIONAL_NINE_PLUS("functionalNinePlus"),
    EMPLOYEE_BEHAVIOUR("employeeBehaviour");

    private final String key;

    CheckRule(String key) {
        this.key = key;
    }

    /**
     * Whether the rule is left out of the list where it does not apply: a rule about survey data says nothing until
     * such data exists, and a "not applicable" line for every journey without it would be noise.
     */
    public boolean shownOnlyWhenApplicable() {
        return this == BRAND_VALUES_MEASURED;
    }

    /** The lower-camel key of this rule in message keys: {@code check.<key>.…}. */
    public String key() {
        return key;
    }

    /** The message key of the rule's short title. */
    public String titleKey() {
        return "check." + key + ".title";
    }

    /** The message key of the one-sentence explanation of the rule and its threshold. */
    public String explainKey() {
        return "check." + key + ".explain";
    }
}
