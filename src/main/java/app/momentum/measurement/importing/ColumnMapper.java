package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.MomentInfo;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Proposes a {@link ColumnMapping} so the user only has to correct it, not build it.
 *
 * <p>Order of evidence per header: what the user chose last time for this header (if that moment still
 * exists), then a moment with the same title, then the headers survey tools write ({@link SurveyToolHeaders}, English
 * and Dutch).
 */
public final class ColumnMapper {

    private static final Map<String, ColumnRole> KNOWN_HEADERS = SurveyToolHeaders.byKey();

    private ColumnMapper() {
    }

    public static ColumnMapping suggest(List<String> headers, List<MomentInfo> moments, ColumnMapping remembered) {
        Set<UUID> momentIds = moments.stream().map(MomentInfo::id).collect(Collectors.toSet());
        Set<ColumnRole> used = EnumSet.noneOf(ColumnRole.class);
        Map<String, ColumnAssignment> result = new LinkedHashMap<>();
        for (String header : headers) {
            ColumnAssignment assignment = fromRemembered(header, remembered, momentIds)
                    .or(() -> byMomentTitle(header, moments))
                    .or(() -> byKnownName(header))
                    .orElse(ColumnAssignment.IGNORED);
            // A second "id"-like column must not silently compete with the first one.
            if (!assignment.role().repeatable() && !used.add(assignment.role())) {
                assignment = ColumnAssignment.IGNORED;
            }
            result.put(header, assignment);
        }
        return new ColumnMapping(result);
    }

    /**
     * The suggestion, plus: an unmapped column whose sample values are all text (not numbers) and repeat is
     * proposed as a segment — "North, South, North" is a region; all-different text is more likely a comment.
     *
     * @param samples the preview's rows, each as wide as {@code headers}
     */
    public static ColumnMapping suggest(List<String> headers, List<List<String>> samples, List<MomentInfo> moments,
                                        ColumnMapping remembered) {
        return suggest(headers, samples, moments, Map.of(), remembered);
    }

    /**
     * The suggestion, plus: an unmapped column whose header names one of the tenant's brand values ("Honest", "Brand:
     * honest", "Ervaart u ons als eerlijk?") is proposed as that value's perceived-brand-value column — on 1–5 when
     * every sample is at most 5, else on 1–10 — each value once; then segments as above.
     *
     * @param brandValues the tenant's brand values: id → name
     */
    public static ColumnMapping suggest(List<String> headers, List<List<String>> samples, List<MomentInfo> moments,
                                        Map<UUID, String> brandValues, ColumnMapping remembered) {
        ColumnMapping suggested = suggest(headers, moments, remembered);
        Map<String, ColumnAssignment> result = new LinkedHashMap<>(suggested.assignments());
        Set<UUID> brandValuesTaken = result.values().stream().map(ColumnAssignment::brandValueId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            boolean unmapped = result.get(header).role() == ColumnRole.IGNORE
                    && !remembered.assignments().containsKey(header);
            if (!unmapped) {
                continue;
            }
            List<String> values = column(samples, c);
            Optional<UUID> brandValue = namedBrandValue(header, brandValues, brandValuesTaken);
            if (brandValue.isPresent()) {
                brandValuesTaken.add(brandValue.get());
                result.put(header, ColumnAssignment.brandValue(brandScale(values), brandValue.get()));
            } else if (looksLikeSegment(values)) {
                result.put(header, ColumnAssignment.of(ColumnRole.SEGMENT));
            }
        }
        return new ColumnMapping(result);
    }

    /** The first brand value not taken yet whose name the header contains as whole words. */
    private static Optional<UUID> namedBrandValue(String header, Map<UUID, String> brandValues, Set<UUID> taken) {
        String words = " " + normalise(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        return brandValues.entrySet().stream()
                .filter(value -> !taken.contains(value.getKey()) && value.getValue() != null)
                .filter(value -> {
                    String name = normalise(value.getValue()).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
                    return !name.isEmpty() && words.contains(" " + name + " ");
                })
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** 1–5 when every sample is a whole number up to 5, else 1–10 (an answer above 5 is then refused with its cell). */
    static ColumnRole brandScale(List<String> values) {
        boolean upToFive = values.stream().map(String::strip).filter(v -> !v.isEmpty())
                .allMatch(v -> v.matches("[1-5]"));
        return upToFive ? ColumnRole.BRAND_VALUE_5 : ColumnRole.BRAND_VALUE_10;
    }

    static boolean looksLikeSegment(List<String> values) {
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.size() < 2 || given.stream().anyMatch(v -> v.matches("[+-]?\\d+([.,]\\d+)?"))) {
            return false;
        }
        return given.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().count() < given.size();
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.stream().map(row -> index < row.size() ? row.get(index) : "").toList();
    }

    private static Optional<ColumnAssignment> fromRemembered(String header, ColumnMapping remembered,
                                                             Set<UUID> momentIds) {
        if (remembered == null) {
            return Optional.empty();
        }
        // Exact header first; otherwise the same header with different case/spacing in a newer export.
        ColumnAssignment assignment = remembered.assignments().get(header);
        if (assignment == null) {
            String wanted = normalise(header);
            assignment = remembered.assignments().entrySet().stream()
                    .filter(e -> normalise(e.getKey()).equals(wanted))
                    .map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
        if (assignment == null) {
            return Optional.empty();
        }
        boolean staleMoment = assignment.role().needsMoment() && !momentIds.contains(assignment.momentId());
        return staleMoment ? Optional.empty() : Optional.of(assignment);
    }

    private static Optional<ColumnAssignment> byMomentTitle(String header, List<MomentInfo> moments) {
        String wanted = normalise(header);
        return moments.stream()
                .filter(m -> m.title() != null && normalise(m.title()).equals(wanted))
                .findFirst()
                .map(m -> ColumnAssignment.moment(m.id()));
    }

    private static Optional<ColumnAssignment> byKnownName(String header) {
        return Optional.ofNullable(KNOWN_HEADERS.get(SurveyToolHeaders.key(header))).map(ColumnAssignment::of);
    }

    /** Case- and space-insensitive comparison form. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
