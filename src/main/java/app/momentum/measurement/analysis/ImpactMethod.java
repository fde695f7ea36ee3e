package app.momentum.measurement.analysis;

/**
 * How a moment's impact on the KPI is measured: the y axis of the impact matrix. Both are computed for every import;
 * the method says which one places moments in quadrants and ranks them.
 */
public enum ImpactMethod {
    /**
     * The source's definition (aspect 1 of the impact matrix): does the KPI differ between respondents who
     * experienced the moment and those who did not? Measured as the point-biserial correlation between "experienced"
     * and the KPI answer, with the groups' NPS and means and their differences. A complaint moment shows here as a
     * negative impact, however satisfied its few happy customers were.
     */
    EXPERIENCE_EFFECT,
    /**
     * Among respondents who experienced the moment: the Pearson correlation between their satisfaction with it and
     * the KPI answer. Says which moments' satisfaction goes with the KPI; in real data nearly always positive.
     */
    SATISFACTION_DRIVER;

    /** The impact this method gives, of the two computed for a moment (on the KPI or on a brand value). */
    public Impact of(Impact driver, ExperienceEffect effect) {
        return this == EXPERIENCE_EFFECT ? effect.impact() : driver;
    }
}
