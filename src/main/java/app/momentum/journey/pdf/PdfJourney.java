package app.momentum.journey.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A journey map to render as PDF, in the layout of the canvas, with every text already translated by the caller
 * ({@link JourneyPdf} knows no language). Null texts are drawn as empty, null lists as empty lists; null list
 * elements are skipped.
 *
 * @param title       the journey's name, the page title
 * @param subtitle    a line under the title, e.g. {@code "Signature journey · Mapping"}
 * @param generatedAt the formatted date (and time) of the export
 * @param lanes       the rows under the moments, top to bottom: the lanes the user sees, in their order
 * @param phases      the phases left to right, each with its moments (the columns)
 * @param checks      the signature check items, in display order; none: no check section
 * @param labels      the fixed texts around the map
 */
public record PdfJourney(String title, String subtitle, String generatedAt, List<PdfLane> lanes,
                         List<PdfPhase> phases, List<PdfCheckItem> checks, Labels labels) {

    public PdfJourney {
        lanes = copy(lanes);
        phases = copy(phases);
        checks = copy(checks);
        labels = labels == null ? new Labels(null, null, null, null, null, null, null) : labels;
    }

    /**
     * The fixed texts of the document, translated.
     *
     * @param checkHeading the heading of the check section
     * @param current      the legend of the current-emotion line
     * @param desired      the legend of the desired-emotion line
     * @param measured     the legend of the measured-satisfaction line (on its 1–10 scale at the right)
     * @param peak         the mark at the desired curve's peak
     * @param end          the mark at the desired curve's end
     * @param empty        shown instead of the map when there are no phases
     */
    public record Labels(String checkHeading, String current, String desired, String measured, String peak,
                         String end, String empty) {
    }

    /** An unmodifiable copy without null elements; empty for null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
