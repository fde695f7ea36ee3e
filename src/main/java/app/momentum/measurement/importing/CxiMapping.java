package app.momentum.measurement.importing;

import java.util.Collection;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Whether a mapping gives the CXi all three of its items. The CXi is the mean of three items; with one or two mapped
 * it is unknown, and the mapping step says so before the import rather than after.
 */
@NamedInterface("survey-import")
public final class CxiMapping {

    /** The three items, in the order the index names them. */
    public static final List<ColumnRole> ITEMS = List.of(ColumnRole.CXI_NEEDS, ColumnRole.CXI_EASY,
            ColumnRole.CXI_ENJOYABLE);

    private CxiMapping() {
    }

    /**
     * The CXi items not mapped when one or two are: the ones to add for a CXi. Empty when all three are mapped, and
     * when none is (a survey without the CXi questions is not incomplete).
     */
    public static List<ColumnRole> missingItems(Collection<ColumnRole> mappedRoles) {
        List<ColumnRole> missing = ITEMS.stream().filter(item -> !mappedRoles.contains(item)).toList();
        return missing.size() == ITEMS.size() ? List.of() : missing;
    }
}
