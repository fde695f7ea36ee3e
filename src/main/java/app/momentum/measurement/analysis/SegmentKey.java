package app.momentum.measurement.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A combination of segment values, such as region North × customer type New: the respondents who have every one of
 * them. Columns are kept sorted, so one combination has one key however it was put together.
 *
 * @param columns the segment columns, sorted, at least two
 * @param values  the value of each column, in the same order
 */
public record SegmentKey(List<String> columns, List<String> values) {

    /** What separates columns and values when a key is written as one text (a tab: not part of a header). */
    public static final String SEPARATOR = "\t";

    public SegmentKey {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.size() != values.size() || columns.size() < 2) {
            throw new IllegalArgumentException("a combination has a value for each of at least two columns");
        }
        for (int i = 1; i < columns.size(); i++) {
            if (columns.get(i - 1).compareTo(columns.get(i)) >= 0) {
                throw new IllegalArgumentException("columns must be distinct and sorted: " + columns);
            }
        }
    }

    /** The key of column → value pairs in any order; at least two. */
    public static SegmentKey of(Map<String, String> valueByColumn) {
        Map<String, String> sorted = new TreeMap<>(valueByColumn);
        return new SegmentKey(new ArrayList<>(sorted.keySet()), new ArrayList<>(sorted.values()));
    }

    /** The columns as one text, for storage. */
    public String columnsText() {
        return String.join(SEPARATOR, columns);
    }

    /** The values as one text, for storage. */
    public String valuesText() {
        return String.join(SEPARATOR, values);
    }

    /** The key stored as {@link #columnsText()} and {@link #valuesText()}. */
    public static SegmentKey parse(String columnsText, String valuesText) {
        Objects.requireNonNull(columnsText, "columns");
        Objects.requireNonNull(valuesText, "values");
        return new SegmentKey(List.of(columnsText.split(SEPARATOR, -1)), List.of(valuesText.split(SEPARATOR, -1)));
    }

    /** Whether a stored column text is a combination rather than one column. */
    public static boolean isCombination(String columnText) {
        return columnText.contains(SEPARATOR);
    }
}
