package app.momentum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.xlsx.FastExcelFirstSheet;
import app.momentum.base.xlsx.FirstSheet;
import app.momentum.base.xlsx.PoiSaxFirstSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Benchmark, not a test (issue 13): the XLSX path. A survey workbook of 100,000 respondents × 28 columns (or
 * {@code -Dbench.respondents}) read in several ways, each delivering every cell's text: (a) POI's in-memory
 * {@code XSSFWorkbook}, as {@link FirstSheet} read first; (b) {@link FirstSheet#forEachRow} now: POI opens the zip,
 * Aalto's StAX parser reads the sheet, Momentum's text rules, row by row; (b0) as it read before, POI's SAX reader
 * on the JDK's parser ({@link PoiSaxFirstSheet}); (c) POI's {@code XSSFSheetXMLHandler}, which
 * formats cells with {@code DataFormatter}; (d) FastExcel's streaming reader under the same text rules
 * ({@link FastExcelFirstSheet}); (e) FastExcel's bare reader, cells counted without text rules. Streaming readers
 * count the cells of each row and keep nothing. Interleaved rounds, medians of wall time, CPU time of the reading
 * thread and bytes allocated; command and results in docs/benchmarks.md.
 */
class XlsxReadBenchmark {

    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 100_000);
    static final int MOMENTS = 20;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @TempDir
    Path dir;

    private record Piece(String name, LongSupplier read) {
    }

    @Test
    void streamingReadersAgainstEachOther() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        long start = System.nanoTime();
        write(file, RESPONDENTS);
        System.out.printf("BENCHMARK XLSX generated %,d respondents: %,d bytes in %.1f s%n", RESPONDENTS,
                Files.size(file), (System.nanoTime() - start) / 1e9);
        byte[] bytes = Files.readAllBytes(file);

        // the way FirstSheet read before issue 13: the whole workbook as POI objects, then every cell's text
        LongSupplier whole = () -> {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    new java.io.ByteArrayInputStream(bytes))) {
                long cells = 0;
                for (Row row : workbook.getSheetAt(0)) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells += FirstSheet.text(row.getCell(c)).isEmpty() ? 0 : 1;
                    }
                }
                return cells;
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(new IllegalStateException(e));
            }
        };
        Piece firstSheet = new Piece("(b) FirstSheet now (POI zip + Aalto StAX)",
                () -> counted(FirstSheet::forEachRow, file));
        Piece poiSax = new Piece("(b0) FirstSheet before (POI SAX, JDK parser)",
                () -> counted(PoiSaxFirstSheet::forEachRow, file));
        Piece fastExcel = new Piece("(d) FastExcel + text rules", () -> counted(FastExcelFirstSheet::forEachRow, file));
        List<Piece> pieces = new ArrayList<>(List.of(firstSheet, poiSax,
                new Piece("(c) POI SAX + DataFormatter (XSSFSheetXMLHandler)", () -> poiSheetXmlHandler(file)),
                fastExcel,
                new Piece("(e) FastExcel bare (cells counted)", () -> fastExcelBare(file))));
        long expected = (RESPONDENTS + 1L) * (8 + MOMENTS);
        try {
            assertThat(whole.getAsLong()).isEqualTo(expected);
            pieces.addFirst(new Piece("(a) XSSFWorkbook (in memory, FirstSheet before)", whole));
        } catch (IllegalStateException refused) {
            // POI's in-memory reader caps an unzipped part at 100,000,000 bytes: larger sheets are refused outright
            System.out.printf("BENCHMARK XLSX (a) XSSFWorkbook (in memory, FirstSheet before): REFUSED the workbook: "
                    + "%s%n", refused.getCause().getCause());
        }
        for (Piece piece : pieces) {
            assertThat(piece.read().getAsLong()).as(piece.name()).isEqualTo(expected);
        }
        assertThat(sameRows(file)).isTrue();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().threadId();
        long[][] wall = new long[pieces.size()][RUNS];
        long[][] cpu = new long[pieces.size()][RUNS];
        long[][] allocated = new long[pieces.size()][RUNS];
        for (int round = 0; round < RUNS; round++) {
            for (int p = 0; p < pieces.size(); p++) {
                System.gc();
                long allocatedStart = allocations.getThreadAllocatedBytes(self);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                pieces.get(p).read().getAsLong();
                wall[p][round] = System.nanoTime() - wallStart;
                cpu[p][round] = threads.getCurrentThreadCpuTime() - cpuStart;
                allocated[p][round] = allocations.getThreadAllocatedBytes(self) - allocatedStart;
            }
        }
        System.out.printf("BENCHMARK XLSX %,d respondents, %d interleaved rounds, load average %s%n", RESPONDENTS, RUNS,
                loadAverage());
        for (int p = 0; p < pieces.size(); p++) {
            System.out.printf("BENCHMARK XLSX %-50s median %6.0f ms wall, %6.0f ms CPU, %,6.0f MB allocated "
                    + "(wall per round: %s)%n", pieces.get(p).name(), median(wall[p]) / 1e6, median(cpu[p]) / 1e6,
                    median(allocated[p]) / 1e6, Arrays.stream(wall[p]).mapToObj(w -> "%.0f".formatted(w / 1e6))
                            .toList());
        }
        int b = pieces.indexOf(firstSheet);
        int b0 = pieces.indexOf(poiSax);
        int d = pieces.indexOf(fastExcel);
        System.out.printf("BENCHMARK XLSX FastExcel / FirstSheet now (d ÷ b): %.2f wall, %.2f CPU%n",
                median(wall[d]) / (double) median(wall[b]), median(cpu[d]) / (double) median(cpu[b]));
        System.out.printf("BENCHMARK XLSX FirstSheet now / before (b ÷ b0): %.2f wall, %.2f CPU%n",
                median(wall[b]) / (double) median(wall[b0]), median(cpu[b]) / (double) median(cpu[b0]));
    }

    /** A reader of the first sheet row by row, as {@link FirstSheet#forEachRow}. */
    @FunctionalInterface
    private interface RowReader {
        void forEachRow(Path file, FirstSheet.RowHandler handler) throws FirstSheet.NotAWorkbookException;
    }

    /** The non-empty cells, counted row by row as the rows stream past: nothing is kept. */
    private static long counted(RowReader reader, Path file) {
        long[] cells = {0};
        try {
            reader.forEachRow(file, row -> {
                for (String cell : row.cells()) {
                    cells[0] += cell.isEmpty() ? 0 : 1;
                }
                return true;
            });
        } catch (FirstSheet.NotAWorkbookException e) {
            throw new IllegalStateException(e);
        }
        return cells[0];
    }

    /** Whether the rule-keeping readers give the very same rows, numbers and text. */
    private static boolean sameRows(Path file) throws FirstSheet.NotAWorkbookException {
        List<FirstSheet.SheetRow> now = FirstSheet.read(file);
        List<FirstSheet.SheetRow> before = new ArrayList<>();
        List<FirstSheet.SheetRow> fastExcel = new ArrayList<>();
        PoiSaxFirstSheet.forEachRow(file, before::add);
        FastExcelFirstSheet.forEachRow(file, fastExcel::add);
        return now.equals(before) && now.equals(fastExcel);
    }

    /** Every cell of the first sheet through FastExcel with no text rules: the library's own speed. */
    private static long fastExcelBare(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.mapToLong(row -> row.stream().filter(cell -> cell != null && cell.getRawValue() != null)
                    .count()).sum();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Every cell's text through POI's SAX reader: the first sheet, row by row, shared strings read-only. */
    private static long poiSheetXmlHandler(Path file) {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String reference, String formattedValue, XSSFComment comment) {
                                cells[0]++;
                            }
                        }, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cells[0];
    }

    /** A survey workbook as a survey tool exports it: a header, then one row per respondent, every cell filled. */
    static void write(Path file, int respondents) throws IOException {
        Random random = new Random(42);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Responses");
            Row header = sheet.createRow(0);
            String[] fixed = {"ResponseId", "Regio", "Klanttype", "Aanbevelen", "Moeite", "CXi behoeften",
                    "CXi makkelijk", "CXi prettig"};
            for (int c = 0; c < fixed.length; c++) {
                header.createCell(c).setCellValue(fixed[c]);
            }
            for (int m = 0; m < MOMENTS; m++) {
                header.createCell(fixed.length + m).setCellValue("Moment " + (m + 1));
            }
            String[] regions = {"Noord", "Zuid", "Oost", "West"};
            for (int r = 1; r <= respondents; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("R_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
                row.createCell(1).setCellValue(regions[random.nextInt(regions.length)]);
                row.createCell(2).setCellValue(random.nextBoolean() ? "Nieuw" : "Bestaand");
                row.createCell(3).setCellValue(random.nextInt(11));
                row.createCell(4).setCellValue(1 + random.nextInt(5));
                for (int c = 5; c < 8; c++) {
                    row.createCell(c).setCellValue(1 + random.nextInt(5));
                }
                for (int m = 0; m < MOMENTS; m++) {
                    // every moment scored, so both readers see the same cells (a blank cell is no cell in either)
                    row.createCell(fixed.length + m).setCellValue(1 + random.nextInt(10));
                }
            }
            workbook.write(out);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
