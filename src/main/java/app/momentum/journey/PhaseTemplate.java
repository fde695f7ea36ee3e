package app.momentum.journey;

/** Phases a new journey starts with; names are translated ("phaseTemplate.<NAME>.<n>"). */
public enum PhaseTemplate {
    /** Orientation – purchase – use – service – leaving. */
    LIFECYCLE(5),
    /** Attention – interest – desire – action – satisfaction. */
    AIDAS(5),
    EMPTY(0);

    private final int phases;

    PhaseTemplate(int phases) {
        this.phases = phases;
    }

    public int phases() {
        return phases;
    }
}
