package app.momentum.maturity.domain;

/** How far a statement holds, as the scan asks it: A no idea (0) … E fully (4). */
public enum Answer {
    A_NO_IDEA(0),
    B_NOT_AT_ALL(1),
    C_PARTLY(2),
    D_ALMOST_FULLY(3),
    E_FULLY(4);

    /** The highest score of one statement. */
    public static final int MAX_POINTS = 4;

    private final int points;

    Answer(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    /** The letter people answer with: A to E. */
    public char letter() {
        return name().charAt(0);
    }

    /** The answer for a letter A–E (either case); anything else is refused. */
    public static Answer ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (Answer answer : values()) {
            if (answer.letter() == upper) {
                return answer;
            }
        }
        throw new IllegalArgumentException("Not an answer letter A–E: " + letter);
    }
}
