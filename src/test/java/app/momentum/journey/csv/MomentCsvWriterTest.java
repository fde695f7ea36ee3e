package app.momentum.journey.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MomentCsvWriterTest {

    static final String HEADER = "phase,title,customer_does,customer_thinks,customer_feels,channel,other_party,nature,"
            + "target,moment_of_truth,brand_moment,brand_values,expectation,deep_driver,current_emotion,"
            + "desired_emotion,exceeds_expectation,repeatability,owner_discipline";

    private final MomentCsvWriter writer = new MomentCsvWriter();

    /** The written file without its byte order mark. */
    private String text(List<MomentRow> rows) {
        byte[] bytes = writer.write(rows);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static MomentRow titled(String title) {
        return MomentRow.of("Aankoop", title);
    }

    @Test
    void startsWithUtf8ByteOrderMarkAndHeader() {
        byte[] bytes = writer.write(List.of());

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void headerFollowsTheColumnOrder() {
        assertThat(Arrays.stream(MomentCsvColumn.values()).map(MomentCsvColumn::header).toList())
                .containsExactly(HEADER.split(","));
    }

    @Test
    void writesEveryFieldInItsFormat() {
        MomentRow row = new MomentRow("Schade melden", "Melding doen", "Belt op", "Wat nu?", "Ongerust", "Telefoon",
                "Notaris", MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS, true, false, List.of("Zorg", "Moed"),
                "Snel geholpen", "CONTROL", -2, 3, "Terugbellen binnen het uur", "Elke keer", "Schadeteam");

        assertThat(text(List.of(row))).isEqualTo(HEADER + "\r\n"
                + "Schade melden,Melding doen,Belt op,Wat nu?,Ongerust,Telefoon,Notaris,EMOTIONAL,9+,yes,no,Zorg|Moed,"
                + "Snel geholpen,CONTROL,-2,3,Terugbellen binnen het uur,Elke keer,Schadeteam\r\n");
    }

    @Test
    void writesEmptyFieldsAndDefaults() {
        assertThat(text(List.of(titled("Alleen een titel"))))
                .endsWith("\r\nAankoop,Alleen een titel,,,,,,FUNCTIONAL,7+,no,no,,,,,,,,\r\n");
    }

    @Test
    void neutralisesFormulasInTextColumns() {
        MomentRow row = new MomentRow("=1+1", "=SUM(A1)", "+31 20 123 4567", "-start", "@user", "\tTab",
                "\rReturn", null, null, false, false, List.of("=Evil", "Good"), "-", null, -2, -3, null, null,
                "@discipline");

        String line = text(List.of(row)).split("\r\n")[1];

        assertThat(line.split(",", -1)).containsExactly("'=1+1", "'=SUM(A1)", "'+31 20 123 4567", "'-start",
                "'@user", "'\tTab", "\"'\rReturn\"", "FUNCTIONAL", "7+", "no", "no", "'=Evil|Good", "'-", "", "-2",
                "-3", "", "", "'@discipline");
    }

    @Test
    void neutralisedFieldIsQuotedWhenItContainsADelimiter() {
        assertThat(text(List.of(titled("=SUM(A1,B1)")))).contains(",\"'=SUM(A1,B1)\",");
    }

    @Test
    void aLeadingQuoteBeforeAFormulaGetsOneMoreSoReadingCanUndoIt() {
        assertThat(MomentCsvWriter.neutralise("'=x")).isEqualTo("''=x");
        assertThat(MomentCsvWriter.neutralise("''-1")).isEqualTo("'''-1");
        assertThat(MomentCsvWriter.neutralise("'quoted'")).isEqualTo("'quoted'");
        assertThat(MomentCsvWriter.neutralise("'")).isEqualTo("'");
        assertThat(MomentCsvWriter.neutralise("a=b")).isEqualTo("a=b");
        assertThat(MomentCsvWriter.neutralise("7+")).isEqualTo("7+");
    }

    @Test
    void quotesFieldsWithDelimitersQuotesAndLineBreaks() {
        MomentRow row = new MomentRow("Fase", "Eén, twee", "a;b", "Hij zei \"ja\"", "regel 1\nregel 2",
                "r1\r\nr2", null, null, null, false, false, List.of(), null, null, null, null, null, null, null);

        assertThat(text(List.of(row)).split("\r\n", 2)[1]).startsWith(
                "Fase,\"Eén, twee\",\"a;b\",\"Hij zei \"\"ja\"\"\",\"regel 1\nregel 2\",\"r1\r\nr2\",,FUNCTIONAL");
    }

    @Test
    void writesSemicolonSeparatedOnRequest() {
        byte[] bytes = writer.write(List.of(titled("Eén, twee")), MomentCsvWriter.SEMICOLON);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFphase;title;customer_does;")
                .contains("\r\nAankoop;\"Eén, twee\";;;;;;FUNCTIONAL;7+;no;no;;;;;;;;\r\n");
    }

    @Test
    void rejectsOtherDelimiters() {
        assertThatThrownBy(() -> writer.write(List.of(), '\t')).isInstanceOf(IllegalArgumentException.class);
    }
}
