package app.momentum.base.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How every spreadsheet export writes its CSV (actions, the portfolio, the maturity scan): UTF-8 with a byte order
 * mark so Excel reads the accents, the delimiter a spreadsheet in the user's language expects (Dutch uses a semicolon,
 * as its decimal separator is the comma), CRLF between rows, a cell quoted when it holds the delimiter, a quote or a
 * line break, and every cell a spreadsheet could run as a formula neutralised.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** The rows (the first is usually the header) as a CSV file for a user of this locale. */
    public static byte[] write(List<List<String>> rows, Locale locale) {
        char delimiter = delimiterFor(locale);
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            out.append(row.stream().map(cell -> quote(neutralise(cell), delimiter))
                    .collect(Collectors.joining(String.valueOf(delimiter)))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A semicolon for Dutch, whose decimal separator is the comma; a comma otherwise. */
    public static char delimiterFor(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? ';' : ',';
    }

    /**
     * The value with an apostrophe in front when a spreadsheet could take it for a formula: starting with =, +, -, @,
     * a tab or a carriage return, after any apostrophes (so "'=x" becomes "''=x" and stays text once one apostrophe is
     * taken off). Null becomes empty.
     */
    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && isFormulaStart(value.charAt(i)) ? "'" + value : value;
    }

    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String quote(String value, char delimiter) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
