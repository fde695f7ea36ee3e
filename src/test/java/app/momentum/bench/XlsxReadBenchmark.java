package app.momentum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.xlsx.FirstSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Benchmark, not a test (issue 13): the XLSX path. A survey workbook of 100,000 respondents × 28 columns read the way
 * Momentum reads it today ({@link FirstSheet}: POI's {@code XSSFWorkbook}, the whole sheet as objects in memory, then
 * rows of text) against POI's streaming SAX reader ({@code XSSFReader} + {@code XSSFSheetXMLHandler}, one row at a
 * time), both delivering every cell's text. Interleaved rounds, medians; command and results in docs/benchmarks.md.
 */
class XlsxReadBenchmark {

    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 100_000);
    private static final int MOMENTS = 20;
    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    void streamingAgainstTheWholeWorkbook() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        long start = System.nanoTime();
        write(file);
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
        // FirstSheet now: POI's SAX reader under Momentum's text rules
        LongSupplier streaming = () -> {
            try {
                return FirstSheet.read(bytes).stream().mapToLong(row -> row.cells().stream()
                        .filter(cell -> !cell.isEmpty()).count()).sum();
            } catch (FirstSheet.NotAWorkbookException e) {
                throw new IllegalStateException(e);
            }
        };
        LongSupplier bareSax = () -> streamingRead(file);
        long expected;
        try {
            expected = whole.getAsLong();
        } catch (IllegalStateException refused) {
            // POI's in-memory reader caps an unzipped part at 100,000,000 bytes: larger sheets are refused outright
            System.out.printf("BENCHMARK XLSX XSSFWorkbook (in memory, FirstSheet before): REFUSED the workbook: %s%n",
                    refused.getCause().getCause());
            long startStreaming = System.nanoTime();
            long cells = streaming.getAsLong();
            System.out.printf("BENCHMARK XLSX FirstSheet (POI SAX, streaming) read it: %,d cells in %.0f ms%n", cells,
                    (System.nanoTime() - startStreaming) / 1e6);
            assertThat(cells).isEqualTo((RESPONDENTS + 1L) * (8 + MOMENTS));
            assertThat(bareSax.getAsLong()).isEqualTo(cells);
            return;
        }
        assertThat(streaming.getAsLong()).isEqualTo(expected);
        assertThat(bareSax.getAsLong()).isEqualTo(expected);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LongSupplier[] pieces = {whole, streaming, bareSax};
        long[][] wall = new long[3][RUNS];
        long[][] cpu = new long[3][RUNS];
        for (int round = 0; round < RUNS; round++) {
            for (int p = 0; p < pieces.length; p++) {
                System.gc();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long wallStart = System.nanoTime();
                pieces[p].getAsLong();
                wall[p][round] = System.nanoTime() - wallStart;
                cpu[p][round] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.out.printf("BENCHMARK XLSX XSSFWorkbook (in memory, FirstSheet before): median %.0f ms wall, %.0f ms CPU%n",
                median(wall[0]) / 1e6, median(cpu[0]) / 1e6);
        System.out.printf("BENCHMARK XLSX FirstSheet now (POI SAX + text rules): median %.0f ms wall, %.0f ms CPU%n",
                median(wall[1]) / 1e6, median(cpu[1]) / 1e6);
        System.out.printf("BENCHMARK XLSX bare POI SAX (XSSFSheetXMLHandler, cells counted): median %.0f ms wall, "
                + "%.0f ms CPU%n", median(wall[2]) / 1e6, median(cpu[2]) / 1e6);
        System.out.printf("BENCHMARK XLSX streaming / in memory: %.2f wall, %.2f CPU%n",
                median(wall[1]) / (double) median(wall[0]), median(cpu[1]) / (double) median(cpu[0]));
    }

    /** Every cell's text through POI's SAX reader: the first sheet, row by row, shared strings read-only. */
    private static long streamingRead(Path file) {
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

    private static void write(Path file) throws IOException {
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
            for (int r = 1; r <= RESPONDENTS; r++) {
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
