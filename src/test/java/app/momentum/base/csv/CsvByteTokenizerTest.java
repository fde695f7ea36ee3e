package app.momentum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer decoding bytes itself (ASCII chunks widened at once and split eight bytes at a time, other chunks
 * decoded) gives exactly the records of the tokenizer reading the same text through an {@link InputStreamReader}:
 * for texts that put every special case at every position of an eight-byte word and at every chunk boundary.
 */
class CsvByteTokenizerTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Records with their lines, fields and unterminated field, as comparable text. */
    private static List<String> records(CsvTokenizer tokenizer) {
        List<String> records = new ArrayList<>();
        for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
            records.add(r.line() + " " + r.fields() + " " + r.unterminatedField());
        }
        return records;
    }

    private static List<String> throughReader(byte[] bytes, Charset charset, char delimiter) {
        return records(new CsvTokenizer(new InputStreamReader(new ByteArrayInputStream(bytes), charset), delimiter,
                64 * 1024));
    }

    private static List<String> fromBytes(byte[] bytes, Charset charset, char delimiter, int chunk) {
        return records(new CsvTokenizer(new ByteArrayInputStream(bytes), charset, delimiter, chunk));
    }

    private static void sameAsThroughReader(String text, Charset charset, char delimiter) {
        byte[] bytes = text.getBytes(charset);
        List<String> expected = throughReader(bytes, charset, delimiter);
        for (int chunk = 4; chunk <= 41; chunk++) {
            assertThat(fromBytes(bytes, charset, delimiter, chunk)).as("chunks of %d bytes: %s", chunk, text)
                    .isEqualTo(expected);
        }
        assertThat(fromBytes(bytes, charset, delimiter, 64 * 1024)).as("one chunk: %s", text).isEqualTo(expected);
    }

    @Test
    void quotesLineBreaksAndDelimitersAnywhereInAWordGiveTheSameRecords() {
        String text = "id;comment;nps\r\n"
                + "r1;\"two\r\nlines \"\"quoted\"\"\";9\r\n"
                + "\r\n"
                + "r2;\"cr\rand lf\n\";  8  \r\n"
                + "r3;\"\"\"\";7\n"
                + "r4;plain;\"10\"\n"
                + ";;;;;;;;;;;;;;;;;\n"
                + "a;b\"c;\"d\"e;  \"f\";g\r"
                + "r5;x;y";
        for (int shift = 0; shift < 8; shift++) { // every special char at every byte of a word
            sameAsThroughReader("x".repeat(shift) + text, StandardCharsets.UTF_8, ';');
        }
        sameAsThroughReader(text.replace(';', ','), StandardCharsets.UTF_8, ',');
        sameAsThroughReader(text.replace(';', '\t'), StandardCharsets.UTF_8, '\t');
    }

    @Test
    void nonAsciiTextBetweenAsciiChunksIsDecodedAsAReaderWould() {
        // characters of two, three and four bytes (an emoji: a surrogate pair) cut by chunk ends, an em space before
        // an opening quote (whitespace that is not ASCII), a byte that is no UTF-8, and an unterminated quote at the end
        String text = "Klant;Regio – stad;Oordeel\n"
                + "één;Zuid–Holland;9\n"
                + "twee;\u2003\"Noord;Brabant\";7 😀 ok\n"
                + "drie;plain;10\n".repeat(6)
                + "vier;café;\"é\"\"\n\"\n"
                + "vijf;\"open";
        sameAsThroughReader(text, StandardCharsets.UTF_8, ';');
        sameAsThroughReader(text.replace("😀", "").replace("\u2003", " ").replace("–", "-"), WINDOWS_1252, ';');

        byte[] bad = {'a', ';', (byte) 0xC3, ';', 'b', '\n', (byte) 0xE2, (byte) 0x82}; // cut and malformed sequences
        List<String> expected = throughReader(bad, StandardCharsets.UTF_8, ';');
        assertThat(expected).containsExactly("1 [a, \uFFFD, b] -1", "2 [\uFFFD] -1");
        for (int chunk = 4; chunk <= 9; chunk++) {
            assertThat(fromBytes(bad, StandardCharsets.UTF_8, ';', chunk)).isEqualTo(expected);
        }
    }

    @Test
    void randomRowsOfShortFieldsGiveTheSameRecords() {
        Random random = new Random(11);
        String[] pieces = {"", "", "7", "10", "1", "x", "ab", "\"q\"", "\"a;b\"", "\"l\nm\"", " ", "é", "\"\"\"\"", "a\"b"};
        for (int text = 0; text < 40; text++) {
            StringBuilder csv = new StringBuilder();
            for (int row = 0; row < 1 + random.nextInt(12); row++) {
                int fields = 1 + random.nextInt(40);
                for (int field = 0; field < fields; field++) {
                    csv.append(field == 0 ? "" : ";").append(pieces[random.nextInt(pieces.length)]);
                }
                csv.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            sameAsThroughReader(csv.toString(), StandardCharsets.UTF_8, ';');
        }
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheStreamIsReadToItsEnd() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(bom),
                new ByteArrayInputStream("id;n\nr1;9\n".getBytes(StandardCharsets.UTF_8)));
        CsvTokenizer tokenizer = new CsvTokenizer(in,
                new CsvText.Encoding(StandardCharsets.UTF_8, 3, false), ';');
        assertThat(records(tokenizer)).containsExactly("1 [id, n] -1", "2 [r1, 9] -1");
    }

    /** A tokenizer that takes the bytes to be UTF-8 and checks them as they come (see CsvTokenizer#assumingUtf8). */
    private static List<String> checked(byte[] bytes, boolean strict, int chunk) {
        return records(new CsvTokenizer(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ';', chunk, strict,
                true));
    }

    @Test
    void assumingUtf8ValidTextGivesTheSameRecords() {
        String text = "Klant;Regio – stad\nééé;Zuid–Holland 😀\n" + "r;plain\n".repeat(5) + "x;\"q;\"\"\"\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> expected = throughReader(bytes, StandardCharsets.UTF_8, ';');
        for (int chunk = 4; chunk <= 41; chunk++) {
            assertThat(checked(bytes, true, chunk)).as("chunks of %d bytes", chunk).isEqualTo(expected);
        }
        assertThat(records(CsvTokenizer.assumingUtf8(new ByteArrayInputStream(bytes), 0, ';'))).isEqualTo(expected);
    }

    @Test
    void assumingUtf8ANulOrAByteThatIsNoUtf8StopsTheReadingWhereverItIs() {
        String rows = "id;n\n" + "r;9\n".repeat(20);
        for (int chunk = 4; chunk <= 41; chunk++) {
            int size = chunk;
            byte[] windows1252 = (rows + "café;8\n").getBytes(WINDOWS_1252); // é: 0xE9, no UTF-8 sequence
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checked(windows1252, true, size))
                    .as("chunks of %d bytes", chunk).isInstanceOf(CsvTokenizer.NotUtf8.class);
            byte[] nul = (rows + "r\u0000;8\n").getBytes(StandardCharsets.UTF_8); // in an ASCII chunk
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checked(nul, true, size))
                    .isInstanceOf(CsvTokenizer.NotUtf8.class);
            byte[] nulBesideNonAscii = (rows + "é\u0000;8\n").getBytes(StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checked(nulBesideNonAscii, true, size))
                    .isInstanceOf(CsvTokenizer.NotUtf8.class);
            byte[] cut = java.util.Arrays.copyOf((rows + "é").getBytes(StandardCharsets.UTF_8), rows.length() + 1);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checked(cut, true, size)) // half of é at the end
                    .isInstanceOf(CsvTokenizer.NotUtf8.class);
        }
    }

    @Test
    void assumingUtf8AfterAByteOrderMarkBadBytesAreReplacedButANulStillStops() {
        byte[] bad = {'a', ';', (byte) 0xE9, '\n'}; // UTF-8 by declaration: the bad byte becomes U+FFFD, as before
        assertThat(checked(bad, false, 64)).containsExactly("1 [a, \uFFFD] -1");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ';', (byte) 0xE9, '\n'};
        assertThat(records(CsvTokenizer.assumingUtf8(new ByteArrayInputStream(bom), 3, ';')))
                .containsExactly("1 [a, \uFFFD] -1");
        byte[] nul = {'a', ';', 0, '\n'};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checked(nul, false, 64))
                .isInstanceOf(CsvTokenizer.NotUtf8.class);
    }
}
