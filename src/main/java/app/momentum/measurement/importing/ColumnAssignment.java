package app.momentum.measurement.importing;

import org.springframework.modulith.NamedInterface;
import app.momentum.base.UserFacingException;
import java.util.Objects;
import java.util.UUID;

/**
 * The role of one column.
 *
 * @param role     what the column means
 * @param momentId the moment it is about; required for {@link ColumnRole#MOMENT} and the expectation roles,
 *                 {@code null} otherwise
 * @param label    for a {@link ColumnRole#SEGMENT} column: what people call it ("Customer type" for a column headed
 *                 "segment"), chosen when mapping; {@code null} shows the header. Always {@code null} for other roles.
 * @param brandValueId the tenant's brand value the column asks about; required for the brand-value roles
 *                 ({@link ColumnRole#needsBrandValue()}), {@code null} otherwise
 */
@NamedInterface("survey-import")
public record ColumnAssignment(ColumnRole role, UUID momentId, String label, UUID brandValueId) {

    /** A segment label is a short name, shown in selectors and action titles. */
    public static final int MAX_LABEL_LENGTH = 100;

    public static final ColumnAssignment IGNORED = new ColumnAssignment(ColumnRole.IGNORE, null);

    public ColumnAssignment {
        Objects.requireNonNull(role, "role");
        if (role.needsMoment() != (momentId != null)) {
            throw new IllegalArgumentException("a moment id is required for MOMENT and EXPECTATION and only for them");
        }
        if (role.needsBrandValue() != (brandValueId != null)) {
            throw new IllegalArgumentException("a brand value id is required for the brand-value roles and only for them");
        }
        label = role != ColumnRole.SEGMENT || label == null || label.isBlank() ? null : label.strip();
        if (label != null && label.length() > MAX_LABEL_LENGTH) {
            throw new UserFacingException("survey.error.segmentLabelTooLong", MAX_LABEL_LENGTH);
        }
    }

    public ColumnAssignment(ColumnRole role, UUID momentId, String label) {
        this(role, momentId, label, null);
    }

    public ColumnAssignment(ColumnRole role, UUID momentId) {
        this(role, momentId, null);
    }

    /** A perceived-brand-value column on {@code role}'s scale, about {@code brandValueId}. */
    public static ColumnAssignment brandValue(ColumnRole role, UUID brandValueId) {
        return new ColumnAssignment(role, null, null, brandValueId);
    }

    public static ColumnAssignment of(ColumnRole role) {
        return new ColumnAssignment(role, null);
    }

    public static ColumnAssignment moment(UUID momentId) {
        return new ColumnAssignment(ColumnRole.MOMENT, momentId);
    }

    /** A segment column shown under {@code label} (blank: under its header). */
    public static ColumnAssignment segment(String label) {
        return new ColumnAssignment(ColumnRole.SEGMENT, null, label);
    }

    /** The name to show for this column: its label when it has one, else the header. */
    public String labelOr(String header) {
        return label == null ? header : label;
    }
}
