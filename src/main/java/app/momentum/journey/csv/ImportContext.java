package app.momentum.journey.csv;

import java.util.List;

/**
 * What an import is checked against. All names are matched ignoring case and surrounding spaces; the imported rows
 * carry the spelling given here.
 *
 * @param phases              the journey's existing phase names, in order
 * @param channels            the tenant's channel names
 * @param brandValues         the tenant's brand value names
 * @param disciplines         the tenant's discipline names
 * @param createMissingPhases true: a phase name that is not in {@code phases} becomes a new phase (listed in
 *                            {@link ImportResult#newPhases()} in order of first appearance); false: it is a row error
 *                            ({@code csv.error.unknownPhase})
 */
public record ImportContext(
        List<String> phases,
        List<String> channels,
        List<String> brandValues,
        List<String> disciplines,
        boolean createMissingPhases) {

    public ImportContext {
        phases = phases == null ? List.of() : List.copyOf(phases);
        channels = channels == null ? List.of() : List.copyOf(channels);
        brandValues = brandValues == null ? List.of() : List.copyOf(brandValues);
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
    }
}
