package app.momentum.journey.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MomentCsvReaderTest {

    private static final List<String> PHASES = List.of("Oriëntatie", "Aankoop", "Schade melden");
    private static final List<String> CHANNELS = List.of("Telefoon", "Website");
    private static final List<String> BRAND_VALUES = List.of("Zorg", "Moed", "Helderheid");
    private static final List<String> DISCIPLINES = List.of("Schadeteam", "Marketing");
    private static final ImportContext STRICT = new ImportContext(PHASES, CHANNELS, BRAND_VALUES, DISCIPLINES, false);
    private static final ImportContext CREATING = new ImportContext(PHASES, CHANNELS, BRAND_VALUES, DISCIPLINES, true);

    private final MomentCsvReader reader = new MomentCsvReader();

    private ImportResult read(String text) {
        return read(text, STRICT);
    }

    private ImportResult read(String text, ImportContext context) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), context);
    }

    /** The errors as (line, column, key, arguments) tuples. */
    private static List<Tuple> errors(ImportResult result) {
        return result.errors().stream()
                .map(e -> tuple(e.line(), e.column(), e.messageKey(), e.arguments()))
                .toList();
    }

    private static Tuple error(int line, String column, String key, Object... arguments) {
        return tuple(line, column, key, List.of(arguments));
    }

    // ------------------------------------------------------------------------------------------ valid files

    @Nested
    class ValidFiles {

        @Test
        void readsEveryColumn() {
            ImportResult result = read("""
                    phase,title,customer_does,customer_thinks,customer_feels,channel,other_party,nature,target,\
                    moment_of_truth,brand_moment,brand_values,expectation,deep_driver,current_emotion,\
                    desired_emotion,exceeds_expectation,repeatability,owner_discipline
                    Schade melden,Melding doen,Belt op,Wat nu?,Ongerust,Telefoon,Notaris,EMOTIONAL,9+,yes,no,\
                    Zorg|Moed,Snel geholpen,CONTROL,-2,3,Terugbellen binnen het uur,Elke keer,Schadeteam
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.ok()).isTrue();
            assertThat(result.rows()).containsExactly(new MomentRow("Schade melden", "Melding doen", "Belt op",
                    "Wat nu?", "Ongerust", "Telefoon", "Notaris", MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS,
                    true, false, List.of("Zorg", "Moed"), "Snel geholpen", "CONTROL", -2, 3,
                    "Terugbellen binnen het uur", "Elke keer", "Schadeteam"));
        }

        @Test
        void onlyPhaseAndTitleAreRequiredColumns() {
            ImportResult result = read("title,phase\nEerste,Aankoop\nTweede,Oriëntatie\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", "Eerste"),
                    MomentRow.of("Oriëntatie", "Tweede"));
            assertThat(result.rows().getFirst().nature()).isEqualTo(MomentNature.FUNCTIONAL);
            assertThat(result.rows().getFirst().target()).isEqualTo(TargetLevel.SEVEN_PLUS);
            assertThat(result.rows().getFirst().brandValues()).isEmpty();
            assertThat(result.rows().getFirst().currentEmotion()).isNull();
        }

        @Test
        void headerMatchingIgnoresCaseAndSurroundingSpaces() {
            ImportResult result = read(" Phase ,TITLE,\tMoment_Of_Truth  \nAankoop,Kopen,ja\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement()
                    .satisfies(row -> assertThat(row.momentOfTruth()).isTrue());
        }

        @Test
        void quotedHeaderNames() {
            ImportResult result = read("\"phase\";\"title\"\n\"Aankoop\";\"Kopen\"\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", "Kopen"));
        }

        @Test
        void trimsValues() {
            ImportResult result = read("phase,title,channel,nature\n  Aankoop , Kopen  ,\" Telefoon \", emotional \n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Kopen");
                assertThat(row.channel()).isEqualTo("Telefoon");
                assertThat(row.nature()).isEqualTo(MomentNature.EMOTIONAL);
            });
        }

        @Test
        void namesAreMatchedIgnoringCaseAndReturnedInTheContextsSpelling() {
            ImportResult result = read("""
                    phase,title,channel,brand_values,owner_discipline
                    SCHADE MELDEN,Melden,  telefoon ,zorg | MOED|| zorg ,schadeTEAM
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.phase()).isEqualTo("Schade melden");
                assertThat(row.channel()).isEqualTo("Telefoon");
                assertThat(row.brandValues()).containsExactly("Zorg", "Moed");
                assertThat(row.ownerDiscipline()).isEqualTo("Schadeteam");
            });
        }

        @Test
        void contextNamesAreMatchedIgnoringTheirSurroundingSpacesToo() {
            ImportContext context = new ImportContext(List.of(" Aankoop "), List.of("Telefoon  "), List.of(),
                    List.of(), false);

            ImportResult result = read("phase,title,channel\naankoop,Kopen,telefoon\n", context);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.phase()).isEqualTo("Aankoop");
                assertThat(row.channel()).isEqualTo("Telefoon");
            });
        }

        @ParameterizedTest
        @CsvSource({
                "yes, true", "no, false", "true, true", "false, false", "ja, true", "nee, false", "1, true",
                "0, false", "JA, true", "Nee, false", "YES, true", "True, true", "WAAR, true", "onwaar, false",
                "'', false"})
        void booleans(String value, boolean expected) {
            ImportResult result = read("phase,title,moment_of_truth,brand_moment\nAankoop,Kopen," + value + ","
                    + value + "\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().momentOfTruth()).isEqualTo(expected);
            assertThat(result.rows().getFirst().brandMoment()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
                "FUNCTIONAL, FUNCTIONAL", "emotional, EMOTIONAL", "functioneel, FUNCTIONAL",
                "Emotioneel, EMOTIONAL", "EMOTIONEEL, EMOTIONAL", "'', FUNCTIONAL"})
        void natures(String value, MomentNature expected) {
            ImportResult result = read("phase,title,nature\nAankoop,Kopen," + value + "\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().nature()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"7+, SEVEN_PLUS", "9+, NINE_PLUS", "7, SEVEN_PLUS", "9, NINE_PLUS", "nine_plus, NINE_PLUS",
                "'', SEVEN_PLUS"})
        void targets(String value, TargetLevel expected) {
            ImportResult result = read("phase,title,target\nAankoop,Kopen," + value + "\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().target()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(quoteCharacter = '"', value = {
                "-3, -3", "-2, -2", "0, 0", "+2, 2", "3, 3", "'-1, -1", "'+3, 3", "\" 2 \", 2", "02, 2", "\u22122, -2"})
        void emotions(String value, int expected) {
            ImportResult result = read("phase,title,current_emotion,desired_emotion\nAankoop,Kopen," + value + ","
                    + value + "\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().currentEmotion()).isEqualTo(expected);
            assertThat(result.rows().getFirst().desiredEmotion()).isEqualTo(expected);
        }

        @Test
        void emptyEmotionIsNull() {
            ImportResult result = read("phase,title,current_emotion\nAankoop,Kopen,\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().currentEmotion()).isNull();
        }

        @Test
        void removesOneFormulaNeutralisingQuote() {
            ImportResult result = read("""
                    phase,title,customer_does,customer_thinks,customer_feels,other_party
                    Aankoop,'=SUM(A1),''-twee quotes,'gewoon een quote,',"'@x"
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("=SUM(A1)");
                assertThat(row.customerDoes()).isEqualTo("'-twee quotes");
                assertThat(row.customerThinks()).isEqualTo("'gewoon een quote");
                assertThat(row.customerFeels()).isEqualTo("'");
                assertThat(row.otherParty()).isEqualTo("@x");
            });
        }

        @Test
        void skipsEmptyLinesAndRowsOfOnlyDelimiters() {
            ImportResult result = read("\n\nphase;title\n\n;\n  \nAankoop;Kopen\n;;;\n\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", "Kopen"));
        }

        @Test
        void ignoresEmptyHeaderCellsAtTheEndAndEmptyExtraFields() {
            ImportResult result = read("phase;title;;\nAankoop;Kopen;;\nAankoop;Betalen;;;;\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).extracting(MomentRow::title).containsExactly("Kopen", "Betalen");
        }

        @Test
        void aRowMayHaveFewerFieldsThanTheHeader() {
            ImportResult result = read("phase,title,channel,nature\nAankoop,Kopen\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", "Kopen"));
        }

        @Test
        void noTrailingLineBreak() {
            assertThat(read("phase,title\r\nAankoop,Kopen").rows()).containsExactly(MomentRow.of("Aankoop", "Kopen"));
        }
    }

    // ------------------------------------------------------------------------------------------ CSV syntax

    @Nested
    class Syntax {

        @Test
        void quotedFieldsWithCommasSemicolonsQuotesAndLineBreaks() {
            ImportResult result = read("phase,title,customer_does,customer_thinks,customer_feels\r\n"
                    + "Aankoop,\"Kopen, of niet\",\"a;b\",\"Hij zei \"\"ja\"\"\",\"regel 1\r\nregel 2\nregel 3\"\r\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Kopen, of niet");
                assertThat(row.customerDoes()).isEqualTo("a;b");
                assertThat(row.customerThinks()).isEqualTo("Hij zei \"ja\"");
                assertThat(row.customerFeels()).isEqualTo("regel 1\nregel 2\nregel 3");
            });
        }

        @Test
        void quotedFieldsInASemicolonFile() {
            ImportResult result = read("phase;title;customer_does\n"
                    + "Aankoop;\"Kopen; of niet\";\"een, twee\"\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Kopen; of niet");
                assertThat(row.customerDoes()).isEqualTo("een, twee");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"\r\n", "\n", "\r"})
        void lineBreaks(String lineBreak) {
            ImportResult result = read(String.join(lineBreak, "phase,title,current_emotion", "Aankoop,Kopen,1",
                    "Aankoop,\"Twee" + lineBreak + "regels\",5", "Aankoop,Betalen,2", ""));

            assertThat(result.rows()).extracting(MomentRow::title).containsExactly("Kopen", "Twee\nregels", "Betalen");
            assertThat(errors(result)).containsExactly(error(3, "current_emotion", "csv.error.emotion",
                    "current_emotion", "5"));
        }

        @Test
        void lenientAboutSpacesBeforeAQuoteAndTextAfterIt() {
            ImportResult result = read("phase,title,customer_does,customer_thinks\n"
                    + "Aankoop, \"Kopen, snel\" ,\"een\" twee,drie \"vier\"\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Kopen, snel");
                assertThat(row.customerDoes()).isEqualTo("een twee");
                assertThat(row.customerThinks()).isEqualTo("drie \"vier\"");
            });
        }

        @Test
        void detectsSemicolonFromTheHeaderEvenWithCommasInValues() {
            ImportResult result = read("phase;title;customer_does\nAankoop;Kopen, snel;a,b,c\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Kopen, snel");
                assertThat(row.customerDoes()).isEqualTo("a,b,c");
            });
        }

        @Test
        void detectsCommaFromTheHeaderEvenWithSemicolonsInValues() {
            ImportResult result = read("phase,title,customer_does\nAankoop,Kopen; snel,a;b;c\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows().getFirst().title()).isEqualTo("Kopen; snel");
        }

        @Test
        void delimiterDetection() {
            assertThat(MomentCsvReader.detectDelimiter("phase;title")).isEqualTo(';');
            assertThat(MomentCsvReader.detectDelimiter("phase,title")).isEqualTo(',');
            assertThat(MomentCsvReader.detectDelimiter("\r\n\nphase;title;nature")).isEqualTo(';');
            assertThat(MomentCsvReader.detectDelimiter("fase;titel")).isEqualTo(';');
            assertThat(MomentCsvReader.detectDelimiter("fase,titel")).isEqualTo(',');
            assertThat(MomentCsvReader.detectDelimiter("")).isEqualTo(',');
        }
    }

    // ------------------------------------------------------------------------------------------ encodings

    @Nested
    class Encodings {

        @Test
        void utf8WithByteOrderMark() {
            byte[] file = ("\uFEFFphase,title\nOriëntatie,Prijs in €\n").getBytes(StandardCharsets.UTF_8);

            ImportResult result = reader.read(file, STRICT);

            assertThat(file[0]).isEqualTo((byte) 0xEF);
            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Oriëntatie", "Prijs in €"));
        }

        @Test
        void utf8WithoutByteOrderMark() {
            ImportResult result = read("phase,title\nOriëntatie,Prijs in € 🚀\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).containsExactly(MomentRow.of("Oriëntatie", "Prijs in € 🚀"));
        }

        @Test
        void windows1252AsDutchExcelWritesIt() throws UnsupportedEncodingException {
            byte[] file = ("phase;title;customer_feels;moment_of_truth;nature\r\n"
                    + "Oriëntatie;Café-bezoek;Kost € 5,-;ja;Emotioneel\r\n").getBytes("windows-1252");

            ImportResult result = reader.read(file, STRICT);

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.phase()).isEqualTo("Oriëntatie");
                assertThat(row.title()).isEqualTo("Café-bezoek");
                assertThat(row.customerFeels()).isEqualTo("Kost € 5,-");
                assertThat(row.momentOfTruth()).isTrue();
                assertThat(row.nature()).isEqualTo(MomentNature.EMOTIONAL);
            });
        }

        @Test
        void decode() throws UnsupportedEncodingException {
            assertThat(MomentCsvReader.decode("é€".getBytes(StandardCharsets.UTF_8))).isEqualTo("é€");
            assertThat(MomentCsvReader.decode("é€".getBytes("windows-1252"))).isEqualTo("é€");
            assertThat(MomentCsvReader.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                    .isEqualTo("a");
            assertThat(MomentCsvReader.decode(new byte[0])).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------ phases

    @Nested
    class Phases {

        private static final String FILE = """
                phase,title
                Aankoop,Kopen
                Nazorg,Bellen
                Vertrek,Opzeggen
                nazorg ,Mailen
                """;

        @Test
        void unknownPhaseIsARowErrorWhenNotCreatingPhases() {
            ImportResult result = read(FILE, STRICT);

            assertThat(result.ok()).isFalse();
            assertThat(errors(result)).containsExactly(
                    error(3, "phase", "csv.error.unknownPhase", "Nazorg"),
                    error(4, "phase", "csv.error.unknownPhase", "Vertrek"),
                    error(5, "phase", "csv.error.unknownPhase", "nazorg"));
            assertThat(result.newPhases()).isEmpty();
            assertThat(result.rows()).extracting(MomentRow::phase)
                    .containsExactly("Aankoop", "Nazorg", "Vertrek", "nazorg");
        }

        @Test
        void unknownPhasesBecomeNewPhasesInOrderOfFirstAppearance() {
            ImportResult result = read(FILE, CREATING);

            assertThat(result.errors()).isEmpty();
            assertThat(result.newPhases()).containsExactly("Nazorg", "Vertrek");
            assertThat(result.rows()).extracting(MomentRow::phase)
                    .containsExactly("Aankoop", "Nazorg", "Vertrek", "Nazorg");
        }

        @Test
        void existingPhasesAreNotNew() {
            ImportResult result = read("phase,title\naankoop,Kopen\nSCHADE MELDEN,Melden\n", CREATING);

            assertThat(result.errors()).isEmpty();
            assertThat(result.newPhases()).isEmpty();
            assertThat(result.rows()).extracting(MomentRow::phase).containsExactly("Aankoop", "Schade melden");
        }

        @Test
        void aTooLongPhaseIsNotCreated() {
            String longPhase = "p".repeat(101);

            ImportResult result = read("phase,title\n" + longPhase + ",Kopen\n" + "q".repeat(100) + ",Kopen\n",
                    CREATING);

            assertThat(errors(result)).containsExactly(error(2, "phase", "csv.error.tooLong", "phase", 100));
            assertThat(result.newPhases()).containsExactly("q".repeat(100));
        }
    }

    // ------------------------------------------------------------------------------------------ errors

    @Nested
    class Errors {

        @Test
        void emptyFile() {
            assertThat(errors(reader.read(new byte[0], STRICT))).containsExactly(error(0, null, "csv.error.empty"));
            assertThat(errors(reader.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STRICT)))
                    .containsExactly(error(0, null, "csv.error.empty"));
            assertThat(errors(read("\r\n  \n\n"))).containsExactly(error(0, null, "csv.error.empty"));
        }

        @Test
        void headerWithoutRows() {
            ImportResult result = read("phase,title\r\n\r\n");

            assertThat(errors(result)).containsExactly(error(0, null, "csv.error.empty"));
            assertThat(result.rows()).isEmpty();
        }

        @Test
        void unknownColumnCatchesTypos() {
            ImportResult result = read("phase,titel,chanel\nAankoop,Kopen,Telefoon\n");

            assertThat(errors(result)).containsExactly(
                    error(1, "titel", "csv.error.unknownColumn", "titel"),
                    error(1, "chanel", "csv.error.unknownColumn", "chanel"),
                    error(1, "title", "csv.error.missingColumn", "title"));
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", null));
        }

        @Test
        void emptyHeaderCellInTheMiddleIsAnUnknownColumn() {
            assertThat(errors(read("phase,,title\nAankoop,x,Kopen\n")))
                    .containsExactly(error(1, "", "csv.error.unknownColumn", ""));
        }

        @Test
        void missingColumns() {
            ImportResult result = read("\n\nnature,channel\nemotional,Telefoon\n");

            assertThat(errors(result)).containsExactly(
                    error(3, "phase", "csv.error.missingColumn", "phase"),
                    error(3, "title", "csv.error.missingColumn", "title"));
            assertThat(result.rows()).singleElement().satisfies(row -> {
                assertThat(row.nature()).isEqualTo(MomentNature.EMOTIONAL);
                assertThat(row.channel()).isEqualTo("Telefoon");
            });
        }

        @Test
        void duplicateColumn() {
            ImportResult result = read("phase,title, Title \nAankoop,Kopen,Betalen\n");

            assertThat(errors(result)).containsExactly(error(1, "Title", "csv.error.duplicateColumn", "Title"));
            assertThat(result.rows()).containsExactly(MomentRow.of("Aankoop", "Kopen"));
        }

        @Test
        void required() {
            ImportResult result = read("phase,title\nAankoop,Kopen\n,Betalen\nAankoop,  \n\"\",\"\"x\n");

            assertThat(errors(result)).containsExactly(
                    error(3, "phase", "csv.error.required", "phase"),
                    error(4, "title", "csv.error.required", "title"),
                    error(5, "phase", "csv.error.required", "phase"));
            assertThat(result.rows()).hasSize(4);
        }

        @Test
        void tooLong() {
            String header = "phase,title,customer_does,customer_thinks,customer_feels,channel,other_party,"
                    + "brand_values,expectation,deep_driver,exceeds_expectation,repeatability,owner_discipline\n";
            String atMax = String.join(",", "Aankoop", "t".repeat(200), "d".repeat(2000), "t".repeat(2000),
                    "f".repeat(2000), "Telefoon", "o".repeat(200), "Zorg", "e".repeat(2000), "d".repeat(100),
                    "x".repeat(2000), "r".repeat(2000), "Marketing");
            String overMax = String.join(",", "Aankoop", "t".repeat(201), "d".repeat(2001), "t".repeat(2001),
                    "f".repeat(2001), "c".repeat(201), "o".repeat(201), "b".repeat(2001), "e".repeat(2001),
                    "d".repeat(101), "x".repeat(2001), "r".repeat(2001), "m".repeat(2001));

            ImportResult result = read(header + atMax + "\n" + overMax + "\n");

            assertThat(errors(result)).containsExactly(
                    error(3, "title", "csv.error.tooLong", "title", 200),
                    error(3, "customer_does", "csv.error.tooLong", "customer_does", 2000),
                    error(3, "customer_thinks", "csv.error.tooLong", "customer_thinks", 2000),
                    error(3, "customer_feels", "csv.error.tooLong", "customer_feels", 2000),
                    error(3, "channel", "csv.error.tooLong", "channel", 200),
                    error(3, "other_party", "csv.error.tooLong", "other_party", 200),
                    error(3, "brand_values", "csv.error.tooLong", "brand_values", 2000),
                    error(3, "expectation", "csv.error.tooLong", "expectation", 2000),
                    error(3, "deep_driver", "csv.error.tooLong", "deep_driver", 100),
                    error(3, "exceeds_expectation", "csv.error.tooLong", "exceeds_expectation", 2000),
                    error(3, "repeatability", "csv.error.tooLong", "repeatability", 2000),
                    error(3, "owner_discipline", "csv.error.tooLong", "owner_discipline", 2000));
            assertThat(result.rows()).hasSize(2);
            assertThat(result.rows().get(1).title()).hasSize(201);
        }

        @Test
        void lengthCountsCharactersNotUtf16Units() {
            ImportResult result = read("phase,title\nAankoop," + "🚀".repeat(200) + "\n");

            assertThat(result.errors()).isEmpty();
        }

        @Test
        void unknownNamesAreReportedAndKeptForThePreview() {
            ImportResult result = read("""
                    phase,title,channel,brand_values,owner_discipline
                    Aankoop,Kopen,Telefoon,Zorg,Marketing
                    Aankoop,Bellen,Fax,Zorg|Lef|Moed|Humor,Juridisch
                    """);

            assertThat(errors(result)).containsExactly(
                    error(3, "channel", "csv.error.unknownChannel", "Fax"),
                    error(3, "brand_values", "csv.error.unknownBrandValue", "Lef"),
                    error(3, "brand_values", "csv.error.unknownBrandValue", "Humor"),
                    error(3, "owner_discipline", "csv.error.unknownDiscipline", "Juridisch"));
            assertThat(result.rows().get(1)).satisfies(row -> {
                assertThat(row.channel()).isEqualTo("Fax");
                assertThat(row.brandValues()).containsExactly("Zorg", "Lef", "Moed", "Humor");
                assertThat(row.ownerDiscipline()).isEqualTo("Juridisch");
            });
        }

        @Test
        void invalidValues() {
            ImportResult result = read("""
                    phase;title;nature;target;moment_of_truth;brand_moment;current_emotion;desired_emotion
                    Aankoop;Kopen;rationeel;8+;misschien;x;4;-4
                    Aankoop;Betalen;functional;9+;ja;nee;2,5;abc
                    Aankoop;Bellen;;10;;;+;99999999999
                    """);

            assertThat(errors(result)).containsExactly(
                    error(2, "nature", "csv.error.nature", "rationeel"),
                    error(2, "target", "csv.error.target", "8+"),
                    error(2, "moment_of_truth", "csv.error.boolean", "moment_of_truth", "misschien"),
                    error(2, "brand_moment", "csv.error.boolean", "brand_moment", "x"),
                    error(2, "current_emotion", "csv.error.emotion", "current_emotion", "4"),
                    error(2, "desired_emotion", "csv.error.emotion", "desired_emotion", "-4"),
                    error(3, "current_emotion", "csv.error.emotion", "current_emotion", "2,5"),
                    error(3, "desired_emotion", "csv.error.emotion", "desired_emotion", "abc"),
                    error(4, "target", "csv.error.target", "10"),
                    error(4, "current_emotion", "csv.error.emotion", "current_emotion", "+"),
                    error(4, "desired_emotion", "csv.error.emotion", "desired_emotion", "99999999999"));
            assertThat(result.rows().getFirst()).satisfies(row -> {
                assertThat(row.nature()).isEqualTo(MomentNature.FUNCTIONAL);
                assertThat(row.target()).isEqualTo(TargetLevel.SEVEN_PLUS);
                assertThat(row.momentOfTruth()).isFalse();
                assertThat(row.currentEmotion()).isNull();
            });
        }

        @Test
        void columnCount() {
            ImportResult result = read("phase,title\nAankoop,Kopen,extra\nAankoop,Betalen,,\nAankoop,Bellen,,x,\n");

            assertThat(errors(result)).containsExactly(
                    error(2, null, "csv.error.columnCount", 2, 3),
                    error(4, null, "csv.error.columnCount", 2, 5));
            assertThat(result.rows()).extracting(MomentRow::title).containsExactly("Kopen", "Betalen", "Bellen");
        }

        @Test
        void unterminatedQuoteStopsReadingAtTheRowWhereItStarts() {
            ImportResult result = read("phase,title,customer_does\n"
                    + "Aankoop,Kopen,Doet iets\n"
                    + "Aankoop,Betalen,\"begint hier\n"
                    + "en loopt door\n"
                    + "Aankoop,Bellen,tot het einde\n");

            assertThat(errors(result)).containsExactly(error(3, "customer_does", "csv.error.unterminatedQuote"));
            assertThat(result.rows()).extracting(MomentRow::title).containsExactly("Kopen");
        }

        @Test
        void unterminatedQuoteInTheHeader() {
            assertThat(errors(read("\n\"phase,title\nAankoop,Kopen\n")))
                    .containsExactly(error(2, null, "csv.error.unterminatedQuote"));
        }

        @Test
        void unterminatedQuoteInAnUnknownColumn() {
            assertThat(errors(read("phase,title\nAankoop,Kopen,\"open\n")))
                    .containsExactly(error(2, null, "csv.error.unterminatedQuote"));
        }

        @Test
        void tooManyRows() {
            StringBuilder file = new StringBuilder("phase,title\n");
            for (int i = 1; i <= MomentCsvReader.MAX_ROWS + 5; i++) {
                file.append("Aankoop,Moment ").append(i).append('\n');
            }

            ImportResult result = read(file.toString());

            assertThat(errors(result)).containsExactly(error(2002, null, "csv.error.tooManyRows", 2000));
            assertThat(result.rows()).hasSize(MomentCsvReader.MAX_ROWS);
        }

        @Test
        void exactlyTheMaximumNumberOfRowsIsFineAndEmptyLinesDoNotCount() {
            StringBuilder file = new StringBuilder("phase,title\n");
            for (int i = 1; i <= MomentCsvReader.MAX_ROWS; i++) {
                file.append("Aankoop,Moment ").append(i).append("\n\n");
            }

            ImportResult result = read(file.toString());

            assertThat(result.errors()).isEmpty();
            assertThat(result.rows()).hasSize(2000);
        }

        @Test
        void tooLarge() {
            byte[] file = new byte[MomentCsvReader.MAX_BYTES + 1];
            java.util.Arrays.fill(file, (byte) 'a');

            ImportResult result = reader.read(file, STRICT);

            assertThat(errors(result)).containsExactly(error(0, null, "csv.error.tooLarge", 5));
            assertThat(result.rows()).isEmpty();
        }

        @Test
        void exactlyFiveMegabytesIsNotTooLarge() {
            byte[] head = "phase,title\nAankoop,Kopen\n".getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[MomentCsvReader.MAX_BYTES];
            java.util.Arrays.fill(file, (byte) '\n');
            System.arraycopy(head, 0, file, 0, head.length);

            assertThat(reader.read(file, STRICT).errors()).isEmpty();
        }

        @Test
        void lineNumbersCountPhysicalLinesIncludingLineBreaksInQuotedFieldsAndEmptyLines() {
            ImportResult result = read("phase,title,customer_does,current_emotion\r\n"      // 1
                    + "Aankoop,Kopen,\"Regel een\r\n"                                       // 2
                    + "regel twee\r\n"                                                      // 3
                    + "regel drie\",1\r\n"                                                  // 4
                    + "Aankoop,,Fout,2\r\n"                                                 // 5
                    + "\r\n"                                                                // 6
                    + "Aankoop,\"Titel\nover twee regels\",,7\r\n"                          // 7-8
                    + "Aankoop,Goed,\"\",-1\r\n"                                            // 9
                    + "Vertrek,Weg,,\r\n");                                                 // 10

            assertThat(errors(result)).containsExactly(
                    error(5, "title", "csv.error.required", "title"),
                    error(7, "current_emotion", "csv.error.emotion", "current_emotion", "7"),
                    error(10, "phase", "csv.error.unknownPhase", "Vertrek"));
            assertThat(result.rows()).extracting(MomentRow::title)
                    .containsExactly("Kopen", null, "Titel\nover twee regels", "Goed", "Weg");
            assertThat(result.rows().getFirst().customerDoes()).isEqualTo("Regel een\nregel twee\nregel drie");
        }

        @Test
        void everyErrorOfARowIsReportedInColumnOrder() {
            ImportResult result = read("owner_discipline,target,title,phase\nJuridisch,8,,Nergens\n");

            assertThat(errors(result)).containsExactly(
                    error(2, "phase", "csv.error.unknownPhase", "Nergens"),
                    error(2, "title", "csv.error.required", "title"),
                    error(2, "target", "csv.error.target", "8"),
                    error(2, "owner_discipline", "csv.error.unknownDiscipline", "Juridisch"));
        }

        @Test
        void headerErrorsComeFirstAndRowsAreStillChecked() {
            ImportResult result = read("phase,title,kleur\nAankoop,,rood\n");

            assertThat(errors(result)).containsExactly(
                    error(1, "kleur", "csv.error.unknownColumn", "kleur"),
                    error(2, "title", "csv.error.required", "title"));
        }
    }
}
