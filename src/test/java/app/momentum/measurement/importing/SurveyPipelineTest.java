package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.SurveyAnalysis;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline from a file on disk: preview, streaming analysis, errors, progress. */
class SurveyPipelineTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final long MAX = 10_000_000;

    @TempDir
    Path dir;

    private final MomentInfo intake = new MomentInfo(UUID.randomUUID(), "Intake", TargetLevel.SEVEN_PLUS);
    private final MomentInfo schade = new MomentInfo(UUID.randomUUID(), "Schade gemeld", TargetLevel.NINE_PLUS);

    /** As Dutch Excel saves "CSV (puntkomma's)": semicolons, Windows-1252, decimal commas, CRLF. */
    private Path dutchExcelFile() throws IOException {
        String csv = "Respondentnummer;Regio;Aanbevelen;Moeite;Intake;Schade gemeld\r\n"
                + "r1;Één;9,0;2;8;10\r\n"
                + "r2;café;6;4;5;\r\n"
                + "\r\n"
                + "r3;Één;10;;9,0;9\r\n";
        Path file = dir.resolve("enquête.csv");
        Files.write(file, csv.getBytes(WINDOWS_1252));
        return file;
    }

    private ColumnMapping mapping(List<String> headers) {
        ColumnMapping remembered = new ColumnMapping(Map.of("Regio", ColumnAssignment.of(ColumnRole.SEGMENT)));
        return ColumnMapper.suggest(headers, List.of(intake, schade), remembered);
    }

    @Test
    void previewsADutchExcelFile() throws IOException {
        SurveyPreview preview = SurveyPipeline.preview(dutchExcelFile(), MAX);

        assertThat(preview.xlsx()).isFalse();
        assertThat(preview.charset()).isEqualTo(WINDOWS_1252);
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.headers()).containsExactly("Respondentnummer", "Regio", "Aanbevelen", "Moeite", "Intake",
                "Schade gemeld");
        assertThat(preview.sampleRows()).containsExactly(List.of("r1", "Één", "9,0", "2", "8", "10"),
                List.of("r2", "café", "6", "4", "5", ""), List.of("r3", "Één", "10", "", "9,0", "9"));
    }

    @Test
    void analysesADutchExcelFileLikeTheListAnalysis() throws IOException {
        Path file = dutchExcelFile();
        SurveyPreview preview = SurveyPipeline.preview(file, MAX);
        ColumnMapping mapping = mapping(preview.headers());
        List<Double> progress = new ArrayList<>();

        AnalysisResult result = SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade),
                AnalysisSettings.defaults(), progress::add);

        // r1 9 promoter, r2 6 detractor, r3 10 promoter → NPS (2 − 1) / 3 = 33.3; effort (2 + 4) / 2 = 3
        assertThat(result.overall().respondents()).isEqualTo(3);
        assertThat(result.overall().nps().nps()).isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.overall().meanEffort()).isEqualTo(3.0);
        assertThat(result.overall().moments().get(0).meanSatisfaction()).isCloseTo(22.0 / 3,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(result.bySegment().get("Regio")).containsOnlyKeys("café", "Één");
        assertThat(result.bySegment().get("Regio").get("Één").respondents()).isEqualTo(2);
        assertThat(progress.getFirst()).isEqualTo(0.0);
        assertThat(progress.getLast()).isEqualTo(1.0);

        SurveyTable table = SurveyCsvReader.read(Files.readAllBytes(file), MAX);
        AnalysisResult fromList = SurveyAnalysis.analyse(List.of(intake, schade),
                SurveyRespondentConverter.convert(table, mapping, 5), AnalysisSettings.defaults());
        assertThat(result).isEqualTo(fromList);
    }

    @Test
    void aDuplicateIdFarDownIsReportedWithItsFirstLine() throws IOException {
        StringBuilder csv = new StringBuilder("id,nps,Intake\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append("R").append(i).append(',').append(i % 11).append(',').append(1 + i % 10).append('\n');
        }
        csv.append("R1234,8,7\n"); // line 20,002; R1234 first on line 1,236
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, csv);

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () -> analyse(file));

        assertThat(e.key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(e.row()).isEqualTo(20_002);
        assertThat(e.value()).isEqualTo("R1234");
        assertThat(e.args()).containsExactly(1_236);
    }

    @Test
    void momentCellsInEveryAcceptedFormCountLikeTheListAnalysis() throws IOException {
        // plain digits take a short path; everything else the general one — both must agree
        Path file = dir.resolve("forms.csv");
        Files.writeString(file, "id,Intake,Schade gemeld,nps\n"
                + "r1,7,10,9\nr2,\"7,0\",,8\nr3,+5,010,1\nr4, 3 ,1.00,\nr5,,9,10\nr6,10,7.0,0\n"
                // only the id's and the other cells' whitespace is looked for on the short path (its moments take
                // nothing but plain digits): spaces around the KPI, a blank of spaces in a moment, an id with a tab
                + "r7,6,5, 7 \nr8,8,   ,\t9\n\tr9 ,4,2,6\n");
        ColumnMapping mapping = mapping(List.of("id", "Intake", "Schade gemeld", "nps"));

        AnalysisResult result = SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade),
                AnalysisSettings.defaults(), p -> { });

        SurveyTable table = SurveyCsvReader.read(Files.readAllBytes(file), MAX);
        assertThat(result).isEqualTo(SurveyAnalysis.analyse(List.of(intake, schade),
                SurveyRespondentConverter.convert(table, mapping, 5), AnalysisSettings.defaults()));
        assertThat(result.overall().moments().get(0).meanSatisfaction())
                .isEqualTo((7 + 7 + 5 + 3 + 10 + 6 + 8 + 4) / 8.0);
        assertThat(result.overall().moments().get(1).meanSatisfaction()).isEqualTo((10 + 10 + 1 + 9 + 7 + 5 + 2) / 7.0);
        assertThat(result.overall().nps().n()).isEqualTo(8); // r7's " 7 " and r8's tab-9 count
        // promoters r1, r5, r8 (9, 10, tab-9), detractors r3, r6, r9 (1, 0, 6), passives r2, r7 (8, " 7 ")
        assertThat(result.overall().nps().nps()).isCloseTo(0.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aBadCellLeftOfTheMomentsStillComesFirst() throws IOException {
        Path file = dir.resolve("order.csv");
        Files.writeString(file, "id,nps,Intake,Schade gemeld\nr1,8,7,9\nr2,11,7,9\n");
        ColumnMapping mapping = mapping(List.of("id", "nps", "Intake", "Schade gemeld"));
        SurveyImportException npsFirst = catchThrowableOfType(SurveyImportException.class, () ->
                SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade), AnalysisSettings.defaults(),
                        p -> { }));
        assertThat(npsFirst.key()).isEqualTo("import.error.out-of-range");
        assertThat(npsFirst.column()).isEqualTo("nps");
        assertThat(npsFirst.row()).isEqualTo(3);

        Files.writeString(file, "id,nps,Intake,Schade gemeld\nr1,x,0,11\n");
        assertThat(catchThrowableOfType(SurveyImportException.class, () ->
                SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade), AnalysisSettings.defaults(),
                        p -> { })).key()).isEqualTo("import.error.not-numeric");

        Files.writeString(file, "id,nps,Intake,Schade gemeld\nr1,8,7,0\n");
        SurveyImportException moment = catchThrowableOfType(SurveyImportException.class, () ->
                SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade), AnalysisSettings.defaults(),
                        p -> { }));
        assertThat(moment.key()).isEqualTo("import.error.out-of-range");
        assertThat(moment.column()).isEqualTo("Schade gemeld");
        assertThat(moment.value()).isEqualTo("0");

        for (String cell : List.of("0:", "1:", "1/", ":", "11", "1 0")) { // two chars that only look like 10, etc.
            Files.writeString(file, "id,nps,Intake,Schade gemeld\nr1,8,7,9\nr2,8,\"" + cell + "\",9\n");
            SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () ->
                    SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade),
                            AnalysisSettings.defaults(), p -> { }));
            assertThat(e).as(cell).isNotNull();
            assertThat(e.key()).isEqualTo(cell.equals("11") ? "import.error.out-of-range" : "import.error.not-numeric");
            assertThat(e.column()).isEqualTo("Intake");
            assertThat(e.value()).isEqualTo(cell);
            assertThat(e.row()).isEqualTo(3);
        }
    }

    @Test
    void momentColumnsOutsideTheJourneyAreStillChecked() throws IOException {
        Path file = dir.resolve("outside.csv");
        Files.writeString(file, "id,nps,Intake,Schade gemeld\nr1,8,7,9\nr2,8,7,12\n");
        ColumnMapping mapping = mapping(List.of("id", "nps", "Intake", "Schade gemeld"));
        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () ->
                SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake), AnalysisSettings.defaults(), p -> { }));
        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.column()).isEqualTo("Schade gemeld");
    }

    @Test
    void ofSeveralDuplicateIdsTheEarliestRepeatIsReported() throws IOException {
        SurveyImportException e = problem("dups.csv",
                "r1,8,7\nr2,9,7\n\nr3,9,\"7\"\n\"r2\",1,1\nr1,2,2\nr2,3,3\n"); // r2 again on line 6

        assertThat(e.key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(e.row()).isEqualTo(6);
        assertThat(e.column()).isEqualTo("id");
        assertThat(e.value()).isEqualTo("r2");
        assertThat(e.args()).containsExactly(3);
    }

    @Test
    void theFirstProblemInTheFileWinsWhateverItsKind() throws IOException {
        // ids are checked after the pass (CSV); an error found later must not hide an earlier duplicate
        String rows = "r1,8,7\nr2,9,7\nr1,7,7\n"; // duplicate on line 4
        assertThat(problem("a.csv", rows + "r3,x,7\n").key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(problem("b.csv", rows + "r3,8,7,9\n").key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(problem("c.csv", rows + "r3,8,\"7\n").key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(problem("d.csv", "r1,8,7\nr1,x,7\n").key()).as("same row: the id is checked first")
                .isEqualTo("import.error.duplicate-respondent");
        SurveyImportException earlier = problem("e.csv", "r1,8,7\nr2,11,7\nr1,7,7\n");
        assertThat(earlier.key()).isEqualTo("import.error.out-of-range");
        assertThat(earlier.row()).isEqualTo(3);
        SurveyImportException malformed = problem("f.csv", "r1,8,7\nr2,9,7,1\nr1,7,7\n");
        assertThat(malformed.key()).isEqualTo("import.error.wrong-column-count");
    }

    private SurveyImportException problem(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "id,nps,Intake\n" + rows);
        return catchThrowableOfType(SurveyImportException.class, () -> analyse(file));
    }

    @Test
    void progressRisesInSmallStepsToOne() throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("id,nps,Intake\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("R").append(i).append(',').append(random.nextInt(11)).append(',')
                    .append(1 + random.nextInt(10)).append('\n');
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv);
        List<Double> progress = new ArrayList<>();

        SurveyPipeline.analyse(file, MAX, mapping(List.of("id", "nps", "Intake")), 5, List.of(intake),
                AnalysisSettings.defaults(), progress::add);

        assertThat(progress).isSorted();
        assertThat(progress.getLast()).isEqualTo(1.0);
        // at most one report per 1 % (plus start and end), not one per row; the file is read in 64 KiB steps
        assertThat(progress.size()).isBetween(5, 102);
    }

    @Test
    void fileErrorsKeepTheirKeys() throws IOException {
        assertThat(failure("empty.csv", new byte[0]).key()).isEqualTo("import.error.empty-file");
        assertThat(failure("header.csv", "id;nps\r\n\r\n".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("import.error.header-only");
        assertThat(failure("nul.csv", "id;nps\nr1;\0".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("import.error.encoding");
        assertThat(failure("dup.csv", "id;ID\nr1;2\n".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("import.error.duplicate-column");
        SurveyImportException quote = failure("quote.csv", "id,nps\nr1,9\nr2,\"8\nr3,7\n".getBytes(StandardCharsets.UTF_8));
        assertThat(quote.key()).isEqualTo("import.error.unclosed-quote");
        assertThat(quote.row()).isEqualTo(3);
        SurveyImportException extra = failure("extra.csv", "id;nps\nr1;9\nr2;8;oops\n".getBytes(StandardCharsets.UTF_8));
        assertThat(extra.key()).isEqualTo("import.error.wrong-column-count");
        assertThat(extra.row()).isEqualTo(3);
        Path large = dir.resolve("large.csv");
        Files.writeString(large, "id,nps\nr1,9\n");
        assertThat(catchThrowableOfType(SurveyImportException.class, () -> SurveyPipeline.preview(large, 5)).key())
                .isEqualTo("import.error.too-large");
    }

    /** Rows as a file of {@code rows} respondents "R0", "R1", … with an nps and an Intake score, in plain ASCII. */
    private static StringBuilder asciiRows(int rows) {
        StringBuilder csv = new StringBuilder("id,Regio,nps,Intake\n");
        for (int i = 0; i < rows; i++) {
            csv.append('R').append(i).append(",Noord,").append(i % 11).append(',').append(1 + i % 10).append('\n');
        }
        return csv;
    }

    @Test
    void aWindows1252FileWhoseFirstNonAsciiByteComesLateIsReadAgainAsWindows1252() throws IOException {
        // the one pass takes the file to be UTF-8 (its first 100 KB are plain ASCII) until "café" in Windows-1252:
        // then it starts again the careful way, into a fresh accumulator, and the listener starts over too
        StringBuilder csv = asciiRows(6_000).append("R6000,café,9,8\n");
        Path file = dir.resolve("late.csv");
        Files.write(file, csv.toString().getBytes(WINDOWS_1252));
        ColumnMapping mapping = mapping(List.of("id", "Regio", "nps", "Intake"));
        List<String> seen = new ArrayList<>();
        SurveyPipeline.RespondentListener listener = new SurveyPipeline.RespondentListener() {
            @Override
            public void respondent(app.momentum.measurement.analysis.SurveyAccumulator.Answers answers) {
                seen.add(answers.id());
            }

            @Override
            public void startAgain() {
                seen.clear();
            }
        };
        List<Double> progress = new ArrayList<>();

        AnalysisResult result = SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake),
                AnalysisSettings.defaults(), progress::add, listener);

        assertThat(result.overall().respondents()).isEqualTo(6_001);
        assertThat(result.bySegment().get("Regio")).containsOnlyKeys("Noord", "café");
        assertThat(seen).hasSize(6_001).doesNotHaveDuplicates();
        // the bar goes back to the start when the file is read again, and ends full
        assertThat(progress.stream().filter(share -> share == 0.0).count()).isEqualTo(2);
        assertThat(progress.getLast()).isEqualTo(1.0);
        SurveyTable table = SurveyCsvReader.read(Files.readAllBytes(file), MAX);
        assertThat(table.charset()).isEqualTo(WINDOWS_1252);
        assertThat(result).isEqualTo(SurveyAnalysis.analyse(List.of(intake),
                SurveyRespondentConverter.convert(table, mapping, 5), AnalysisSettings.defaults()));
    }

    @Test
    void aFileRefusedForANulByteFarDownIsRefusedForItEvenAfterABadCell() throws IOException {
        // read the careful way, the NUL is found before any row: the one pass must not report the bad cell instead
        StringBuilder csv = asciiRows(6_000).append("R6000,Noord\u0000,9,8\n");
        csv.replace(csv.indexOf("R5,Noord,5,6"), csv.indexOf("R5,Noord,5,6") + "R5,Noord,5,6".length(),
                "R5,Noord,55,6");
        Path file = dir.resolve("nul.csv");
        Files.writeString(file, csv);

        assertThat(catchThrowableOfType(SurveyImportException.class, () -> analyse(file)).key())
                .isEqualTo("import.error.encoding");

        Files.writeString(file, csv.toString().replace("\u0000", "")); // without it, the bad cell is the problem
        SurveyImportException badCell = catchThrowableOfType(SurveyImportException.class, () -> analyse(file));
        assertThat(badCell.key()).isEqualTo("import.error.out-of-range");
        assertThat(badCell.row()).isEqualTo(7);
    }

    private SurveyImportException failure(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () -> {
            SurveyPipeline.preview(file, MAX);
            analyse(file);
        });
        assertThat(e).as(name).isNotNull();
        return e;
    }

    private AnalysisResult analyse(Path file) {
        return SurveyPipeline.analyse(file, MAX, mapping(List.of("id", "nps", "Intake")), 5, List.of(intake),
                AnalysisSettings.defaults(), p -> { });
    }
}
