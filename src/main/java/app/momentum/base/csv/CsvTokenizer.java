package app.momentum.base.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
    private final StringBuilder field = new StringBuilder();

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
        field.setLength(0);
        boolean quoted = false;
        while (fill()) {
            char c = buffer[pos];
            if (c == '"' && !quoted && isBlank(field)) {
                field.setLength(0);
                quoted = true;
                pos++;
                if (!readQuoted()) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields, fields.size() - 1);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
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
                field.append(buffer, start, pos - start);
            }
        }
        fields.add(field.toString());
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
                    field.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && fill() && buffer[pos] == '\n') {
                    pos++;
                }
                line++;
                field.append('\n');
            } else {
                int start = pos - 1;
                while (pos < limit && buffer[pos] != '"' && buffer[pos] != '\r' && buffer[pos] != '\n') {
                    pos++;
                }
                field.append(buffer, start, pos - start);
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

    private static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
