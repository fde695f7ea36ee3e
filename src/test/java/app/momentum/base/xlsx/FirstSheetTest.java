package app.momentum.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstSheetTest {

    @Test
    void readsTheFirstSheetAsTextWithExcelRowNumbers() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("First");
            workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("ignored");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue(" name ");
            header.createCell(2).setCellValue("when");
            sheet.createRow(1); // blank: skipped
            Row data = sheet.createRow(3);
            data.createCell(0).setCellValue(42.0);
            data.createCell(1).setCellValue(7.25);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
            data.createCell(2).setCellValue(LocalDate.of(2026, 3, 1));
            data.getCell(2).setCellStyle(date);
            data.createCell(3).setCellFormula("B4*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            bytes = out.toByteArray();
        }

        assertThat(FirstSheet.looksLikeWorkbook(bytes)).isTrue();
        List<SheetRow> rows = FirstSheet.read(bytes);

        assertThat(rows).containsExactly(
                new SheetRow(1, List.of("name", "", "when")),
                new SheetRow(4, List.of("42", "7.25", "2026-03-01", "14.5")));
    }

    @Test
    void inlineStringsBooleansErrorsAndGapsReadAsACsvExportWouldHoldThem() throws Exception {
        byte[] bytes;
        // SXSSF writes strings inline rather than in the shared-string table, as some survey tools do
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Responses");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(3).setCellValue(" vip ");
            Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("r1");
            data.createCell(1).setCellValue(true);
            data.createCell(3).setCellValue(9.0);
            data.createCell(4).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
            workbook.write(out);
            bytes = out.toByteArray();
        }
        assertThat(FirstSheet.read(bytes)).containsExactly(
                new SheetRow(1, List.of("id", "", "", "vip")),
                new SheetRow(2, List.of("r1", "true", "", "9", "")));
    }

    @Test
    void anythingElseIsNotAWorkbook() {
        byte[] zipLike = {'P', 'K', 3, 4, 9, 9, 9};
        assertThat(FirstSheet.looksLikeWorkbook(zipLike)).isTrue();
        assertThatThrownBy(() -> FirstSheet.read(zipLike)).isInstanceOf(FirstSheet.NotAWorkbookException.class);
        assertThat(FirstSheet.looksLikeWorkbook("kpi,period".getBytes())).isFalse();
    }

    @Test
    void anEmptyWorkbookHasNoRows() throws IOException, FirstSheet.NotAWorkbookException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Empty");
            workbook.write(out);
            assertThat(FirstSheet.read(out.toByteArray())).isEmpty();
        }
    }

    /** A workbook (XSSF, which writes the sheet's dimension) with rows 1–10 filled except 4 and 7. */
    private static byte[] tenRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Responses");
            for (int r = 0; r < 10; r++) {
                if (r != 3 && r != 6) {
                    sheet.createRow(r).createCell(0).setCellValue("row " + (r + 1));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void rowsAreHandedOnAsReadWithTheirExcelNumbersUntilTheHandlerStops() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        int[] lastRow = {-1};
        FirstSheet.forEachRow(tenRows(), new FirstSheet.RowHandler() {
            @Override
            public boolean row(SheetRow row) {
                assertThat(row.cells()).containsExactly("row " + row.number());
                numbers.add(row.number());
                return row.number() < 5;
            }

            @Override
            public void lastRowHint(int last) {
                assertThat(numbers).as("before the first row").isEmpty();
                lastRow[0] = last;
            }
        });

        assertThat(numbers).containsExactly(1, 2, 3, 5);
        assertThat(lastRow[0]).isEqualTo(10);
    }

    @Test
    void anExceptionFromTheHandlerReachesTheCallerAsThrownNotAsADamagedWorkbook() throws IOException {
        IllegalStateException problem = new IllegalStateException("bad value on row 8");
        List<Integer> numbers = new ArrayList<>();

        assertThatThrownBy(() -> FirstSheet.forEachRow(tenRows(), row -> {
            numbers.add(row.number());
            if (row.number() == 8) {
                throw problem;
            }
            return true;
        })).isSameAs(problem);
        assertThat(numbers).containsExactly(1, 2, 3, 5, 6, 8);
    }

    @Test
    void aSheetDamagedFurtherDownIsNotAWorkbookAfterItsReadableRows() throws IOException {
        byte[] damaged = withSheetXml(tenRows(), xml -> xml.substring(0, xml.indexOf("<row r=\"9\"") + 20));
        List<Integer> numbers = new ArrayList<>();

        assertThatThrownBy(() -> FirstSheet.forEachRow(damaged, row -> numbers.add(row.number())))
                .isInstanceOf(FirstSheet.NotAWorkbookException.class);
        assertThat(numbers).containsExactly(1, 2, 3, 5, 6, 8);
    }

    @Test
    void noExternalEntityIsFetched(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        byte[] hostile = withSheetXml(tenRows(), xml -> {
            String declaration = xml.substring(0, xml.indexOf("?>") + 2);
            return declaration + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                    + xml.substring(declaration.length()).replace("</sheetData>",
                    "<row r=\"11\"><c r=\"A11\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>");
        });

        List<SheetRow> rows = new ArrayList<>();
        try {
            FirstSheet.forEachRow(hostile, rows::add);
        } catch (FirstSheet.NotAWorkbookException refused) {
            return; // refused: fine
        }
        assertThat(rows).noneMatch(row -> row.cells().toString().contains("secret"));
    }

    /** The workbook with its first sheet's XML changed. */
    private static byte[] withSheetXml(byte[] workbook, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
