package app.momentum.measurement.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A survey file as read, before any meaning is attached to its columns.
 *
 * <p>Every row has exactly {@code headers.size()} cells (short rows are padded with blanks).
 * {@code lineNumbers} holds each row's starting line in the file, so errors can point at the line the user
 * sees in an editor even when blank lines were skipped or a quoted cell spans several lines.
 *
 * @param headers     column headers, trimmed
 * @param rows        data rows (header excluded)
 * @param lineNumbers 1-based file line where each row starts (header is line 1)
 * @param charset     the encoding the bytes were decoded with
 * @param delimiter   the detected field separator
 */
public record SurveyTable(List<String> headers, List<List<String>> rows, List<Integer> lineNumbers,
                          Charset charset, char delimiter) {

    public SurveyTable {
        headers = List.copyOf(headers);
        rows = rows.stream().<List<String>>map(List::copyOf).toList();
        lineNumbers = lineNumbers == null
                ? IntStream.range(0, rows.size()).mapToObj(i -> i + 2).toList()
                : List.copyOf(lineNumbers);
        if (lineNumbers.size() != rows.size()) {
            throw new IllegalArgumentException("one line number per row expected");
        }
        Objects.requireNonNull(charset, "charset");
    }

    /** For tables without blank lines or multi-line cells: row i is on line i + 2. */
    public SurveyTable(List<String> headers, List<List<String>> rows, Charset charset, char delimiter) {
        this(headers, rows, null, charset, delimiter);
    }

    /**
     * Refuses a header row that names a column twice (ignoring case and surrounding spaces): the mapping is by
     * header, so two such columns could not be told apart.
     */
    static void rejectDuplicateHeaders(List<String> headers, int headerLine) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String header : headers) {
            String key = header.strip().toLowerCase(java.util.Locale.ROOT);
            if (!key.isEmpty() && !seen.add(key)) {
                throw new SurveyImportException("import.error.duplicate-column", headerLine, header.strip(), null);
            }
        }
    }

    /** File line of the data row at {@code rowIndex} (0-based), for error messages. */
    public int lineOf(int rowIndex) {
        return lineNumbers.get(rowIndex);
    }
}
