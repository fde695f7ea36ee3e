package app.momentum.journey;

/** Schmitt's experience dimensions. */
public enum ExperienceDimension {
    SENSE, FEEL, THINK, ACT, RELATE
}
