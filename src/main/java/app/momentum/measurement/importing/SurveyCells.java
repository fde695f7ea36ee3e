package app.momentum.measurement.importing;

import app.momentum.base.csv.CsvFields;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One data row fitted to the header — one cell per column, stripped, short rows padded with empty cells — as char
 * ranges rather than strings: cell {@code c} is {@code chars()[start(c) .. end(c))}. The streaming import reads
 * every row of a large file through one of these, so a score is converted straight from the characters and only the
 * few cells that must be kept (the id when asked, segment values, an error's value) become strings.
 *
 * <p>Filled from a CSV record it points into the tokenizer's buffer and is valid until the next record is read;
 * filled from strings (a workbook row) it copies them into a buffer of its own. Either way the buffer has
 * {@link CsvFields#SPARE} chars after the last cell, so {@code chars()[start(c)]} and {@code chars()[start(c) + 1]}
 * may be read for any cell.
 */
final class SurveyCells {

    private final int width;
    private final int[] starts;
    private final int[] ends;
    private char[] chars;
    private char[] own = new char[256];
    private int line;
    /** The columns {@link #fit} looks at for whitespace, or null for all (see {@link #lookOnlyAt}). */
    private int[] looked;
    /** Whether the cells outside {@link #looked} may still have whitespace around them (see {@link #stripAll}). */
    private boolean partlyStripped;

    /** Cells for rows under {@code width} headers. */
    SurveyCells(int width) {
        this.width = width;
        starts = new int[width];
        ends = new int[width];
    }

    /**
     * Fits a CSV record to the header width: pads a short record (Excel drops trailing empty cells), ignores blank
     * cells beyond the headers and strips every cell (or, with {@link #lookOnlyAt}, the cells looked at, the rest
     * when {@link #stripAll} is called).
     *
     * @throws SurveyImportException when the record has more non-empty cells than there are headers
     */
    void fit(CsvFields record) {
        char[] text = record.chars();
        int count = record.count();
        int used = count;
        while (used > width && blank(text, record.start(used - 1), record.end(used - 1))) {
            used--;
        }
        if (used > width) {
            int from = stripStart(text, record.start(width), record.end(width));
            int to = stripEnd(text, from, record.end(width));
            throw new SurveyImportException("import.error.wrong-column-count", record.line(), null,
                    new String(text, from, to - from), width, used);
        }
        int fields = Math.min(count, width);
        record.copyRanges(starts, ends, fields);
        for (int c = fields; c < width; c++) {
            starts[c] = 0;
            ends[c] = 0;
        }
        chars = text;
        // Nearly no cell has whitespace at either end: take every range as it is, noting only whether any first or
        // last char might be whitespace, and strip properly just when one might. No per-cell branch on emptiness
        // or whitespace, which the CPU would often mispredict. For an empty cell the chars looked at belong to a
        // neighbour (or are spare, see CsvFields.SPARE): at worst they cause a needless careful pass.
        int mightBeWhitespace = 0;
        int[] columns = looked;
        if (columns == null) {
            for (int c = 0; c < fields; c++) {
                mightBeWhitespace |= edgesMightBeWhitespace(text, c);
            }
        } else {
            for (int c : columns) {
                mightBeWhitespace |= edgesMightBeWhitespace(text, c);
            }
        }
        partlyStripped = columns != null || mightBeWhitespace != 0;
        if (mightBeWhitespace != 0) {
            stripAll();
        }
        line = record.line();
    }

    /**
     * From the next {@link #fit} on, looks for whitespace around cells only in these columns (null: in all, as
     * before). For a reader that checks the other cells itself and calls {@link #stripAll} before reading any of
     * them the ordinary way: the converter's quick moment loop takes nothing but blank and "1"–"10", so a cell with
     * whitespace sends its row to the general loop, which strips first. Saves a look at two thirds of a survey's
     * cells per row.
     */
    void lookOnlyAt(int[] columns) {
        looked = columns == null ? null : columns.clone();
    }

    /** Strips every cell, if {@link #fit} left any unlooked at (see {@link #lookOnlyAt}). */
    void stripAll() {
        if (!partlyStripped) {
            return;
        }
        for (int c = 0; c < width; c++) {
            int from = stripStart(chars, starts[c], ends[c]);
            ends[c] = stripEnd(chars, from, ends[c]);
            starts[c] = from;
        }
        partlyStripped = false;
    }

    /** Takes a row of strings already fitted and stripped (as {@link SurveyXlsxReader} gives them), copying them. */
    void load(List<String> cells, int line) {
        if (cells.size() != width) {
            throw new IllegalArgumentException("expected " + width + " cells but got " + cells.size());
        }
        int length = 0;
        for (int c = 0; c < width; c++) {
            String cell = cells.get(c);
            if (length + cell.length() + CsvFields.SPARE > own.length) { // spare chars as CsvFields keeps them
                own = Arrays.copyOf(own, Math.max(2 * own.length, length + cell.length() + CsvFields.SPARE));
            }
            cell.getChars(0, cell.length(), own, length);
            starts[c] = length;
            length += cell.length();
            ends[c] = length;
        }
        chars = own;
        this.line = line;
        partlyStripped = false;
    }

    /** The file line the row starts on. */
    int line() {
        return line;
    }

    int width() {
        return width;
    }

    char[] chars() {
        return chars;
    }

    int start(int column) {
        return starts[column];
    }

    int end(int column) {
        return ends[column];
    }

    boolean isEmpty(int column) {
        return starts[column] == ends[column];
    }

    /** The cell as a new string (all cells stripped first, see {@link #stripAll}). */
    String text(int column) {
        stripAll();
        return new String(chars, starts[column], ends[column] - starts[column]);
    }

    /** All cells as strings, for callers that keep the row. */
    List<String> toList() {
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
            cells[c] = text(c);
        }
        return Collections.unmodifiableList(Arrays.asList(cells));
    }

    /**
     * 1 when {@code c} is at or below the space or at or above U+1680, the ranges holding every whitespace
     * character (see {@link CsvFields#isWhitespace}); else 0. As an int, so the row's cells can be or-ed together.
     */
    private static int mightBeWhitespace(char c) {
        return (c - 0x21 & 0xFFFF) >= 0x1680 - 0x21 ? 1 : 0;
    }

    /** {@link #mightBeWhitespace} of a cell's first or last char. */
    private int edgesMightBeWhitespace(char[] text, int column) {
        return mightBeWhitespace(text[starts[column]]) | mightBeWhitespace(text[Math.max(ends[column] - 1, 0)]);
    }

    private static boolean blank(char[] text, int from, int to) {
        return stripStart(text, from, to) == to;
    }

    /** As {@link String#strip()}: surrogate pairs are never whitespace, so testing single chars is the same. */
    private static int stripStart(char[] text, int from, int to) {
        while (from < to && CsvFields.isWhitespace(text[from])) {
            from++;
        }
        return from;
    }

    private static int stripEnd(char[] text, int from, int to) {
        while (to > from && CsvFields.isWhitespace(text[to - 1])) {
            to--;
        }
        return to;
    }
}
