package app.momentum.journey.pdf;

import java.util.List;

/**
 * One moment card on the map and one x position on the emotion curves.
 *
 * @param title          the moment's title
 * @param channel        its channel's name, or null
 * @param badges         small labels on the card, already translated, e.g. {@code "9+"}, {@code "Moment of truth"},
 *                       {@code "Brand moment"}, an owner discipline; null elements are skipped
 * @param ninePlus       whether the moment is targeted at 9+: its card gets an accent border
 * @param currentEmotion the current emotion, -3..3 (values outside are clamped), or null: a gap in the curve
 * @param desiredEmotion the desired emotion, -3..3 (values outside are clamped), or null: a gap in the curve
 */
public record PdfMoment(String title, String channel, List<String> badges, boolean ninePlus, Integer currentEmotion,
                        Integer desiredEmotion) {

    public PdfMoment {
        badges = PdfJourney.copy(badges);
    }
}
