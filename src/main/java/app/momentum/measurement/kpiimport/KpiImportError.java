package app.momentum.measurement.kpiimport;

import java.util.List;

/**
 * One thing wrong with a KPI values file, precise enough to fix it: where (row and column as the user sees them),
 * what was there, and a message key saying what was expected.
 *
 * <p>The UI formats {@link #key()} with {@link #messageArguments()}: {@code {0}} the row (Excel row or file line),
 * {@code {1}} the column as headed in the file, {@code {2}} the value, then {@link #args()}.
 *
 * @param row    1-based row or line, or null when the problem concerns the whole file
 * @param column the column's header in the file, or null
 * @param value  the offending cell text, or null
 */
public record KpiImportError(Integer row, String column, String value, String key, List<Object> args) {

    public KpiImportError {
        args = List.copyOf(args);
    }

    static KpiImportError of(Integer row, String column, String value, String key, Object... args) {
        return new KpiImportError(row, column, value, key, List.of(args));
    }

    /** All message-format arguments in bundle order: row, column, value, then the extras. */
    public Object[] messageArguments() {
        Object[] all = new Object[3 + args.size()];
        all[0] = row;
        all[1] = column;
        all[2] = value;
        for (int i = 0; i < args.size(); i++) {
            all[3 + i] = args.get(i);
        }
        return all;
    }

    @Override
    public String toString() {
        return key + " row=" + row + " column=" + column + " value=" + value + " args=" + args;
    }
}
