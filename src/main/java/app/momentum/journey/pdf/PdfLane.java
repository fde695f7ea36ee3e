package app.momentum.journey.pdf;

/**
 * One row of the map, under the moments, as the canvas shows it: a lane the user chose to see, in their order.
 *
 * @param id    the lane's id, the key of each moment's {@link PdfMoment#cells() cell} in it (e.g. {@code "does"});
 *              null is the empty id
 * @param label the lane's name in the label column (translated)
 * @param kind  how its cells are drawn; null is drawn as {@link Kind#TEXT}
 */
public record PdfLane(String id, String label, Kind kind) {

    public PdfLane {
        id = id == null ? "" : id;
        kind = kind == null ? Kind.TEXT : kind;
    }

    /** How a lane's cells are drawn. */
    public enum Kind {
        /** The moment's card: its title in bold, its cell (the badges, e.g. "9+ · Moment of truth") small below. */
        CARD,
        /** The moment's cell as wrapped text (line breaks kept). */
        TEXT,
        /**
         * The emotion strip: the current, desired and measured values of every moment drawn point-for-point at the
         * column centres, the peak and end marked. The moments' cells are not used.
         */
        EMOTION
    }
}
