package app.momentum.measurement.importing;

import org.springframework.modulith.NamedInterface;
import java.util.Arrays;

/**
 * A survey file that cannot be imported, with enough detail to tell the user exactly what to fix.
 *
 * <p>The {@link #key()} is an i18n bundle key; the UI formats it with {@code {0}=row, {1}=column, {2}=value}
 * followed by {@link #args()}. {@link #getMessage()} is plain English for logs and tests only.
 */
@NamedInterface("survey-import")
public class SurveyImportException extends RuntimeException {

    private final String key;
    private final Integer row;
    private final String column;
    private final String value;
    private final transient Object[] args;

    /**
     * @param key    bundle key, e.g. {@code import.error.out-of-range}
     * @param row    1-based line in the file (header = 1), or {@code null} when the problem is not row-bound
     * @param column header of the offending column, or {@code null}
     * @param value  the offending cell text, or {@code null}
     * @param args   key-specific extras, e.g. min and max for out-of-range
     */
    public SurveyImportException(String key, Integer row, String column, String value, Object... args) {
        super(describe(key, row, column, value, args));
        this.key = key;
        this.row = row;
        this.column = column;
        this.value = value;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String key() { return key; }

    public Integer row() { return row; }

    public String column() { return column; }

    public String value() { return value; }

    public Object[] args() { return args.clone(); }

    /** All message-format arguments in bundle order: row, column, value, then the extras. */
    public Object[] messageArguments() {
        Object[] all = new Object[3 + args.length];
        all[0] = row;
        all[1] = column;
        all[2] = value;
        System.arraycopy(args, 0, all, 3, args.length);
        return all;
    }

    private static String describe(String key, Integer row, String column, String value, Object[] args) {
        StringBuilder text = new StringBuilder(key);
        if (row != null) text.append(" at row ").append(row);
        if (column != null) text.append(", column '").append(column).append('\'');
        if (value != null) text.append(", value '").append(value).append('\'');
        text.append(": ").append(expectation(key, args == null ? new Object[0] : args));
        return text.toString();
    }

    private static String expectation(String key, Object[] args) {
        return switch (key) {
            case "import.error.empty-file" -> "the file is empty";
            case "import.error.header-only" -> "expected at least one data row below the header";
            case "import.error.too-large" -> "the file is larger than the maximum of " + arg(args, 0) + " bytes";
            case "import.error.encoding" -> "expected a text (CSV) file, not a binary file";
            case "import.error.missing-column" -> "no column is mapped as " + arg(args, 0);
            case "import.error.missing-respondent-id" -> "expected a respondent id";
            case "import.error.duplicate-respondent" -> "respondent id already used in row " + arg(args, 0);
            case "import.error.not-numeric" -> "expected a whole number";
            case "import.error.out-of-range" -> "expected a number between " + arg(args, 0) + " and " + arg(args, 1);
            case "import.error.wrong-column-count" ->
                    "expected " + arg(args, 0) + " fields but found " + arg(args, 1);
            case "import.error.unclosed-quote" -> "a quoted field starting here is never closed";
            default -> "details " + Arrays.toString(args);
        };
    }

    private static Object arg(Object[] args, int index) {
        return index < args.length ? args[index] : "?";
    }
}
