package app.momentum.base.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits text into records (RFC 4180, lenient), counting physical lines so errors can name the line a user sees
 * in an editor. Quoted fields may hold delimiters, doubled quotes and line breaks (CRLF, LF or CR; read as LF);
 * rows end at CRLF, LF or CR. Lenient where a spreadsheet may be sloppy: a quote inside an unquoted field is
 * taken literally, text after a closing quote is appended.
 *
 * <p>Streams: it reads its {@link Reader} through a fixed buffer, so only the current record is held, however
 * large the file. A record, a quoted field, a doubled quote or a CRLF may straddle two buffer fills. The reader is
 * not closed here; whoever opened it closes it. Read errors surface as {@link UncheckedIOException}.
 *
 * <p>From bytes ({@link #CsvTokenizer(InputStream, CsvText.Encoding, char)}) it decodes them itself, a chunk at a
 * time. A chunk of ASCII bytes only, nearly every chunk of a survey export, is widened to chars in one step, and the
 * fields of its rows are found eight bytes at a time (see {@link #asciiRun}); any other chunk is decoded as an
 * {@link java.io.InputStreamReader} would and read char by char. The records are the same either way.
 */
public final class CsvTokenizer {

    private static final int BUFFER_CHARS = 64 * 1024;

    /** Eight bytes of an array at once, lowest address in the lowest bits (so the first match is the lowest). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    /** Bytes read ahead of the ones in use: the word test may read up to eight bytes past a chunk's last. */
    private static final int WORD = 8;

    /** The text, when given as chars; null when the tokenizer decodes bytes itself. */
    private final Reader reader;
    private final char delimiter;
    private final char[] buffer;
    private int pos;
    private int limit;
    // --- only when reading bytes ---
    private final InputStream in;
    private final CharsetDecoder decoder;
    /** Widens an ASCII chunk byte for char (Latin-1 is ASCII's superset): an intrinsic loop, no garbage per chunk. */
    private final CharsetDecoder widener;
    private final byte[] bytes;
    /** Bytes of a character cut by the end of the last chunk, kept at the start of {@link #bytes}. */
    private int leftover;
    private boolean endOfInput;
    /**
     * Whether the bytes are only assumed to be text in their charset, and checked as they come (see
     * {@link #assumingUtf8}): then a NUL byte or a sequence the decoder cannot read throws {@link NotUtf8}.
     */
    private final boolean checking;
    /** Whether the chunk in {@link #buffer} was all ASCII: then {@code bytes[i]} is {@code buffer[i]}. */
    private boolean asciiChunk;
    private final long delimiters; // the delimiter in every byte of a word, for the word test
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
        in = null;
        decoder = null;
        widener = null;
        bytes = null;
        delimiters = 0;
        checking = false;
    }

    /**
     * Tokenizes a stream of bytes in an encoding found by {@link CsvText#detectEncoding}, after its byte order mark.
     * Bytes that do not decode become U+FFFD, as with {@link CsvText#reader}. The stream is not closed here.
     */
    public CsvTokenizer(InputStream in, CsvText.Encoding encoding, char delimiter) {
        this(skip(in, encoding.bomLength()), encoding.charset(), delimiter, BUFFER_CHARS);
    }

    /**
     * Tokenizes bytes taken to be UTF-8 text without NUL bytes, after a byte order mark of {@code bomLength} bytes
     * (0 or 3) — what {@link CsvText#detectEncoding} would find for nearly every export — without that pass over the
     * whole file: each chunk is checked as it is decoded instead. At the first NUL byte, or (without a byte order
     * mark, which declares UTF-8 whatever follows) the first bytes that are not UTF-8, it throws {@link NotUtf8}; the
     * records read before may then have been decoded wrongly, and the caller reads the file again after detecting
     * its encoding. A tokenizer that reaches the end without throwing has read exactly what the detected encoding
     * would have given. The stream is not closed here.
     */
    public static CsvTokenizer assumingUtf8(InputStream in, int bomLength, char delimiter) {
        return new CsvTokenizer(skip(in, bomLength), StandardCharsets.UTF_8, delimiter, BUFFER_CHARS, bomLength == 0,
                true);
    }

    /** The bytes are not what {@link #assumingUtf8} took them to be: start again with the detected encoding. */
    public static final class NotUtf8 extends RuntimeException {
        NotUtf8() {
            super("not UTF-8 text without NUL bytes", null, false, false); // expected, and caught: no stack trace
        }
    }

    /** With a chosen chunk size (at least 4 bytes, a UTF-8 character's most), so tests can put chunk ends anywhere. */
    CsvTokenizer(InputStream in, Charset charset, char delimiter, int chunkBytes) {
        this(in, charset, delimiter, chunkBytes, false, false);
    }

    /**
     * @param strict   whether bytes the charset cannot decode throw {@link NotUtf8} rather than becoming U+FFFD
     * @param checking whether a NUL byte throws {@link NotUtf8}; also what {@link #checking} says
     */
    CsvTokenizer(InputStream in, Charset charset, char delimiter, int chunkBytes, boolean strict, boolean checking) {
        if (chunkBytes < 4 || delimiter >= 0x80) {
            throw new IllegalArgumentException("chunks of at least 4 bytes and an ASCII delimiter");
        }
        this.reader = null;
        this.in = in;
        this.delimiter = delimiter;
        this.buffer = new char[chunkBytes]; // never more chars than bytes, in UTF-8 as in a single-byte charset
        this.bytes = new byte[chunkBytes + WORD];
        CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        this.decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        this.widener = StandardCharsets.ISO_8859_1.newDecoder();
        this.delimiters = LOW_BITS * delimiter;
        this.checking = checking;
    }

    private static InputStream skip(InputStream in, int bytes) {
        try {
            in.skipNBytes(bytes);
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            } else if (asciiChunk) {
                int start = pos;
                fieldStart = asciiRun(fields, fieldStart);
                if (fieldStart < 0) { // a delimiter ended a field in the run
                    fieldStart = -fieldStart - 1;
                    quoted = false;
                }
                fields.append(buffer, start, pos - start);
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

    /**
     * The run loop of {@link #nextFields()} for an ASCII chunk, eight bytes per step: from {@code pos}, whose char
     * is taken whatever it is, to the next quote, line break or the chunk's end, ending a field at each delimiter.
     * Leaves {@code pos} there and returns where the current field starts in the record — as {@code -start - 1}
     * when a delimiter was passed (the caller then resets its quote state), the record's ranges being the chunk's
     * indices plus {@code fields.length - start of the run}, as in the char loop.
     */
    private int asciiRun(CsvFields fields, int fieldStart) {
        int start = pos;
        int end = limit;
        int offset = fields.length - start;
        byte[] in = bytes;
        boolean passed = false;
        if (buffer[pos] == delimiter) { // the first char, whatever it is: only a delimiter matters
            fields.endField(fieldStart, offset + pos);
            fieldStart = offset + pos + 1;
            passed = true;
        }
        pos++;
        // Per word, a byte's high bit set exactly where it equals the delimiter, and where it is a quote or line
        // break: x ^ pattern has a zero byte where x matches, and ((z & 0x7F..) + 0x7F..) | z has the high bit
        // clear exactly in z's zero bytes (no carry crosses a byte, unlike the shorter test with subtraction).
        // Bytes past the chunk's end are read but masked off.
        while (pos < end) {
            long word = (long) LONGS.get(in, pos);
            long found = zeroBytes(word ^ delimiters);
            long stops = zeroBytes(word ^ (LOW_BITS * '"')) | zeroBytes(word ^ (LOW_BITS * '\r'))
                    | zeroBytes(word ^ (LOW_BITS * '\n'));
            int available = end - pos;
            if (available < WORD) {
                long inChunk = (1L << (available * 8)) - 1;
                found &= inChunk;
                stops &= inChunk;
            }
            int step = available < WORD ? available : WORD;
            if (stops != 0) {
                step = Long.numberOfTrailingZeros(stops) >>> 3;
                found &= (1L << (step * 8)) - 1; // only the delimiters before the stop (none when it is first)
            }
            while (found != 0) {
                int at = offset + pos + (Long.numberOfTrailingZeros(found) >>> 3);
                fields.endField(fieldStart, at);
                fieldStart = at + 1;
                passed = true;
                found &= found - 1;
            }
            pos += step;
            if (stops != 0) {
                break;
            }
        }
        return passed ? -fieldStart - 1 : fieldStart;
    }

    /** The high bit of each byte of {@code word} that is zero; every other bit clear. */
    private static long zeroBytes(long word) {
        return ~(((word & SEVEN_BITS) + SEVEN_BITS) | word | SEVEN_BITS);
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
        if (reader == null) {
            return fillFromBytes();
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

    /**
     * The next chunk of bytes into {@link #buffer}: widened at once when all ASCII, else decoded, a character cut by
     * the chunk's end kept for the next one. False at the end of the input.
     */
    private boolean fillFromBytes() {
        try {
            while (true) {
                pos = 0;
                limit = 0;
                asciiChunk = false;
                if (endOfInput) {
                    return false;
                }
                int wanted = buffer.length - leftover;
                int read = in.readNBytes(bytes, leftover, wanted);
                endOfInput = read < wanted;
                int length = leftover + read;
                if (leftover == 0 && length > 0 && (checking ? CsvText.isAsciiWithoutNul(bytes, 0, length)
                        : CsvText.isAscii(bytes, 0, length))) {
                    widener.reset();
                    widener.decode(ByteBuffer.wrap(bytes, 0, length), CharBuffer.wrap(buffer), true);
                    limit = length;
                    asciiChunk = true;
                    return true;
                }
                if (checking && CsvText.hasNul(bytes, 0, length)) {
                    throw new NotUtf8();
                }
                ByteBuffer input = ByteBuffer.wrap(bytes, 0, length);
                CharBuffer output = CharBuffer.wrap(buffer);
                if (decoder.decode(input, output, endOfInput).isError()) { // only a strict decoder reports errors
                    throw new NotUtf8();
                }
                if (endOfInput) {
                    decoder.flush(output);
                }
                leftover = input.remaining();
                System.arraycopy(bytes, input.position(), bytes, 0, leftover);
                limit = output.position();
                if (limit > 0) {
                    return true;
                }
            }
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
