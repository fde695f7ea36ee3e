package app.momentum.measurement.importing;

import java.util.Objects;
import java.util.UUID;

/**
 * The role of one column.
 *
 * @param role     what the column means
 * @param momentId the moment it scores; required for {@link ColumnRole#MOMENT}, {@code null} otherwise
 */
public record ColumnAssignment(ColumnRole role, UUID momentId) {

    public static final ColumnAssignment IGNORED = new ColumnAssignment(ColumnRole.IGNORE, null);

    public ColumnAssignment {
        Objects.requireNonNull(role, "role");
        if ((role == ColumnRole.MOMENT) != (momentId != null)) {
            throw new IllegalArgumentException("a moment id is required for MOMENT and only for MOMENT");
        }
    }

    public static ColumnAssignment of(ColumnRole role) {
        return new ColumnAssignment(role, null);
    }

    public static ColumnAssignment moment(UUID momentId) {
        return new ColumnAssignment(ColumnRole.MOMENT, momentId);
    }
}
