package app.momentum.journey.pdf;

import java.util.List;

/**
 * One phase of the map: a band over its moments' columns. A phase without moments shows one narrow empty column.
 *
 * @param name    the phase's name (translated)
 * @param moments its moments in map order, left to right; null elements are skipped
 */
public record PdfPhase(String name, List<PdfMoment> moments) {

    public PdfPhase {
        moments = PdfJourney.copy(moments);
    }
}
