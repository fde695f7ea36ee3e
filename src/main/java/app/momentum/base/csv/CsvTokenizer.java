package app.momentum.base.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into records (RFC 4180, lenient), counting physical lines so errors can name the line a user sees
 * in an editor. Quoted fields may hold delimiters, doubled quotes and line breaks (CRLF, LF or CR; read as LF);
 * rows end at CRLF, LF or CR. Lenient where a spreadsheet may be sloppy: a quote inside an unquoted field is
 * taken literally, text after a closing quote is appended.
 *
 * <p>Streams: it reads its {@link Reader} through a fixed buffer, so only the current record is held, however
 * large the file. A record, a quoted field, a doubled quote or a CRLF may straddle two buffer fills. The reader is
 * not closed here; whoever opened it closes it. Read errors surface as {@link UncheckedIOException}.
 */
public final class CsvTokenizer {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Reader reader;
    private final char delimiter;
    private final char[] buffer;
    private int pos;
    private int limit;
    private int line = 1;
    // reused between records: CsvRecord copies the fields it keeps
    private final List<String> fields = new ArrayList<>();
    // the field being read; a char array rather than a StringBuilder, which once it has held a non-Latin-1
    // character (an en dash in a header) stays two bytes wide and makes every later field slower
    private char[] field = new char[256];
    private int fieldLength;

    /** Tokenizes text already in memory. */
    public CsvTokenizer(String text, char delimiter) {
        this(new StringReader(text), delimiter, Math.max(1, Math.min(text.length(), BUFFER_CHARS)));
    }

    /** Tokenizes a stream of text, e.g. a file decoded with {@link CsvText#reader}. */
    public CsvTokenizer(Reader reader, char delimiter) {
        this(reader, delimiter, BUFFER_CHARS);
    }

    /** With a chosen buffer size, so tests can put buffer boundaries anywhere. */
    CsvTokenizer(Reader reader, char delimiter, int bufferChars) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.buffer = new char[bufferChars];
    }

    /** The next record, or null at the end of the text. */
    public CsvRecord next() {
        if (!fill()) {
            return null;
        }
        int startLine = line;
        fields.clear();
        fieldLength = 0;
        boolean quoted = false;
        while (fill()) {
            char c = buffer[pos];
            if (c == '"' && !quoted && fieldIsBlank()) {
                fieldLength = 0;
                quoted = true;
                pos++;
                if (!readQuoted()) {
                    fields.add(fieldText());
                    return new CsvRecord(startLine, fields, fields.size() - 1);
                }
            } else if (c == delimiter) {
                fields.add(fieldText());
                fieldLength = 0;
                quoted = false;
                pos++;
            } else if (c == '\r' || c == '\n') {
                pos++;
                if (c == '\r' && fill() && buffer[pos] == '\n') {
                    pos++;
                }
                line++;
                break;
            } else {
                // copy a run of ordinary characters at once (a quote here is literal: it does not open a field)
                int start = pos++;
                while (pos < limit && !special(buffer[pos])) {
                    pos++;
                }
                append(start, pos - start);
            }
        }
        fields.add(fieldText());
        return new CsvRecord(startLine, fields, -1);
    }

    /** The next record that is not blank (an unterminated one is returned as is), or null at the end. */
    public CsvRecord nextNonBlank() {
        CsvRecord record = next();
        while (record != null && !record.unterminated() && record.blank()) {
            record = next();
        }
        return record;
    }

    /** A quoted field's content after its opening quote, through the closing quote; false if there is none. */
    private boolean readQuoted() {
        while (fill()) {
            char c = buffer[pos++];
            if (c == '"') {
                if (fill() && buffer[pos] == '"') {
                    append(pos, 1); // the second of the two quotes
                    pos++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && fill() && buffer[pos] == '\n') {
                    pos++;
                }
                line++;
                appendLineFeed();
            } else {
                int start = pos - 1;
                while (pos < limit && buffer[pos] != '"' && buffer[pos] != '\r' && buffer[pos] != '\n') {
                    pos++;
                }
                append(start, pos - start);
            }
        }
        return false;
    }

    private boolean special(char c) {
        return c == delimiter || c == '"' || c == '\r' || c == '\n';
    }

    /** True when a character is available at {@code pos}, refilling the buffer once everything in it is used. */
    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        try {
            int read = reader.read(buffer, 0, buffer.length);
            pos = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(int start, int length) {
        ensureFieldCapacity(length);
        System.arraycopy(buffer, start, field, fieldLength, length);
        fieldLength += length;
    }

    private void appendLineFeed() {
        ensureFieldCapacity(1);
        field[fieldLength++] = '\n';
    }

    private void ensureFieldCapacity(int more) {
        if (fieldLength + more > field.length) {
            field = Arrays.copyOf(field, Math.max(field.length * 2, fieldLength + more));
        }
    }

    private String fieldText() {
        return new String(field, 0, fieldLength);
    }

    private boolean fieldIsBlank() {
        for (int i = 0; i < fieldLength; i++) {
            if (!Character.isWhitespace(field[i])) {
                return false;
            }
        }
        return true;
    }
}
