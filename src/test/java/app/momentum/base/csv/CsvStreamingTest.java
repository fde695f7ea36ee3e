package app.momentum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming side of base.csv: buffer boundaries anywhere, encoding found in one pass over chunks. */
class CsvStreamingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static List<CsvRecord> all(Reader reader, char delimiter, int bufferChars) {
        CsvTokenizer tokenizer = new CsvTokenizer(reader, delimiter, bufferChars);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = tokenizer.next(); r != null; r = tokenizer.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void everyBufferSizeGivesTheSameRecordsAndLines() {
        // quoted line breaks (CRLF, LF, CR), doubled quotes, CRLF row ends and a blank line: with buffers of 1 to 40
        // chars every one of them is cut by a buffer boundary somewhere
        String text = "id;comment;nps\r\n"
                + "r1;\"two\r\nlines \"\"quoted\"\"\";9\r\n"
                + "\r\n"
                + "r2;\"cr\rand lf\n\";  8  \r\n"
                + "r3;\"\"\"\";7\n"
                + "r4;plain;\"10\"";
        List<CsvRecord> expected = all(new StringReader(text), ';', 64 * 1024);
        assertThat(expected).extracting(CsvRecord::line).containsExactly(1, 2, 4, 5, 8, 9); // 4 is the blank line; r2 spans 5–7
        assertThat(expected.get(1).fields()).containsExactly("r1", "two\nlines \"quoted\"", "9");
        assertThat(expected.get(3).fields()).containsExactly("r2", "cr\nand lf\n", "  8  ");
        assertThat(expected.get(4).fields()).containsExactly("r3", "\"", "7");
        assertThat(expected.get(5).fields()).containsExactly("r4", "plain", "10");

        for (int size = 1; size <= 40; size++) {
            assertThat(all(new StringReader(text), ';', size)).as("buffer of %d chars", size)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(expected);
        }
    }

    @Test
    void longRowsOfShortFieldsKeepEveryFieldWhateverTheBufferSize() {
        // rows of 70–140 fields (past the record's first and second growth, at 32 and 64), of 0–2 chars, some quoted
        // (one ending exactly at a growth), a literal quote inside a field, text after a closing quote; each row
        // against the fields it was made of
        java.util.Random random = new java.util.Random(5);
        StringBuilder text = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            List<String> fields = new ArrayList<>();
            int count = 70 + random.nextInt(71);
            for (int f = 0; f < count; f++) {
                String field = switch (random.nextInt(8)) {
                    case 0 -> "";
                    case 1 -> "10";
                    case 2 -> "a\"b";
                    default -> String.valueOf(1 + random.nextInt(9));
                };
                boolean quote = f == 31 || f == 63 || random.nextInt(10) == 0;
                text.append(f > 0 ? "," : "").append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
                if (quote && random.nextInt(3) == 0) {
                    text.append("x"); // appended to the quoted field
                    field += "x";
                }
                fields.add(field);
            }
            text.append(r % 2 == 0 ? "\r\n" : "\n");
            rows.add(fields);
        }
        for (int size : new int[] {1, 2, 3, 7, 64, 1000, 64 * 1024}) {
            List<CsvRecord> records = all(new StringReader(text.toString()), ',', size);
            assertThat(records).as("buffer of %d chars", size).hasSize(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                assertThat(records.get(r).fields()).as("row %d, buffer of %d", r, size).isEqualTo(rows.get(r));
            }
        }
    }

    @Test
    void aCrlfSplitByTheBufferCountsAsOneLineBreak() {
        // with a buffer of 3, "a,b\r" fills it and the "\n" comes with the next fill
        List<CsvRecord> records = all(new StringReader("a,b\r\nc,d\r\ne,f"), ',', 4);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
    }

    @Test
    void anUnterminatedQuoteAtTheEndOfTheStreamIsReported() {
        List<CsvRecord> records = all(new StringReader("a,b\n1,\"open\n2,3\n"), ',', 2);
        assertThat(records.get(1).unterminated()).isTrue();
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsSkipped() throws IOException {
        byte[] text = "id,naam\nr1,Één\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        CsvText.Encoding encoding = CsvText.detectEncoding(new ByteArrayInputStream(bytes));

        assertThat(encoding).isEqualTo(new CsvText.Encoding(StandardCharsets.UTF_8, 3, false));
        try (Reader reader = CsvText.reader(new ByteArrayInputStream(bytes), encoding)) {
            assertThat(all(reader, ',', 5).get(1).fields()).containsExactly("r1", "Één");
        }
    }

    @Test
    void aLateNonUtf8ByteMeansWindows1252() throws IOException {
        // 300 KB of ASCII, then one Windows-1252 "é": far beyond the first chunk the encoding pass reads
        String ascii = "id;naam\n" + "r;abcdefghij\n".repeat(300_000 / 13);
        byte[] bytes = (ascii + "x;café\n").getBytes(WINDOWS_1252);

        CsvText.Encoding encoding = CsvText.detectEncoding(new ByteArrayInputStream(bytes));

        assertThat(encoding.charset()).isEqualTo(WINDOWS_1252);
        assertThat(encoding.bomLength()).isZero();
        assertThat(CsvText.decode(bytes)).endsWith("x;café\n");
    }

    @Test
    void utf8CharactersCutByAChunkBoundaryStayUtf8() throws IOException {
        // "é" is two bytes in UTF-8; shifting the text by one byte at a time puts one across the 64 KiB boundary
        for (int shift = 0; shift < 4; shift++) {
            String text = "x".repeat(64 * 1024 - 2 + shift) + "éé€\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            CsvText.Encoding encoding = CsvText.detectEncoding(new ByteArrayInputStream(bytes));
            assertThat(encoding.charset()).as("shift %d", shift).isEqualTo(StandardCharsets.UTF_8);
        }
        // a UTF-8 sequence cut off by the end of the file is not UTF-8
        byte[] truncated = {'a', (byte) 0xC3};
        assertThat(CsvText.detectEncoding(new ByteArrayInputStream(truncated)).charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void nulBytesAreNotedAnywhere() throws IOException {
        byte[] late = ("a,b\n" + "1,2\n".repeat(50_000) + "\0").getBytes(StandardCharsets.US_ASCII);
        assertThat(CsvText.detectEncoding(new ByteArrayInputStream(late)).containsNul()).isTrue();
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};
        assertThat(CsvText.detectEncoding(new ByteArrayInputStream(zip)).containsNul()).isTrue();
        assertThat(CsvText.detectEncoding(new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.US_ASCII)))
                .containsNul()).isFalse();
    }

    @Test
    void aNulIsFoundInEveryPositionOfAWordAndAmongBytesThatLookLikeIt() {
        // eight bytes are tested at once: a NUL at each offset, in the tail after the last whole word, and bytes
        // that the word test must not take for a NUL (0x80, 0x01, 0xFF, next to each other)
        byte[] lookalikes = {(byte) 0x80, 0x01, (byte) 0xFF, 0x01, (byte) 0x80, 0x7F, 0x01, 0x01, (byte) 0x81, 0x01};
        assertThat(CsvText.hasNul(lookalikes, 0, lookalikes.length)).isFalse();
        for (int length = 1; length <= 19; length++) {
            for (int at = 0; at < length; at++) {
                byte[] bytes = new byte[length + 2];
                java.util.Arrays.fill(bytes, (byte) 0x80);
                bytes[1 + at] = 0;
                assertThat(CsvText.hasNul(bytes, 1, length)).as("NUL at %d of %d", at, length).isTrue();
                bytes[1 + at] = 0x01;
                bytes[0] = 0; // outside the range
                bytes[length + 1] = 0;
                assertThat(CsvText.hasNul(bytes, 1, length)).as("none in %d", length).isFalse();
            }
        }
    }

    @Test
    void asciiWithoutNulIsToldApartFromANulOrAHighByteAtEveryPosition() {
        for (int length = 0; length <= 19; length++) {
            byte[] bytes = new byte[length + 2];
            java.util.Arrays.fill(bytes, (byte) 0x7F);
            bytes[0] = 0; // outside the range: not looked at
            bytes[length + 1] = (byte) 0x80;
            assertThat(CsvText.isAsciiWithoutNul(bytes, 1, length)).as("plain, %d bytes", length).isTrue();
            for (int at = 0; at < length; at++) {
                for (int bad : new int[] {0, 0x80, 0xFF, 0xC3}) {
                    bytes[1 + at] = (byte) bad;
                    assertThat(CsvText.isAsciiWithoutNul(bytes, 1, length)).as("%x at %d of %d", bad, at, length)
                            .isFalse();
                }
                bytes[1 + at] = 0x01; // the smallest byte that is not NUL
                assertThat(CsvText.isAsciiWithoutNul(bytes, 1, length)).isTrue();
            }
        }
    }

    @Test
    void theDelimiterComesFromTheFirstNonBlankLineOfAStream() {
        String line = CsvText.firstNonBlankLine(new StringReader("\r\n  \n\tid;Hello, welcome;nps\r\nr1;x;9\n"));
        assertThat(line).isEqualTo("\tid;Hello, welcome;nps");
        assertThat(CsvText.delimiterOf(line, name -> !name.isBlank())).isEqualTo(';');
        assertThat(CsvText.firstNonBlankLine(new StringReader(" \r\n\t\n"))).isNull();
    }
}
