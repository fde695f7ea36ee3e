package app.momentum.base.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an uploaded CSV file into text and finds its delimiter, either from bytes in memory or, for
 * large files, streaming ({@link #detectEncoding}, {@link #reader}, {@link #firstNonBlankLine}).
 */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK_BYTES = 64 * 1024;

    private CsvText() {
    }

    /**
     * UTF-8, with or without byte order mark; bytes that are not valid UTF-8 (and have no byte order mark) are read
     * as Windows-1252, which Excel writes for "CSV" on Dutch and other western Windows installations.
     */
    public static String decode(byte[] file) {
        return decodeWithCharset(file).text();
    }

    /** The file's text and the charset it was read as (see {@link #decode}). */
    public static Decoded decodeWithCharset(byte[] file) {
        Encoding encoding;
        try {
            encoding = detectEncoding(new ByteArrayInputStream(file));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        int bom = encoding.bomLength();
        return new Decoded(new String(file, bom, file.length - bom, encoding.charset()), encoding.charset());
    }

    /** Decoded text and the charset it was read as. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * How a file's bytes are to be read, found without holding the file (see {@link #detectEncoding}).
     *
     * @param charset     UTF-8 or Windows-1252
     * @param bomLength   bytes of UTF-8 byte order mark to skip (0 or 3)
     * @param containsNul whether a NUL byte occurs: never in a text CSV, always in XLSX or UTF-16 files
     */
    public record Encoding(Charset charset, int bomLength, boolean containsNul) {
    }

    /**
     * Reads the whole stream once, in chunks, to decide how to decode it: a UTF-8 byte order mark means UTF-8;
     * otherwise the bytes are checked to be valid UTF-8 (a strict decoder over the chunks, so memory stays at one
     * chunk however large the file), and if they are not, Windows-1252. The first non-ASCII byte may come late in
     * a file, hence the whole pass. NUL bytes are noted on the way. The stream is read to its end, not closed.
     */
    public static Encoding detectEncoding(InputStream in) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK_BYTES);
        int head = in.readNBytes(bytes.array(), 0, 3);
        boolean bom = bomLength(Arrays.copyOf(bytes.array(), head)) > 0;
        boolean nul = !bom && hasNul(bytes.array(), 0, head);
        bytes.position(bom ? 0 : head);
        // with a BOM the bytes are UTF-8 by declaration; only NULs are still looked for
        boolean utf8 = true;
        boolean checkUtf8 = !bom;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // UTF-8 never gives more chars than bytes, so the output never overflows
        CharBuffer chars = CharBuffer.allocate(CHUNK_BYTES);
        while (true) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            boolean end = read < 0;
            if (read > 0) {
                nul |= hasNul(bytes.array(), bytes.position(), read);
                bytes.position(bytes.position() + read);
            }
            if (checkUtf8) {
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    utf8 = false;
                    checkUtf8 = false;
                }
                chars.clear();
                bytes.compact(); // keeps a sequence cut by the chunk end for the next round
            } else {
                bytes.clear();
            }
            if (end) {
                break;
            }
        }
        return new Encoding(bom || utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, bom ? 3 : 0, nul);
    }

    /** 3 when {@code head}, a file's first bytes (at least three of them when there are), is UTF-8's byte order mark. */
    public static int bomLength(byte[] head) {
        boolean bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        return bom ? 3 : 0;
    }

    /** The stream as text in the given encoding, after its byte order mark; closing the reader closes the stream. */
    public static Reader reader(InputStream in, Encoding encoding) throws IOException {
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(in, encoding.charset());
    }

    /** Eight bytes of an array at once, in the machine's order (for {@link #hasNul} the order does not matter). */
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    /** Whether {@code bytes[from .. from + length)} are all below 0x80, eight at a time. */
    static boolean isAscii(byte[] bytes, int from, int length) {
        int end = from + length;
        int i = from;
        long any = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            any |= (long) LONGS.get(bytes, i);
        }
        for (; i < end; i++) {
            any |= bytes[i];
        }
        return (any & HIGH_BITS) == 0;
    }

    /**
     * Whether {@code bytes[from .. from + length)} are all below 0x80 and none is NUL, in one pass. Adding 0x7F to
     * a byte below 0x80 sets its high bit exactly when it is not 0, with no carry into the next byte; a word with a
     * byte of 0x80 or more may carry, but fails the ASCII test anyway. Cheaper than the test of {@link #hasNul}.
     */
    static boolean isAsciiWithoutNul(byte[] bytes, int from, int length) {
        int end = from + length;
        int i = from;
        long any = 0;
        long nonZero = -1;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            any |= word;
            nonZero &= word + SEVEN_BITS;
        }
        boolean nul = false;
        for (; i < end; i++) {
            any |= bytes[i];
            nul |= bytes[i] == 0;
        }
        return (any & HIGH_BITS) == 0 && (nonZero & HIGH_BITS) == HIGH_BITS && !nul;
    }

    /**
     * Whether a NUL byte occurs in {@code bytes[from .. from + length)}: eight bytes per step (the whole file passes
     * here), with the classic test that a word has a zero byte; any other byte leaves the result false.
     */
    static boolean hasNul(byte[] bytes, int from, int length) {
        int end = from + length;
        int i = from;
        long zeroBytes = 0;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            zeroBytes |= (word - LOW_BITS) & ~word & HIGH_BITS;
        }
        boolean nul = zeroBytes != 0;
        for (; i < end; i++) {
            nul |= bytes[i] == 0;
        }
        return nul;
    }

    /**
     * Comma or semicolon, whichever splits the first non-blank line into more distinct headers the importer
     * recognises ({@code knownHeader}); a tie goes to the one that occurs more often, then to comma. Recognised
     * headers beat plain counts because a header may itself contain a comma ("Hello, welcome"). A line with tabs
     * but neither comma nor semicolon is tab-separated (what a copy from a spreadsheet gives).
     */
    public static char detectDelimiter(String text, Predicate<String> knownHeader) {
        return delimiterOf(firstNonBlankLine(new StringReader(text)), knownHeader);
    }

    /**
     * The delimiter of a header line as {@link #detectDelimiter(String, Predicate)} finds it; comma for
     * {@code null} (no line).
     */
    public static char delimiterOf(String line, Predicate<String> knownHeader) {
        if (line == null) {
            return ',';
        }
        if (count(line, ',') == 0 && count(line, ';') == 0 && count(line, '\t') > 0) {
            return '\t';
        }
        int commaColumns = knownColumns(line, ',', knownHeader);
        int semicolonColumns = knownColumns(line, ';', knownHeader);
        if (commaColumns != semicolonColumns) {
            return semicolonColumns > commaColumns ? ';' : ',';
        }
        return count(line, ';') > count(line, ',') ? ';' : ',';
    }

    /**
     * The first line (ended by CR, LF or CRLF) that is not only whitespace, or {@code null} when there is none: the
     * text is then blank. Reads only as far as that line.
     */
    public static String firstNonBlankLine(Reader text) {
        try {
            BufferedReader lines = new BufferedReader(text);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int knownColumns(String line, char delimiter, Predicate<String> knownHeader) {
        Set<String> known = new HashSet<>();
        for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
            String name = cell.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            if (knownHeader.test(name)) {
                known.add(name.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return known.size();
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
