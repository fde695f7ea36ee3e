package app.momentum.journey.signature;

import java.util.Collection;

/** The outcome of one check rule. */
public enum CheckStatus {
    PASS(1),
    /** Worth a second look, but the journey can still be a signature journey. */
    WARNING(2),
    /** The journey is not a signature journey yet. */
    FAIL(3),
    /** The rule does not apply to this kind of journey; it never affects the overall status. */
    NOT_APPLICABLE(0);

    private final int severity;

    CheckStatus(int severity) {
        this.severity = severity;
    }

    /** The most severe status (FAIL, then WARNING, then PASS), ignoring NOT_APPLICABLE; PASS when none remain. */
    public static CheckStatus worst(Collection<CheckStatus> statuses) {
        CheckStatus worst = PASS;
        for (CheckStatus status : statuses) {
            if (status != null && status.severity > worst.severity) {
                worst = status;
            }
        }
        return worst;
    }
}
