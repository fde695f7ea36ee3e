package app.momentum.journey.pdf;

import java.util.List;

/**
 * One column of the map: a phase and its moments, top to bottom.
 *
 * @param name    the phase's name (translated)
 * @param moments its moments in map order; null elements are skipped
 */
public record PdfPhase(String name, List<PdfMoment> moments) {

    public PdfPhase {
        moments = PdfJourney.copy(moments);
    }
}
