package app.momentum.measurement.followup;

import app.momentum.measurement.analysis.SurveyAccumulator.Answers;

/** Who needs a call: the method's thresholds for a "very low" score. Plain Java. */
public final class FollowUpRule {

    /** Recommend at or below this (0–10) asks for a follow-up. */
    public static final int RECOMMEND_AT_MOST = 4;
    /** A moment scored at or below this (1–10) asks for a follow-up. */
    public static final int MOMENT_AT_MOST = 3;

    private FollowUpRule() {
    }

    /** @param recommend or {@link Answers#BLANK}; @param lowestMomentScore or {@link Answers#BLANK} */
    public static boolean needsFollowUp(int recommend, int lowestMomentScore) {
        return recommend != Answers.BLANK && recommend <= RECOMMEND_AT_MOST
                || lowestMomentScore != Answers.BLANK && lowestMomentScore <= MOMENT_AT_MOST;
    }
}
