package app.momentum.measurement;

import java.util.UUID;

/**
 * A survey analysis that a user started in the background ended: stored ({@code succeeded}), or failed, in which
 * case {@code subject} says why. Published in the transaction that stored the result (or in one of its own for a
 * failure); the notification module tells the user after it commits. Names its tenant: listeners run elsewhere.
 */
public record SurveyAnalysisFinished(UUID tenantId, UUID userId, UUID journeyId, String subject, boolean succeeded) {
}
