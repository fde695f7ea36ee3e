package app.momentum.journey.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A journey map to render as PDF, with every text already translated by the caller ({@link JourneyPdf} knows no
 * language). Null texts are drawn as empty, null lists as empty lists; null list elements are skipped.
 *
 * @param title         the journey's name, the page title
 * @param subtitle      a line under the title, e.g. {@code "Signature journey · Mapping"}
 * @param generatedAt   the formatted date (and time) of the export
 * @param phases        the map's columns, left to right
 * @param checks        the signature check items, in display order; none: no check section
 * @param checkHeading  the heading of the check section
 * @param curvesHeading the heading of the emotion curves section
 * @param currentLabel  the legend label of the current-emotion curve
 * @param desiredLabel  the legend label of the desired-emotion curve
 * @param emptyText     shown instead of the map (and the curves) when there are no phases
 */
public record PdfJourney(String title, String subtitle, String generatedAt, List<PdfPhase> phases,
                         List<PdfCheckItem> checks, String checkHeading, String curvesHeading, String currentLabel,
                         String desiredLabel, String emptyText) {

    public PdfJourney {
        phases = copy(phases);
        checks = copy(checks);
    }

    /** An unmodifiable copy without null elements; empty for null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
