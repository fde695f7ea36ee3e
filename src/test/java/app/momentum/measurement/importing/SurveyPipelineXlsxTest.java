package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.SurveyAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline on XLSX workbooks: each row converted and counted as it is read, with the sheet's row numbers. */
class SurveyPipelineXlsxTest {

    private static final long MAX = 10_000_000;

    @TempDir
    Path dir;

    private final MomentInfo intake = new MomentInfo(UUID.randomUUID(), "Intake", TargetLevel.SEVEN_PLUS);
    private final MomentInfo schade = new MomentInfo(UUID.randomUUID(), "Schade gemeld", TargetLevel.NINE_PLUS);
    private final ColumnMapping mapping = new ColumnMapping(Map.of(
            "id", ColumnAssignment.of(ColumnRole.RESPONDENT_ID),
            "Regio", ColumnAssignment.segment("Regio"),
            "nps", ColumnAssignment.of(ColumnRole.RECOMMEND),
            "Intake", ColumnAssignment.moment(intake.id()),
            "Schade gemeld", ColumnAssignment.moment(schade.id())));

    /** The first sheet holds the rows; Number values become numeric cells, null rows are left out (blank). */
    private Path written(String name, Workbook workbook, Object[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Responses");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private Path workbook(String name, Object[]... rows) throws IOException {
        return written(name, new XSSFWorkbook(), rows);
    }

    /** {@code respondents} random rows after the header, with a blank row now and then. */
    private Object[][] survey(int respondents) {
        Random random = new Random(7);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"id", "Regio", "nps", "Intake", "Schade gemeld"});
        String[] regions = {"Noord", "Zuid", "Oost"};
        for (int i = 0; i < respondents; i++) {
            if (i % 97 == 13) {
                rows.add(null);
            }
            Object intakeScore = random.nextInt(4) == 0 ? null : 1 + random.nextInt(10);
            Object schadeScore = random.nextInt(3) == 0 ? 7.0 : 1 + random.nextInt(10); // a double, read as "7"
            rows.add(new Object[] {i % 5 == 0 ? 1000 + i : "R" + i, regions[random.nextInt(3)], random.nextInt(11),
                    intakeScore, schadeScore});
        }
        return rows.toArray(Object[][]::new);
    }

    private AnalysisResult analyse(Path file, List<Double> progress) {
        return SurveyPipeline.analyse(file, MAX, mapping, 5, List.of(intake, schade), AnalysisSettings.defaults(),
                progress::add);
    }

    @Test
    void aWorkbookAnalysesExactlyAsItsWholeTableDid() throws IOException {
        Path file = workbook("survey.xlsx", survey(1_000));
        List<Double> progress = new ArrayList<>();

        AnalysisResult streamed = analyse(file, progress);

        // the way the workbook was analysed before it streamed: the whole table read, then every row converted
        SurveyTable table = SurveyFileReader.read(Files.readAllBytes(file), MAX);
        AnalysisResult fromTable = SurveyAnalysis.analyse(List.of(intake, schade),
                SurveyRespondentConverter.convert(table, mapping, 5), AnalysisSettings.defaults());
        assertThat(streamed).isEqualTo(fromTable);
        assertThat(streamed.overall().respondents()).isEqualTo(1_000);
        assertThat(streamed.bySegment().get("Regio")).containsOnlyKeys("Noord", "Zuid", "Oost");
        assertThat(table.lineNumbers().getLast()).isEqualTo(1 + 11 + 1_000); // header, 11 blank rows skipped
    }

    @Test
    void progressIsTheShareOfRowsWhenTheSheetTellsItsLastRow() throws IOException {
        List<Double> progress = new ArrayList<>();
        analyse(workbook("survey.xlsx", survey(2_000)), progress); // XSSF writes the sheet's dimension

        assertThat(progress.getFirst()).isEqualTo(0.0);
        assertThat(progress.getLast()).isEqualTo(1.0);
        assertThat(progress).isSorted();
        assertThat(progress.size()).isBetween(50, 103); // about one report per 1 %, not one per row
        assertThat(progress.get(progress.size() / 2)).isBetween(0.3, 0.7);
    }

    @Test
    void progressIsAHalfWhenTheSheetDoesNotTellItsLastRow() throws IOException {
        Path file = written("streamed.xlsx", new SXSSFWorkbook(), survey(300)); // as some survey tools write
        withoutDimension(file);
        List<Double> progress = new ArrayList<>();

        analyse(file, progress);

        assertThat(progress).containsExactly(0.0, 0.5, 1.0);
    }

    /** Takes the dimension (the used range, e.g. "A1:E305") out of the first sheet's XML, as some writers leave it. */
    private static void withoutDimension(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    String without = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
                    assertThat(without).isNotEqualTo(xml);
                    content = without.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        Files.write(file, out.toByteArray());
    }

    @Test
    void aBadCellFarDownIsReportedAtItsExcelRowAfterTheRowsBeforeItWereCounted() throws IOException {
        Object[][] rows = survey(500);
        rows[400] = new Object[] {"bad", "Zuid", 12, 7, 7}; // Excel row 401, after blank rows
        Path file = workbook("bad.xlsx", rows);
        List<String> seen = new ArrayList<>();

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () -> SurveyPipeline.analyse(file,
                MAX, mapping, 5, List.of(intake, schade), AnalysisSettings.defaults(), p -> { },
                answers -> seen.add("row")));

        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.row()).isEqualTo(401);
        assertThat(e.column()).isEqualTo("nps");
        assertThat(e.value()).isEqualTo("12");
        assertThat(seen).hasSize(395); // rows 2–400 less 4 blank ones: streamed, yet nothing was returned
    }

    @Test
    void aDuplicateIdIsReportedWithTheRowOfItsFirstOccurrence() throws IOException {
        Path file = workbook("dup.xlsx", new Object[] {"id", "nps"}, new Object[] {"r1", 8}, null,
                new Object[] {"r2", 9}, new Object[] {"r1", 7});

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () -> analyse(file,
                new ArrayList<>()));

        assertThat(e.key()).isEqualTo("import.error.duplicate-respondent");
        assertThat(e.row()).isEqualTo(5);
        assertThat(e.args()).containsExactly(2);
    }

    @Test
    void thePreviewReadsOnlyTheHeaderAndTheSampleRows() throws IOException {
        Object[][] rows = survey(20);
        rows[12] = new Object[] {"r12", "Zuid", 8, 7, 7, "extra"}; // a bad row past the sample
        Path file = workbook("sample.xlsx", rows);

        SurveyPreview preview = SurveyPipeline.preview(file, MAX);

        assertThat(preview.xlsx()).isTrue();
        assertThat(preview.delimiter()).isEqualTo((char) 0);
        assertThat(preview.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(preview.headers()).containsExactly("id", "Regio", "nps", "Intake", "Schade gemeld");
        assertThat(preview.sampleRows()).hasSize(SurveyPipeline.SAMPLE_ROWS);
        assertThat(preview.sampleRows().getFirst()).hasSize(5).startsWith("1000"); // respondent 0: a numeric id
        SurveyImportException e = catchThrowableOfType(SurveyImportException.class, () -> analyse(file,
                new ArrayList<>()));
        assertThat(e.key()).isEqualTo("import.error.wrong-column-count");
        assertThat(e.row()).isEqualTo(13);
        assertThat(e.value()).isEqualTo("extra");
    }

    @Test
    void fileErrorsKeepTheirKeysAndRows() throws IOException {
        assertThat(failure(workbook("empty.xlsx")).key()).isEqualTo("import.error.empty-file");
        SurveyImportException headerOnly = failure(workbook("header.xlsx", null, null, new Object[] {"id", "nps"}));
        assertThat(headerOnly.key()).isEqualTo("import.error.header-only");
        assertThat(headerOnly.row()).isEqualTo(3);
        SurveyImportException twice = failure(workbook("twice.xlsx", new Object[] {"id", " ID "},
                new Object[] {"r1", 8}));
        assertThat(twice.key()).isEqualTo("import.error.duplicate-column");
        assertThat(twice.row()).isEqualTo(1);
        Path fake = dir.resolve("fake.xlsx");
        Files.write(fake, "PK\u0003\u0004this is no workbook at all".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(failure(fake).key()).isEqualTo("import.error.not-workbook");
        Path small = workbook("small.xlsx", new Object[] {"id", "nps"}, new Object[] {"r1", 8});
        long size = Files.size(small);
        assertThat(catchThrowableOfType(SurveyImportException.class,
                () -> SurveyPipeline.preview(small, size - 1)).key()).isEqualTo("import.error.too-large");
        assertThat(catchThrowableOfType(SurveyImportException.class, () -> SurveyPipeline.analyse(small, size - 1,
                mapping, 5, List.of(intake), AnalysisSettings.defaults(), p -> { })).key())
                .isEqualTo("import.error.too-large");
    }

    /** The same error from the preview and from the analysis. */
    private SurveyImportException failure(Path file) {
        SurveyImportException fromPreview = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyPipeline.preview(file, MAX));
        SurveyImportException fromAnalysis = catchThrowableOfType(SurveyImportException.class,
                () -> analyse(file, new ArrayList<>()));
        assertThat(fromPreview).as(file.getFileName().toString()).isNotNull();
        assertThat(fromAnalysis).isNotNull();
        assertThat(fromAnalysis.key()).isEqualTo(fromPreview.key());
        assertThat(fromAnalysis.row()).isEqualTo(fromPreview.row());
        return fromAnalysis;
    }
}
