package app.momentum.base.csv;

import java.util.Arrays;

/**
 * The record {@link CsvTokenizer#nextFields} has just read, as ranges of one reused char buffer: field {@code i} is
 * {@code chars()[start(i) .. end(i))}, quotes already removed and doubled quotes undone (between the ranges the
 * buffer may hold delimiters: only the ranges are the fields). Nothing is allocated per
 * record or per field, so a caller that only needs a few fields as text (and converts the rest straight from the
 * chars) does not pay for a {@code String} per cell, which on a file of millions of cells is most of the cost.
 *
 * <p>Valid only until the tokenizer reads the next record: the buffer and the ranges are then overwritten. Copy
 * what must be kept, e.g. with {@link #text}.
 */
public final class CsvFields {

    /** Chars always left free after the record (see {@link #ensureCapacity}). */
    public static final int SPARE = 2;

    char[] chars = new char[1024];
    int length; // chars used by the current record
    int[] starts = new int[32];
    int[] ends = new int[32];
    int count;
    int line;
    int unterminatedField = -1;

    CsvFields() {
    }

    /** The physical line the record starts on (1-based). */
    public int line() {
        return line;
    }

    /** Number of fields (at least 1: an empty line is one empty field). */
    public int count() {
        return count;
    }

    /**
     * The buffer the ranges point into; overwritten by the next record. At least {@link #SPARE} chars longer than
     * the record, so the two chars from any field's start may be read whatever its length.
     */
    public char[] chars() {
        return chars;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    /** Copies the first {@code n} fields' ranges: starts to {@code starts}, ends to {@code ends}. */
    public void copyRanges(int[] starts, int[] ends, int n) {
        System.arraycopy(this.starts, 0, starts, 0, n);
        System.arraycopy(this.ends, 0, ends, 0, n);
    }

    /** The field as a new string. */
    public String text(int field) {
        return new String(chars, starts[field], ends[field] - starts[field]);
    }

    /** The index of a field left open by an unterminated quote at the end of the file, or -1. */
    public int unterminatedField() {
        return unterminatedField;
    }

    public boolean unterminated() {
        return unterminatedField >= 0;
    }

    /** True when every field is empty or whitespace (also a row of only delimiters), as {@link CsvRecord#blank}. */
    public boolean blank() {
        for (int field = 0; field < count; field++) { // the buffer holds delimiters between some fields
            for (int i = starts[field]; i < ends[field]; i++) {
                if (!isWhitespace(chars[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without its table look-up for the characters between the
     * space and U+1680 (the first whitespace above U+0020): digits, letters and punctuation, nearly every character
     * of a CSV file. Stripping asks this twice per cell.
     */
    public static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
    }

    /** The record as a {@link CsvRecord} with a string per field. */
    public CsvRecord toRecord() {
        String[] fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = text(i);
        }
        return new CsvRecord(line, Arrays.asList(fields), unterminatedField);
    }

    // --- filled by CsvTokenizer ---

    void clear(int startLine) {
        length = 0;
        count = 0;
        line = startLine;
        unterminatedField = -1;
    }

    /** Ends the field that began at {@code start}, the chars after it being {@code chars[start .. length)}. */
    void endField(int start) {
        endField(start, length);
    }

    /**
     * Ends the field {@code chars[start .. end)}: a field followed by its delimiter in the buffer, as the tokenizer
     * copies runs of unquoted fields with their delimiters at once.
     */
    void endField(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    void append(char[] source, int from, int n) {
        ensureCapacity(n);
        System.arraycopy(source, from, chars, length, n);
        length += n;
    }

    void append(char c) {
        ensureCapacity(1);
        chars[length++] = c;
    }

    /**
     * Keeps two chars spare after the record, so that {@code chars()[start(i)]} and {@code chars()[start(i) + 1]}
     * may be read for any field, even an empty last one: a reader can then look at a short field's first two chars
     * before checking its length, which saves it a hard-to-predict branch per field.
     */
    private void ensureCapacity(int more) {
        if (length + more + SPARE > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more + SPARE));
        }
    }
}
