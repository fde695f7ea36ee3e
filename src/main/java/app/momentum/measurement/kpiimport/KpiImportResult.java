package app.momentum.measurement.kpiimport;

import java.util.List;

/**
 * What {@link KpiValueReader} made of a file: the valid rows and every problem found. All or nothing: store nothing
 * unless {@link #ok()}.
 */
public record KpiImportResult(List<KpiValueRow> rows, List<KpiImportError> errors) {

    public KpiImportResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** How many rows carry a measured value (the rest only set a target). */
    public long valueCount() {
        return rows.stream().filter(r -> r.value() != null).count();
    }

    /** How many rows set a target. */
    public long targetCount() {
        return rows.stream().filter(r -> r.target() != null).count();
    }
}
