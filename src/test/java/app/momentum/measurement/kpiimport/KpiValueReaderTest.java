package app.momentum.measurement.kpiimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.measurement.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading and checking KPI value files: every format the dialog promises and every kind of bad input. */
class KpiValueReaderTest {

    static final KpiRef NPS = new KpiRef(UUID.randomUUID(), "NPS", "Net Promoter Score (NPS)", new BigDecimal("-100"),
            new BigDecimal("100"));
    static final KpiRef CSAT = new KpiRef(UUID.randomUUID(), "CSAT", "Customer satisfaction (CSAT)", BigDecimal.ZERO,
            new BigDecimal("100"));
    static final KpiRef CROSS_SELL = new KpiRef(UUID.randomUUID(), "CROSS_SELL", "Cross-sell ratio", BigDecimal.ZERO,
            new BigDecimal("100"));
    static final KpiRef CLV = new KpiRef(UUID.randomUUID(), "CLV", "Customer lifetime value (CLV)", null, null);
    static final KpiRef OWN = new KpiRef(UUID.randomUUID(), null, "First contact resolution", BigDecimal.ZERO,
            new BigDecimal("100"));
    static final KpiRef CAFE = new KpiRef(UUID.randomUUID(), null, "Tevredenheid café", null, null);
    static final List<KpiRef> CATALOGUE = List.of(NPS, CSAT, CROSS_SELL, CLV, OWN, CAFE);

    final KpiValueReader reader = new KpiValueReader();

    KpiImportResult read(String csv) {
        return reader.read(csv.getBytes(StandardCharsets.UTF_8), CATALOGUE);
    }

    // --- good files ------------------------------------------------------------------------------------

    @Test
    void readsAnEnglishCsvByCodeOrNameWithMonthsAndQuarters() {
        KpiImportResult result = read("""
                kpi,period,value,sample_size,target
                NPS,2026-03,31,412,35
                nps,2026-Q2,-12.5,,
                first CONTACT resolution,Q3 2026,80,,85
                cross-sell,2026-01,12,,
                Customer lifetime value (CLV),2026-02,-1234.56,,
                """);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new KpiValueRow(2, NPS.id(), Period.month(2026, 3), new BigDecimal("31"), 412, new BigDecimal("35")),
                new KpiValueRow(3, NPS.id(), Period.quarter(2026, 2), new BigDecimal("-12.5"), null, null),
                new KpiValueRow(4, OWN.id(), Period.quarter(2026, 3), new BigDecimal("80"), null, new BigDecimal("85")),
                new KpiValueRow(5, CROSS_SELL.id(), Period.month(2026, 1), new BigDecimal("12"), null, null),
                new KpiValueRow(6, CLV.id(), Period.month(2026, 2), new BigDecimal("-1234.56"), null, null));
        assertThat(result.valueCount()).isEqualTo(5);
        assertThat(result.targetCount()).isEqualTo(2);
    }

    @Test
    void readsADutchExcelCsvWithSemicolonsWindows1252AndDecimalCommas() {
        String text = "KPI;Periode;Waarde;Steekproef;Doel\r\n"
                + "NPS;K1 2026;31,5;412;35\r\n"
                + ";;;;\r\n"
                + "CSAT;2026-02;78,25;1250;\r\n"
                + "\"Tevredenheid café\";2026-k2;,5;;\r\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        KpiImportResult result = reader.read(bytes, CATALOGUE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(KpiValueRow::row).containsExactly(2, 4, 5);
        assertThat(result.rows()).extracting(KpiValueRow::kpiId).containsExactly(NPS.id(), CSAT.id(), CAFE.id());
        assertThat(result.rows()).extracting(KpiValueRow::value)
                .containsExactly(new BigDecimal("31.5"), new BigDecimal("78.25"), new BigDecimal("0.5"));
        assertThat(result.rows()).extracting(KpiValueRow::period)
                .containsExactly(Period.quarter(2026, 1), Period.month(2026, 2), Period.quarter(2026, 2));
        assertThat(result.rows().getFirst().target()).isEqualByComparingTo("35");
    }

    @Test
    void windows1252TextInAnUnknownKpiNameComesBackReadable() {
        byte[] bytes = "kpi;periode;waarde\r\nTevredenheid crèche;2026-03;7,5\r\n".getBytes(Charset.forName("windows-1252"));

        KpiImportResult result = reader.read(bytes, CATALOGUE);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(KpiValueReader.UNKNOWN_KPI);
            assertThat(e.value()).isEqualTo("Tevredenheid crèche");
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("kpi");
        });
    }

    @Test
    void aRowMayOnlySetATarget() {
        KpiImportResult result = read("kpi,period,value,target\nCSAT,2026-Q3,,82\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.value()).isNull();
            assertThat(row.target()).isEqualByComparingTo("82");
        });
        assertThat(result.valueCount()).isZero();
    }

    @Test
    void readsAWorkbookWithExcelRowNumbersNumericCellsAndADateTypedAsAMonth() throws IOException {
        byte[] bytes = workbook(
                new Object[] {"kpi", "period", "value", "sample size", "target"},
                null,
                new Object[] {"NPS", "2026-Q1", 31.5, 412, 35},
                new Object[] {"CSAT", java.time.LocalDate.of(2026, 3, 1), 78, null, null});

        KpiImportResult result = reader.read(bytes, CATALOGUE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new KpiValueRow(3, NPS.id(), Period.quarter(2026, 1), new BigDecimal("31.5"), 412, new BigDecimal("35")),
                new KpiValueRow(4, CSAT.id(), Period.month(2026, 3), new BigDecimal("78"), null, null));
    }

    @Test
    void theExampleFilesImportAsTheyAre() {
        for (boolean dutch : new boolean[] {false, true}) {
            KpiImportResult result = reader.read(KpiImportExample.csv(dutch), CATALOGUE);
            assertThat(result.errors()).as("dutch=" + dutch).isEmpty();
            assertThat(result.rows()).hasSize(4);
            assertThat(result.rows().get(1).value()).isEqualByComparingTo("33.5");
        }
    }

    // --- bad rows --------------------------------------------------------------------------------------

    @Test
    void everyBadCellIsReportedWithRowColumnAndValue() {
        KpiImportResult result = read("""
                kpi,period,value,sample_size,target
                NPS,2026-13,10,,
                Unknown KPI,2026-01,10,,
                CSAT,2026-02,abc,,
                CSAT,2026-03,101,,
                NPS,2026-04,1.000,0,
                NPS,2026-05,1,12.5,
                NPS,2026-06,1,,lots
                NPS,2026-07,1,,-101
                ,2026-08,1,,
                NPS,,1,,
                NPS,2026-09,,,
                NPS,2026-10,,50,60
                """);

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).as("nothing is returned when anything is wrong").isEmpty();
        assertThat(result.errors()).extracting(KpiImportError::row, KpiImportError::column, KpiImportError::value,
                KpiImportError::key).containsExactly(
                tuple(2, "period", "2026-13", KpiValueReader.PERIOD),
                tuple(3, "kpi", "Unknown KPI", KpiValueReader.UNKNOWN_KPI),
                tuple(4, "value", "abc", KpiValueReader.NUMBER),
                tuple(5, "value", "101", KpiValueReader.OUT_OF_SCALE),
                tuple(6, "sample_size", "0", KpiValueReader.SAMPLE_SIZE),
                tuple(7, "sample_size", "12.5", KpiValueReader.SAMPLE_SIZE),
                tuple(8, "target", "lots", KpiValueReader.NUMBER),
                tuple(9, "target", "-101", KpiValueReader.OUT_OF_SCALE),
                tuple(10, "kpi", "", KpiValueReader.REQUIRED),
                tuple(11, "period", "", KpiValueReader.REQUIRED),
                tuple(12, "value", "", KpiValueReader.VALUE_REQUIRED),
                tuple(13, "value", "", KpiValueReader.VALUE_REQUIRED));
        assertThat(result.errors().get(3).args()).containsExactly("0", "100");
        assertThat(result.errors().get(3).messageArguments()).containsExactly(5, "value", "101", "0", "100");
    }

    @Test
    void aKpiAndPeriodTwiceInOneFileNamesTheEarlierRow() {
        KpiImportResult result = read("kpi,period,value\nNPS,2026-Q1,10\nCSAT,2026-Q1,70\nnps,Q1 2026,12\nNPS,2026-01,11\n");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(KpiValueReader.DUPLICATE);
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.column()).isEqualTo("period");
            assertThat(e.value()).isEqualTo("Q1 2026");
            assertThat(e.args()).containsExactly(2, "nps");
        });
    }

    @Test
    void aRowWiderThanTheHeaderIsRefused() {
        KpiImportResult result = read("kpi,period,value\nNPS,2026-01,1,5\nNPS,2026-02,1,,\n");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(KpiValueReader.COLUMN_COUNT);
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.value()).isEqualTo("5");
            assertThat(e.args()).containsExactly(3, 4);
        });
    }

    // --- bad files -------------------------------------------------------------------------------------

    @Test
    void aMissingRequiredColumnIsNamedInBothLanguages() {
        KpiImportResult result = read("kpi;periode;steekproef\nNPS;2026-01;12\n");

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(KpiValueReader.MISSING_COLUMN);
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.args()).containsExactly("value", "waarde");
        });
    }

    @Test
    void unknownAndDuplicateColumnsAreRefused() {
        KpiImportResult result = read("kpi,period,value,steekproefgrote,waarde\nNPS,2026-01,1,2,3\n");

        assertThat(result.errors()).extracting(KpiImportError::key, KpiImportError::column).containsExactly(
                tuple(KpiValueReader.UNKNOWN_COLUMN, "steekproefgrote"),
                tuple(KpiValueReader.DUPLICATE_COLUMN, "waarde"));
        assertThat(result.errors().get(1).args()).containsExactly("value");
    }

    @Test
    void emptyAndHeaderOnlyFilesAreRefused() {
        assertThat(keys(read(""))).containsExactly(KpiValueReader.EMPTY);
        assertThat(keys(read(" \n;;;\n\n"))).containsExactly(KpiValueReader.EMPTY);
        KpiImportResult headerOnly = read("\nkpi,period,value\n\n");
        assertThat(keys(headerOnly)).containsExactly(KpiValueReader.HEADER_ONLY);
        assertThat(headerOnly.errors().getFirst().row()).isEqualTo(2);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading() {
        byte[] big = new byte[KpiValueReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        KpiImportResult result = reader.read(big, CATALOGUE);

        assertThat(keys(result)).containsExactly(KpiValueReader.TOO_LARGE);
        assertThat(result.errors().getFirst().args()).containsExactly(5);
    }

    @Test
    void aBrokenWorkbookOrABinaryFileIsNotRead() {
        byte[] zipLike = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6};
        assertThat(keys(reader.read(zipLike, CATALOGUE))).containsExactly(KpiValueReader.NOT_WORKBOOK);
        byte[] binary = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0}; // an old .xls
        assertThat(keys(reader.read(binary, CATALOGUE))).containsExactly(KpiValueReader.NOT_TEXT);
    }

    @Test
    void anUnclosedQuoteStopsReading() {
        KpiImportResult result = read("kpi,period,value\nNPS,2026-01,1\n\"NPS,2026-02,2\nNPS,2026-03,3\n");

        assertThat(keys(result)).containsExactly(KpiValueReader.UNCLOSED_QUOTE);
        assertThat(result.errors().getFirst().row()).isEqualTo(3);
    }

    @Test
    void anEmptyWorkbookAndAHeaderOnlySheetAreRefused() throws IOException {
        assertThat(keys(reader.read(workbook(), CATALOGUE))).containsExactly(KpiValueReader.EMPTY);
        KpiImportResult headerOnly = reader.read(workbook(null, new Object[] {"kpi", "period", "value"}), CATALOGUE);
        assertThat(keys(headerOnly)).containsExactly(KpiValueReader.HEADER_ONLY);
        assertThat(headerOnly.errors().getFirst().row()).isEqualTo(2);
    }

    @Test
    void decimalsTakeAPointOrACommaButNoThousandsSeparators() {
        assertThat(KpiValueReader.parseDecimal("7,5")).isEqualByComparingTo("7.5");
        assertThat(KpiValueReader.parseDecimal("-7.25")).isEqualByComparingTo("-7.25");
        assertThat(KpiValueReader.parseDecimal("\u221212")).isEqualByComparingTo("-12");
        assertThat(KpiValueReader.parseDecimal("+3")).isEqualByComparingTo("3");
        assertThat(KpiValueReader.parseDecimal("5.")).isEqualByComparingTo("5");
        assertThat(KpiValueReader.parseDecimal("1.234,5")).isNull();
        assertThat(KpiValueReader.parseDecimal("12%")).isNull();
        assertThat(KpiValueReader.parseDecimal("1e3")).isNull();
        assertThat(KpiValueReader.parseDecimal(",")).isNull();
    }

    private static List<String> keys(KpiImportResult result) {
        return result.errors().stream().map(KpiImportError::key).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    /** A workbook whose first sheet holds the rows; numbers and dates become typed cells, null rows stay empty. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("KPIs");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof java.time.LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
