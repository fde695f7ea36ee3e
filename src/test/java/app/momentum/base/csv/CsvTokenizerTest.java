package app.momentum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    private static List<CsvRecord> all(String text, char delimiter) {
        CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = tokenizer.nextNonBlank(); r != null; r = tokenizer.nextNonBlank()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndLinesAreCounted() {
        List<CsvRecord> records = all("id;comment\r\n1;\"a;b \"\"x\"\"\r\nnext\"\n\n;;\n2;plain\n", ';');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 6);
        assertThat(records.get(1).fields()).containsExactly("1", "a;b \"x\"\nnext");
        assertThat(records.get(2).fields()).containsExactly("2", "plain");
    }

    @Test
    void anUnterminatedQuoteIsReportedWithItsField() {
        List<CsvRecord> records = all("a,b\n1,\"open\n2,3\n", ',');

        assertThat(records.get(1).unterminated()).isTrue();
        assertThat(records.get(1).unterminatedField()).isEqualTo(1);
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void decodesUtf8WithAndWithoutBomAndFallsBackToWindows1252() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertThat(CsvText.decode(bom)).isEqualTo("x");
        assertThat(CsvText.decode("Één café".getBytes(StandardCharsets.UTF_8))).isEqualTo("Één café");
        assertThat(CsvText.decode("Één café €".getBytes(Charset.forName("windows-1252")))).isEqualTo("Één café €");
    }

    @Test
    void theDelimiterThatFindsMoreKnownHeadersWinsThenTheMoreFrequentOne() {
        // "Hello, welcome" is one known header: splitting on commas would break it
        assertThat(CsvText.detectDelimiter("id;Hello, welcome", "Hello, welcome"::equals)).isEqualTo(';');
        assertThat(CsvText.detectDelimiter("\n\nid;a;b", name -> false)).isEqualTo(';');
        assertThat(CsvText.detectDelimiter("id,a;b", name -> false)).isEqualTo(',');
        assertThat(CsvText.detectDelimiter("", name -> true)).isEqualTo(',');
        assertThat(CsvText.detectDelimiter("id\tnps\tRegio", name -> true)).isEqualTo('\t');
        assertThat(CsvText.detectDelimiter("id\tnps,Regio", name -> true)).isEqualTo(',');
    }
}
