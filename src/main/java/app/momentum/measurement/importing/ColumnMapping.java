package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.BrandValueInfo;
import org.springframework.modulith.NamedInterface;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Header → meaning for one survey file. Headers that are not in the map are ignored.
 *
 * @param assignments keyed by the exact (trimmed) header text
 */
@NamedInterface("survey-import")
public record ColumnMapping(Map<String, ColumnAssignment> assignments) {

    public static final ColumnMapping EMPTY = new ColumnMapping(Map.of());

    public ColumnMapping {
        assignments = assignments == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
    }

    public ColumnAssignment assignmentOf(String header) {
        return assignments.getOrDefault(header, ColumnAssignment.IGNORED);
    }

    /**
     * The brand values asked about, each once, in the mapping's order, on the scale of the first column asking it:
     * what the analysis counts brand scores for.
     */
    public List<BrandValueInfo> brandValues() {
        Map<java.util.UUID, BrandValueInfo> values = new LinkedHashMap<>();
        assignments.values().stream().filter(a -> a.role().needsBrandValue()).forEach(a ->
                values.putIfAbsent(a.brandValueId(), new BrandValueInfo(a.brandValueId(), a.role().brandScaleMax())));
        return List.copyOf(values.values());
    }

    /** Headers, in the given order, that have {@code role}. */
    public List<String> headersWith(ColumnRole role, List<String> headers) {
        return headers.stream().filter(h -> assignmentOf(h).role() == role).toList();
    }
}
