package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyCsvReaderTest {

    private static final long MAX = 1_000_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void readsDutchExcelExport() {
        byte[] bytes = "Respondentnummer;Regio;Aanbevelen\r\nr1;Één;8,0\r\nr2;café;7\r\n".getBytes(WINDOWS_1252);

        SurveyTable table = SurveyCsvReader.read(bytes, MAX);

        assertThat(table.charset()).isEqualTo(WINDOWS_1252);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.headers()).containsExactly("Respondentnummer", "Regio", "Aanbevelen");
        assertThat(table.rows()).containsExactly(List.of("r1", "Één", "8,0"), List.of("r2", "café", "7"));
        assertThat(table.lineNumbers()).containsExactly(2, 3);
    }

    @Test
    void readsUtf8WithBomAndComma() {
        byte[] text = "id,segment,nps\nr1,Één,9\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        SurveyTable table = SurveyCsvReader.read(bytes, MAX);

        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.headers()).containsExactly("id", "segment", "nps"); // no BOM glued to "id"
        assertThat(table.rows()).containsExactly(List.of("r1", "Één", "9"));
    }

    @Test
    void handlesQuotedFieldsAndKeepsFileLineNumbers() {
        String csv = "id,comment,nps\n"
                + "r1,\"Hello, world\",9\n"
                + "\n"
                + "r2,\"two\nlines\",8\n"
                + "r3,  \"she said \"\"hi\"\"\"  ,  7  \n";

        SurveyTable table = SurveyCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), MAX);

        assertThat(table.rows()).containsExactly(
                List.of("r1", "Hello, world", "9"),
                List.of("r2", "two\nlines", "8"),
                List.of("r3", "she said \"hi\"", "7"));
        // blank line 3 is skipped; r3 starts on line 6 because r2's cell spans two lines
        assertThat(table.lineNumbers()).containsExactly(2, 4, 6);
    }

    @Test
    void detectsSemicolonWhenDataContainsDecimalCommas() {
        SurveyTable table = read("id;nps\nr1;7,5\n");

        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows()).containsExactly(List.of("r1", "7,5"));
    }

    @Test
    void detectsTab() {
        SurveyTable table = read("id\tnps\nr1\t7\n");

        assertThat(table.delimiter()).isEqualTo('\t');
        assertThat(table.rows()).containsExactly(List.of("r1", "7"));
    }

    @Test
    void padsShortRowsAndIgnoresTrailingEmptyFieldsAndSeparatorOnlyLines() {
        SurveyTable table = read("id;seg;nps\nr1;a\nr2;b;9;;\n;;\n");

        assertThat(table.rows()).containsExactly(List.of("r1", "a", ""), List.of("r2", "b", "9"));
    }

    @Test
    void rejectsTooLargeFile() {
        SurveyImportException e = failure("id,nps\nr1,9\n".getBytes(StandardCharsets.UTF_8), 5);

        assertThat(e.key()).isEqualTo("import.error.too-large");
        assertThat(e.args()).containsExactly(5L);
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertThat(failure(new byte[0], MAX).key()).isEqualTo("import.error.empty-file");
        assertThat(failure(" \r\n\t\n".getBytes(StandardCharsets.UTF_8), MAX).key())
                .isEqualTo("import.error.empty-file");
    }

    @Test
    void rejectsHeaderOnly() {
        SurveyImportException e = failure("id;nps\r\n\r\n".getBytes(StandardCharsets.UTF_8), MAX);

        assertThat(e.key()).isEqualTo("import.error.header-only");
        assertThat(e.row()).isEqualTo(1);
    }

    @Test
    void rejectsBinaryFile() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};

        assertThat(failure(zip, MAX).key()).isEqualTo("import.error.encoding");
    }

    @Test
    void rejectsExtraNonEmptyField() {
        SurveyImportException e = failure("id;nps\nr1;9\nr2;8;oops\n".getBytes(StandardCharsets.UTF_8), MAX);

        assertThat(e.key()).isEqualTo("import.error.wrong-column-count");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isNull();
        assertThat(e.value()).isEqualTo("oops");
        assertThat(e.args()).containsExactly(2, 3);
        assertThat(e.getMessage()).contains("row 3", "oops", "expected 2 fields but found 3");
    }

    @Test
    void rejectsUnclosedQuoteAtItsStartingRow() {
        SurveyImportException e = failure("id,nps\nr1,9\nr2,\"8\nr3,7\n".getBytes(StandardCharsets.UTF_8), MAX);

        assertThat(e.key()).isEqualTo("import.error.unclosed-quote");
        assertThat(e.row()).isEqualTo(3);
    }

    private static SurveyTable read(String csv) {
        return SurveyCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), MAX);
    }

    private static SurveyImportException failure(byte[] bytes, long max) {
        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyCsvReader.read(bytes, max));
        assertThat(e).as("expected an import error").isNotNull();
        return e;
    }
}
