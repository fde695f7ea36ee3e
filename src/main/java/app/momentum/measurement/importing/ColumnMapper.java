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
        ColumnMapping suggested = suggest(headers, moments, remembered);
        Map<String, ColumnAssignment> result = new LinkedHashMap<>(suggested.assignments());
        for (int c = 0; c < headers.size(); c++) {
            String header = headers.get(c);
            boolean unmapped = result.get(header).role() == ColumnRole.IGNORE
                    && !remembered.assignments().containsKey(header);
            if (unmapped && looksLikeSegment(column(samples, c))) {
                result.put(header, ColumnAssignment.of(ColumnRole.SEGMENT));
            }
        }
        return new ColumnMapping(result);
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
        boolean staleMoment = assignment.role() == ColumnRole.MOMENT && !momentIds.contains(assignment.momentId());
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
