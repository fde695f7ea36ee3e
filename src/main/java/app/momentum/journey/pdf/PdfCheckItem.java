package app.momentum.journey.pdf;

/**
 * One line of the signature check summary.
 *
 * @param status the status as text, e.g. {@code "Passes"}, drawn on a label coloured by {@code level}
 * @param level  the status's colour: green, amber, red or grey; null is drawn as {@link Status#NOT_APPLICABLE}
 * @param title  the rule's title, drawn in bold
 * @param result the rule's outcome for this journey, wrapped
 */
public record PdfCheckItem(String status, Status level, String title, String result) {

    public PdfCheckItem {
        level = level == null ? Status.NOT_APPLICABLE : level;
    }

    /** The colour of a check item's status label. */
    public enum Status {
        /** Green. */
        PASS,
        /** Amber. */
        WARNING,
        /** Red. */
        FAIL,
        /** Grey. */
        NOT_APPLICABLE
    }
}
