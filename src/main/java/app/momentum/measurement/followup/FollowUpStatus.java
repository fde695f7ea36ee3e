package app.momentum.measurement.followup;

/** Where a follow-up stands. */
public enum FollowUpStatus {
    OPEN, CONTACTED, RESOLVED, NO_REPLY;

    public boolean open() {
        return this == OPEN || this == CONTACTED;
    }
}
