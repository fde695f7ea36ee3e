package app.momentum.base.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.xlsx.FirstSheet.SheetRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

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
}
