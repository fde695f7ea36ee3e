package app.momentum.base.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

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
    // the current record, reused: every field's chars are copied into one growing buffer, so no field becomes a
    // String unless a caller asks (a char array rather than a StringBuilder, which once it has held a non-Latin-1
    // character — an en dash in a header — stays two bytes wide and makes every later field slower)
    private final CsvFields record = new CsvFields();

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
        CsvFields fields = nextFields();
        return fields == null ? null : fields.toRecord();
    }

    /** The next record that is not blank (an unterminated one is returned as is), or null at the end. */
    public CsvRecord nextNonBlank() {
        CsvFields fields = nextNonBlankFields();
        return fields == null ? null : fields.toRecord();
    }

    /**
     * The next record as char ranges, or null at the end of the text. The returned object is the same each time
     * and valid until the next call: the cheap way through a large file when most fields need no string.
     */
    public CsvFields nextFields() {
        if (!fill()) {
            return null;
        }
        CsvFields fields = record;
        fields.clear(line);
        int fieldStart = 0;
        boolean quoted = false;
        while (fill()) {
            char c = buffer[pos];
            if (c == '"' && !quoted && blankFrom(fieldStart)) {
                fields.length = fieldStart; // whitespace before an opening quote is dropped
                quoted = true;
                pos++;
                if (!readQuoted()) {
                    fields.endField(fieldStart);
                    fields.unterminatedField = fields.count - 1;
                    return fields;
                }
            } else if (c == '\r' || c == '\n') {
                pos++;
                if (c == '\r' && fill() && buffer[pos] == '\n') {
                    pos++;
                }
                line++;
                break;
            } else {
                // a run of ordinary characters and delimiters, copied at once with the delimiters: the ranges mark
                // the fields, so a row of unquoted fields costs one copy, not one per field. The run's first char
                // is taken whatever it is (a quote here is literal: it does not open a field).
                int start = pos;
                int end = limit;
                char[] in = buffer;
                int offset = fields.length - start; // a buffer index plus offset is its index in the record
                while (true) {
                    char ch = in[pos];
                    if (ch == delimiter) {
                        fields.endField(fieldStart, offset + pos);
                        fieldStart = offset + pos + 1;
                        quoted = false;
                    } else if ((ch == '"' || ch == '\r' || ch == '\n') && pos > start) {
                        break;
                    }
                    if (++pos == end) {
                        break;
                    }
                }
                fields.append(in, start, pos - start);
            }
        }
        fields.endField(fieldStart);
        return fields;
    }

    /** As {@link #nextNonBlank()}, as char ranges (see {@link #nextFields()}). */
    public CsvFields nextNonBlankFields() {
        CsvFields fields = nextFields();
        while (fields != null && !fields.unterminated() && fields.blank()) {
            fields = nextFields();
        }
        return fields;
    }

    /** A quoted field's content after its opening quote, through the closing quote; false if there is none. */
    private boolean readQuoted() {
        while (fill()) {
            char c = buffer[pos++];
            if (c == '"') {
                if (fill() && buffer[pos] == '"') {
                    record.append(buffer, pos, 1); // the second of the two quotes
                    pos++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && fill() && buffer[pos] == '\n') {
                    pos++;
                }
                line++;
                record.append('\n');
            } else {
                int start = pos - 1;
                while (pos < limit && buffer[pos] != '"' && buffer[pos] != '\r' && buffer[pos] != '\n') {
                    pos++;
                }
                record.append(buffer, start, pos - start);
            }
        }
        return false;
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

    /** True when the current field so far ({@code record.chars[from .. length)}) is empty or whitespace. */
    private boolean blankFrom(int from) {
        char[] chars = record.chars;
        for (int i = from; i < record.length; i++) {
            if (!CsvFields.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }
}
