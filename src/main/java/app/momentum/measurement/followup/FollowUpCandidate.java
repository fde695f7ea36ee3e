package app.momentum.measurement.followup;

import java.util.UUID;

/**
 * A respondent to follow up, as found in the file.
 *
 * @param respondentRef the respondent's id in the survey tool, so the team can find the customer there
 * @param recommend     their recommend answer, or null
 * @param momentId      their lowest-scored moment when it was very low (≤ 3), else null
 * @param momentScore   that moment's score, or null
 */
public record FollowUpCandidate(String respondentRef, Integer recommend, UUID momentId, Integer momentScore) {
}
