package app.momentum.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void everyFormulaStartIsNeutralisedAlsoBehindApostrophes() {
        for (String formula : List.of("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvExport.neutralise(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvExport.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvExport.neutralise("'quoted'")).isEqualTo("'quoted'");
        assertThat(CsvExport.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvExport.neutralise("'")).isEqualTo("'");
        assertThat(CsvExport.neutralise("")).isEmpty();
        assertThat(CsvExport.neutralise(null)).isEmpty();
    }

    @Test
    void dutchGetsSemicolonsEnglishCommasBothABomCrlfAndQuotedCells() {
        List<List<String>> rows = List.of(List.of("Name", "Score"), List.of("Bill; \"first\"", "7,5"),
                List.of("line\nbreak", "=cmd"));
        String dutch = new String(CsvExport.write(rows, Locale.of("nl")), StandardCharsets.UTF_8);
        assertThat(dutch).isEqualTo("\uFEFFName;Score\r\n\"Bill; \"\"first\"\"\";7,5\r\n\"line\nbreak\";'=cmd\r\n");
        String english = new String(CsvExport.write(rows, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(english).isEqualTo("\uFEFFName,Score\r\n\"Bill; \"\"first\"\"\",\"7,5\"\r\n\"line\nbreak\",'=cmd\r\n");
        assertThat(Arrays.copyOf(CsvExport.write(List.of(), Locale.ENGLISH), 3))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void aCellIsQuotedAlsoWhenItStartsWithTheDelimiterAQuoteOrALineBreak() {
        // a spreadsheet would otherwise read an empty cell before the leading delimiter, or a new row
        List<List<String>> rows = List.of(List.of(";first", "\"Hi\" she said", "\nafter a break", "a\rb"));
        String dutch = new String(CsvExport.write(rows, Locale.of("nl")), StandardCharsets.UTF_8);
        assertThat(dutch).isEqualTo("\uFEFF\";first\";\"\"\"Hi\"\" she said\";\"\nafter a break\";\"a\rb\"\r\n");
        String english = new String(CsvExport.write(List.of(List.of(",first", "plain")), Locale.ENGLISH),
                StandardCharsets.UTF_8);
        assertThat(english).isEqualTo("\uFEFF\",first\",plain\r\n");
    }
}
