package app.momentum.journey;

public enum MomentNature {
    FUNCTIONAL,
    EMOTIONAL
}
