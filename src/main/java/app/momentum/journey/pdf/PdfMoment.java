package app.momentum.journey.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * One column of the map: a moment, with what each lane shows of it.
 *
 * @param title    the moment's title, drawn in bold in a {@link PdfLane.Kind#CARD} lane
 * @param ninePlus whether the moment is targeted at 9+: its card gets an accent border
 * @param cells    the text per lane id, already translated (for the card lane the badges under the title); a lane
 *                 without an entry, or with a null or blank one, shows an empty cell
 * @param current  the current emotion, -3..3 (values outside are clamped), or null: a gap in the dashed grey line
 * @param desired  the desired emotion, -3..3 (values outside are clamped), or null: a gap in the teal line
 * @param measured the measured mean satisfaction, 1..10 (values outside are clamped), or null: a gap in the amber
 *                 line
 * @param peak     whether this is the peak of the desired curve (marked in the emotion lane)
 * @param end      whether this is the end of the desired curve, the last moment with a desired emotion (marked)
 */
public record PdfMoment(String title, boolean ninePlus, Map<String, String> cells, Integer current, Integer desired,
                        Double measured, boolean peak, boolean end) {

    public PdfMoment {
        Map<String, String> copy = new HashMap<>();
        if (cells != null) {
            cells.forEach((lane, text) -> {
                if (lane != null && text != null && !text.isBlank()) {
                    copy.put(lane, text);
                }
            });
        }
        cells = Map.copyOf(copy);
        if (measured != null && measured.isNaN()) {
            measured = null;
        }
    }

    /** The text in a lane, empty when there is none. */
    public String cell(String laneId) {
        return laneId == null ? "" : cells.getOrDefault(laneId, "");
    }
}
