package app.momentum.measurement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SurveyXlsxReaderTest {

    private static final long MAX = 1_000_000;

    /** A workbook whose first sheet holds the given rows; Number values become numeric cells, null stays empty. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Responses");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue; // leaves an empty row, as users do between blocks
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
            return out.toByteArray();
        }
    }

    @Test
    void readsNumbersAsWholeNumbersSkipsBlankRowsAndKeepsExcelRowNumbers() throws IOException {
        byte[] bytes = workbook(
                new Object[] {"id", "Regio", "nps", "Intake"},
                new Object[] {"r1", "Noord", 9.0, 7},
                null,
                new Object[] {1001, "Zuid", 6, null},
                new Object[] {"r3", "Zuid", 7.5});

        SurveyTable table = SurveyFileReader.read(bytes, MAX);

        assertThat(table.headers()).containsExactly("id", "Regio", "nps", "Intake");
        assertThat(table.rows()).containsExactly(
                List.of("r1", "Noord", "9", "7"), List.of("1001", "Zuid", "6", ""), List.of("r3", "Zuid", "7.5", ""));
        assertThat(table.lineNumbers()).containsExactly(2, 4, 5);
    }

    @Test
    void anOutOfRangeScoreIsReportedAtTheRowExcelShows() throws IOException {
        byte[] bytes = workbook(
                new Object[] {"id", "nps"},
                null,
                new Object[] {"r1", 8},
                new Object[] {"r2", 12});
        SurveyTable table = SurveyFileReader.read(bytes, MAX);
        ColumnMapping mapping = new ColumnMapping(Map.of(
                "id", ColumnAssignment.of(ColumnRole.RESPONDENT_ID), "nps", ColumnAssignment.of(ColumnRole.RECOMMEND)));

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyRespondentConverter.convert(table, mapping, 7));

        assertThat(e.key()).isEqualTo("import.error.out-of-range");
        assertThat(e.row()).isEqualTo(4);
        assertThat(e.column()).isEqualTo("nps");
        assertThat(e.value()).isEqualTo("12");
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() {
        byte[] fake = "PK\u0003\u0004this is no workbook at all".getBytes(StandardCharsets.ISO_8859_1);

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyFileReader.read(fake, MAX));

        assertThat(e.key()).isEqualTo("import.error.not-workbook");
    }

    @Test
    void anEmptySheetAndAHeaderOnlySheetAreRefused() throws IOException {
        assertThat(catchThrowableOfType(SurveyImportException.class,
                () -> SurveyFileReader.read(workbook(), MAX)).key()).isEqualTo("import.error.empty-file");
        SurveyImportException headerOnly = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyFileReader.read(workbook(null, new Object[] {"id", "nps"}), MAX));
        assertThat(headerOnly.key()).isEqualTo("import.error.header-only");
        assertThat(headerOnly.row()).isEqualTo(2);
    }

    @Test
    void extraFilledCellsBeyondTheHeaderAreRefused() throws IOException {
        byte[] bytes = workbook(new Object[] {"id", "nps"}, new Object[] {"r1", 8, "oops"});

        SurveyImportException e = catchThrowableOfType(SurveyImportException.class,
                () -> SurveyFileReader.read(bytes, MAX));

        assertThat(e.key()).isEqualTo("import.error.wrong-column-count");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.value()).isEqualTo("oops");
    }

    @Test
    void aTooLargeWorkbookIsRefusedBeforeReading() throws IOException {
        byte[] bytes = workbook(new Object[] {"id", "nps"}, new Object[] {"r1", 8});

        assertThat(catchThrowableOfType(SurveyImportException.class,
                () -> SurveyFileReader.read(bytes, bytes.length - 1)).key()).isEqualTo("import.error.too-large");
    }

    @Test
    void textThatIsNotAZipIsReadAsCsv() {
        SurveyTable table = SurveyFileReader.read("id;nps\nr1;8\n".getBytes(StandardCharsets.UTF_8), MAX);

        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows()).containsExactly(List.of("r1", "8"));
    }
}
