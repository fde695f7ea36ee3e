package app.momentum.brand;

/** How a persona prefers to experience things. */
public enum ExperienceOrientation {
    HOLISTIC,
    HEDONISTIC,
    ACTION_ORIENTED,
    INNER_DIRECTED,
    FUNCTIONAL;

    public String labelKey() {
        return "orientation." + name();
    }
}
