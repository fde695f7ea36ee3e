package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.Respondent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SurveyRespondentConverterTest {

    private static final String HEADER = "Respondentnummer;Regio;Aanbevelen;Moeite;CXi needs;Overall satisfaction;Intake";

    private final MomentInfo intake = new MomentInfo(UUID.randomUUID(), "intake", TargetLevel.SEVEN_PLUS);

    @Test
    void convertsDutchExcelFileEndToEnd() {
        byte[] bytes = (HEADER + "\r\nr1;Één;8,0;6;4;9;7.0\r\nr2;café;10;;;;\r\n")
                .getBytes(Charset.forName("windows-1252"));
        SurveyTable table = SurveyCsvReader.read(bytes, 10_000);
        // "Regio" is not a known header name: the user mapped it as a segment on an earlier import.
        ColumnMapping remembered = new ColumnMapping(Map.of("Regio", ColumnAssignment.of(ColumnRole.SEGMENT)));
        ColumnMapping mapping = ColumnMapper.suggest(table.headers(), List.of(intake), remembered);

        List<Respondent> respondents = SurveyRespondentConverter.convert(table, mapping, 7);

        assertThat(respondents).containsExactly(
                // overall satisfaction is kept: impact may be measured against it
                new Respondent("r1", Map.of("Regio", "Één"), 8, 6, 4, null, null, Map.of(intake.id(), 7), 9),
                new Respondent("r2", Map.of("Regio", "café"), 10, null, null, null, null, Map.of()));
    }

    @Test
    void missingRecommendMappingIsReported() {
        SurveyTable table = table("id;x", "r1;1");
        ColumnMapping mapping = new ColumnMapping(Map.of("id", ColumnAssignment.of(ColumnRole.RESPONDENT_ID)));

        SurveyImportException e = failure(table, mapping, 5);

        assertThat(e.key()).isEqualTo("import.error.missing-column");
        assertThat(e.args()).containsExactly("RECOMMEND");
        assertThat(e.row()).isNull();
    }

    @Test
    void missingIdMappingIsReported() {
        SurveyTable table = table("nps", "8");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.missing-column");
        assertThat(e.args()).containsExactly("RESPONDENT_ID");
    }

    @Test
    void duplicateRespondentIdIsReportedAtSecondOccurrence() {
        SurveyTable table = table("id;nps", "r1;8", "r2;7", " r1 ;6");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("id");
        assertThat(e.value()).isEqualTo("r1");
        assertThat(e.args()).containsExactly(2);
    }

    @Test
    void idsAreCaseSensitive() {
        SurveyTable table = table("id;nps", "r1;8", "R1;7");

        assertThat(SurveyRespondentConverter.convert(table, mapping(table), 5)).hasSize(2);
    }

    @Test
    void blankRespondentIdIsReported() {
        SurveyTable table = table("id;nps", "r1;8", " ;7");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.missing-respondent-id");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("id");
    }

    @Test
    void textInScoreIsNotNumeric() {
        SurveyTable table = table("id;nps", "r1;acht");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.not-numeric");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("nps");
        assertThat(e.value()).isEqualTo("acht");
        assertThat(e.getMessage()).contains("row 2", "nps", "acht", "whole number");
    }

    @Test
    void fractionalScoreIsNotAWholeNumber() {
        SurveyTable table = table("id;nps;intake", "r1;8;7,5");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.not-numeric");
        assertThat(e.column()).isEqualTo("intake");
        assertThat(e.value()).isEqualTo("7,5");
    }

    @Test
    void recommendOutOfRange() {
        SurveyTable table = table("id;nps", "r1;11");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("nps");
        assertThat(e.value()).isEqualTo("11");
        assertThat(e.args()).containsExactly(0, 10);
        assertThat(e.getMessage()).contains("between 0 and 10");
    }

    @Test
    void momentScoreZeroIsOutOfRange() {
        SurveyTable table = table("id;nps;Intake", "r1;8;0");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.column()).isEqualTo("Intake");
        assertThat(e.args()).containsExactly(1, 10);
    }

    @Test
    void effortRangeFollowsScale() {
        SurveyTable table = table("id;nps;effort", "r1;8;6");

        assertThat(SurveyRespondentConverter.convert(table, mapping(table), 7).getFirst().effort()).isEqualTo(6);
        SurveyImportException e = failure(table, mapping(table), 5);
        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.column()).isEqualTo("effort");
        assertThat(e.args()).containsExactly(1, 5);
    }

    @Test
    void cxiAndOverallSatisfactionAreValidated() {
        SurveyTable cxi = table("id;nps;cxi easy", "r1;8;6");
        SurveyTable overall = table("id;nps;overall satisfaction", "r1;8;11");

        assertThat(failure(cxi, mapping(cxi), 5).args()).containsExactly(1, 5);
        assertThat(failure(overall, mapping(overall), 5).args()).containsExactly(1, 10);
    }

    @Test
    void expectationIsBetterAtTheTopOfItsScaleAndRangeChecked() {
        SurveyTable table = table("id;nps;Intake;Intake vs expected", "r1;8;9;3", "r2;9;8;2", "r3;7;;");
        java.util.LinkedHashMap<String, ColumnAssignment> roles = new java.util.LinkedHashMap<>(
                mapping(table).assignments());
        roles.put("Intake", ColumnAssignment.moment(intake.id()));
        roles.put("Intake vs expected", new ColumnAssignment(ColumnRole.EXPECTATION_3, intake.id()));
        List<Respondent> onThree = SurveyRespondentConverter.convert(table, new ColumnMapping(roles), 5);
        assertThat(onThree).extracting(Respondent::betterThanExpected)
                .containsExactly(Map.of(intake.id(), true), Map.of(intake.id(), false), Map.of());

        // on 1–5, 4 and 5 are better than expected, 3 is "as expected"
        roles.put("Intake vs expected", new ColumnAssignment(ColumnRole.EXPECTATION_5, intake.id()));
        SurveyTable five = table("id;nps;Intake;Intake vs expected", "r1;8;9;4", "r2;9;8;3", "r3;9;8;5");
        assertThat(SurveyRespondentConverter.convert(five, new ColumnMapping(roles), 5))
                .extracting(r -> r.betterThanExpected().get(intake.id())).containsExactly(true, false, true);

        // a 4 on the 1–3 scale is refused with its cell
        roles.put("Intake vs expected", new ColumnAssignment(ColumnRole.EXPECTATION_3, intake.id()));
        SurveyImportException e = failure(table("id;nps;Intake;Intake vs expected", "r1;8;9;4"),
                new ColumnMapping(roles), 5);
        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.column()).isEqualTo("Intake vs expected");
        assertThat(e.args()).containsExactly(1, 3);
    }

    @Test
    void aBrandValueColumnIsReadOnItsScaleIntoRespondentsAndStreamedAnswersAlike() {
        UUID honest = UUID.randomUUID();
        SurveyTable table = table("id;nps;Intake;Honest", "r1;8;9;5", "r2;9;;1", "r3;7;8;");
        java.util.LinkedHashMap<String, ColumnAssignment> roles = new java.util.LinkedHashMap<>(
                mapping(table).assignments());
        roles.put("Intake", ColumnAssignment.moment(intake.id()));
        roles.put("Honest", ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, honest));
        ColumnMapping mapping = new ColumnMapping(roles);

        assertThat(SurveyRespondentConverter.convert(table, mapping, 5)).extracting(Respondent::brandValues)
                .containsExactly(Map.of(honest, 5), Map.of(honest, 1), Map.of());
        assertThat(mapping.brandValues()).containsExactly(
                new app.momentum.measurement.analysis.BrandValueInfo(honest, 5));

        // the streaming path: the same answers reach the accumulator's brand tables
        app.momentum.measurement.analysis.SurveyAccumulator accumulator =
                new app.momentum.measurement.analysis.SurveyAccumulator(List.of(intake), mapping.brandValues(),
                        app.momentum.measurement.analysis.AnalysisSettings.defaults());
        SurveyRespondentConverter converter = new SurveyRespondentConverter(table.headers(), mapping, 5);
        app.momentum.measurement.analysis.SurveyAccumulator.Answers answers = accumulator.newAnswers();
        for (int r = 0; r < table.rows().size(); r++) {
            converter.convert(table.rows().get(r), table.lineOf(r), accumulator, answers);
            accumulator.add(answers);
        }
        var result = accumulator.result().brandValues().getFirst();
        assertThat(result.n()).isEqualTo(2);
        assertThat(result.mean()).isEqualTo(3.0);

        // a 6 on the 1–5 scale is refused with its cell; on 1–10 it is an answer
        SurveyTable six = table("id;nps;Intake;Honest", "r1;8;9;6");
        SurveyImportException e = failure(six, mapping, 5);
        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.column()).isEqualTo("Honest");
        assertThat(e.args()).containsExactly(1, 5);
        roles.put("Honest", ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_10, honest));
        assertThat(SurveyRespondentConverter.convert(six, new ColumnMapping(roles), 5).getFirst().brandValues())
                .containsEntry(honest, 6);
        assertThat(failure(table("id;nps;Intake;Honest", "r1;8;9;11"), new ColumnMapping(roles), 5).args())
                .containsExactly(1, 10);
    }

    @Test
    void aWeightIsAPositiveNumberWithAPointOrACommaAndEveryRespondentNeedsOne() {
        SurveyTable table = table("id;nps;weight", "r1;8;0,85", "r2;9;1.25", "r3;7;2");
        assertThat(SurveyRespondentConverter.convert(table, mapping(table), 5)).extracting(Respondent::weight)
                .containsExactly(0.85, 1.25, 2.0);
        for (String bad : List.of("0", "-1", "abc", "", "1e3", "Infinity")) {
            SurveyTable wrong = table("id;nps;weight", "r1;8;1", "r2;9;" + bad);
            SurveyImportException e = failure(wrong, mapping(wrong), 5);
            assertThat(e.key()).as(bad).isEqualTo("import.error.weight");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("weight");
        }
    }

    @Test
    void plainDecimalsAreReadFromTheCharactersAndAnythingElseIsLeftToTheGeneralPath() {
        assertThat(plain("1")).isEqualTo(1.0);
        assertThat(plain("0.85")).isEqualTo(0.85);
        assertThat(plain("1,25")).isEqualTo(1.25);
        assertThat(plain("12.5")).isEqualTo(12.5);
        assertThat(plain("0")).isEqualTo(0.0);
        for (String other : List.of("", ".5", "5.", "1.2.3", "-1", "1e3", " 1", "12345678901234567")) {
            assertThat(plain(other)).as(other).isEqualTo(-1.0);
        }
    }

    private static double plain(String text) {
        char[] chars = ("x" + text + "y").toCharArray();
        return SurveyRespondentConverter.plainDecimal(chars, 1, 1 + text.length());
    }

    @Test
    void badLastRowFailsTheWholeImport() {
        SurveyTable table = table("id;nps", "r1;8", "r2;9", "r3;10", "r4;x");
        AtomicReference<List<Respondent>> result = new AtomicReference<>();

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> result.set(SurveyRespondentConverter.convert(table, mapping(table), 5)));

        assertThat(e).isNotNull();
        assertThat(e.row()).isEqualTo(5);
        assertThat(e.value()).isEqualTo("x");
        assertThat(result.get()).as("no partial result").isNull();
    }

    @Test
    void firstProblemInFileOrderIsReported() {
        SurveyTable table = table("id;nps;Intake", "r1;8;11", "r2;99;1");

        SurveyImportException e = failure(table, mapping(table), 5);

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("Intake");
    }

    @Test
    void errorRowsAreFileLinesEvenAfterBlankLines() {
        SurveyTable table = SurveyCsvReader.read("id;nps\n\nr1;8\n\nr2;12\n".getBytes(StandardCharsets.UTF_8), 1000);

        assertThat(failure(table, mapping(table), 5).row()).isEqualTo(5);
    }

    private ColumnMapping mapping(SurveyTable table) {
        return ColumnMapper.suggest(table.headers(), List.of(intake), null);
    }

    private static SurveyTable table(String header, String... rows) {
        String csv = header + "\n" + String.join("\n", rows) + "\n";
        return SurveyCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), 10_000);
    }

    private static SurveyImportException failure(SurveyTable table, ColumnMapping mapping, int effortMax) {
        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyRespondentConverter.convert(table, mapping, effortMax));
        assertThat(e).as("expected an import error").isNotNull();
        return e;
    }
}
