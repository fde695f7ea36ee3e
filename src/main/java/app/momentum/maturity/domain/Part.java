package app.momentum.maturity.domain;

/**
 * The ten parts of the 42 statements: the four strategy steps (Smith &amp; Wheeler; statements 1–12, ordered) and
 * the six organisation S's (McKinsey's 7S without strategy; 13–42, five statements each).
 */
public enum Part {
    DEFINE(1, 3, false),
    DESIGN(4, 6, false),
    EQUIP(7, 9, false),
    SUSTAIN(10, 12, false),
    SHARED_VALUES(13, 17, true),
    STYLE(18, 22, true),
    STRUCTURE(23, 27, true),
    STAFF(28, 32, true),
    SKILLS(33, 37, true),
    SYSTEMS(38, 42, true);

    /** The number of statements of the scan. */
    public static final int STATEMENTS = 42;

    private final int first;
    private final int last;
    private final boolean organisation;

    Part(int first, int last, boolean organisation) {
        this.first = first;
        this.last = last;
        this.organisation = organisation;
    }

    public int first() {
        return first;
    }

    public int last() {
        return last;
    }

    /** Whether this is one of the six S's rather than a strategy step. */
    public boolean isOrganisation() {
        return organisation;
    }

    public int statementCount() {
        return last - first + 1;
    }

    /** The highest total of the part: four points a statement. */
    public int max() {
        return statementCount() * Answer.MAX_POINTS;
    }

    public boolean contains(int statement) {
        return statement >= first && statement <= last;
    }

    /** The part a statement (1–42) belongs to. */
    public static Part of(int statement) {
        for (Part part : values()) {
            if (part.contains(statement)) {
                return part;
            }
        }
        throw new IllegalArgumentException("No statement " + statement + " (1–" + STATEMENTS + ")");
    }
}
