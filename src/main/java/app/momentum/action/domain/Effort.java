package app.momentum.action.domain;

/**
 * A rough size of an improvement action. T-shirt sizes on purpose: early on nobody can estimate in days, and
 * a coarse size is enough to find the quick wins (high impact, small effort).
 */
public enum Effort {
    S,
    M,
    L;

    /** Translation key of the effort's display name. */
    public String labelKey() {
        return "effort." + name();
    }
}
