package app.momentum.journey.csv;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.List;

/**
 * One moment as a CSV row: names instead of ids (phase, channel, brand values, owner discipline), so a file can move
 * between journeys and tenants.
 *
 * <p>Normalised on construction: blank text becomes {@code null} (not set), a {@code null} nature becomes
 * {@link MomentNature#FUNCTIONAL}, a {@code null} target {@link TargetLevel#SEVEN_PLUS} (the entity's defaults), and
 * {@code null} brand values an empty list; the list is copied and unmodifiable. Nothing else is validated here: a row
 * read from a file with errors may hold a too-long title or an unknown channel name (see {@link MomentCsvReader}).
 *
 * @param phase            the phase's name; required in a valid import
 * @param title            required in a valid import, at most 200 characters
 * @param channel          the channel's name, or null
 * @param otherParty       null when the moment is ours; otherwise the other party (e.g. the notary)
 * @param brandValues      the names of the brand values the moment expresses (written separated by {@code |})
 * @param expectation      the conscious expectation
 * @param deepDriver       a built-in deep driver's code or the tenant's own text, at most 100 characters
 * @param currentEmotion   -3..3 or null
 * @param desiredEmotion   -3..3 or null
 * @param ownerDiscipline  the owning discipline's name, or null
 */
public record MomentRow(
        String phase,
        String title,
        String customerDoes,
        String customerThinks,
        String customerFeels,
        String channel,
        String otherParty,
        MomentNature nature,
        TargetLevel target,
        boolean momentOfTruth,
        boolean brandMoment,
        List<String> brandValues,
        String expectation,
        String deepDriver,
        Integer currentEmotion,
        Integer desiredEmotion,
        String exceedsExpectation,
        String repeatability,
        String ownerDiscipline) {

    public MomentRow {
        phase = blankToNull(phase);
        title = blankToNull(title);
        customerDoes = blankToNull(customerDoes);
        customerThinks = blankToNull(customerThinks);
        customerFeels = blankToNull(customerFeels);
        channel = blankToNull(channel);
        otherParty = blankToNull(otherParty);
        nature = nature == null ? MomentNature.FUNCTIONAL : nature;
        target = target == null ? TargetLevel.SEVEN_PLUS : target;
        brandValues = brandValues == null ? List.of() : List.copyOf(brandValues);
        expectation = blankToNull(expectation);
        deepDriver = blankToNull(deepDriver);
        exceedsExpectation = blankToNull(exceedsExpectation);
        repeatability = blankToNull(repeatability);
        ownerDiscipline = blankToNull(ownerDiscipline);
    }

    /** A row with only a phase and a title; everything else empty or default. */
    public static MomentRow of(String phase, String title) {
        return new MomentRow(phase, title, null, null, null, null, null, null, null, false, false, List.of(), null,
                null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
