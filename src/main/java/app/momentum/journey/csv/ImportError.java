package app.momentum.journey.csv;

import java.util.List;

/**
 * A problem found while reading an import file, to show as
 * {@code csv.error.atLineColumn} / {@code csv.error.atLine} wrapped around the translated {@code messageKey}.
 *
 * @param line       the 1-based physical line in the file where the offending row starts (the header is normally
 *                   line 1; a quoted field spanning lines makes later rows start further down); 0 when the error
 *                   concerns the whole file ({@code csv.error.tooLarge}, {@code csv.error.empty})
 * @param column     the column's header name (for header errors: the name as written in the file), or null
 * @param messageKey one of the {@code csv.error.*} keys, see {@link MomentCsvReader}
 * @param arguments  the message's MessageFormat arguments, in order
 */
public record ImportError(int line, String column, String messageKey, List<Object> arguments) {

    public ImportError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static ImportError of(int line, String column, String messageKey, Object... arguments) {
        return new ImportError(line, column, messageKey, List.of(arguments));
    }
}
