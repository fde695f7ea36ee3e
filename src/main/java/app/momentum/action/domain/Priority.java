package app.momentum.action.domain;

/** How urgently an improvement action should be picked up; ordered from least to most urgent so it sorts. */
public enum Priority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;

    /** Translation key of the priority's display name. */
    public String labelKey() {
        return "priority." + name();
    }
}
