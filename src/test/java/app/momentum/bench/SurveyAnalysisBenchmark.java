package app.momentum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.base.csv.CsvFields;
import app.momentum.base.csv.CsvRecord;
import app.momentum.base.csv.CsvText;
import app.momentum.base.csv.CsvTokenizer;
import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.importing.SurveyPipeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: the streaming survey import on 1,000,000 respondents × 20 moments (a generated CSV of
 * about 100 MB), against merely parsing the same file with the same CSV code (encoding pass, decoding and
 * tokenizing every record). Meant to run with {@code -Xmx256m}: memory must not grow with the respondents. Plain
 * JUnit, no Spring or database. Command and results in docs/benchmarks.md.
 */
class SurveyAnalysisBenchmark {

    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 1_000_000);
    private static final int MOMENTS = 20;
    private static final int WARM_UPS = 2;
    private static final int RUNS = 11;
    private static final String[] REGIONS = {"Noord-Holland", "Zuid-Holland", "Utrecht", "Gelderland",
            "Noord-Brabant", "Groningen"};
    private static final String[] BRAND_VALUES = {"Merk eerlijk", "Merk warm", "Merk deskundig"};
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @TempDir
    Path dir;

    @Test
    void analysingIsAtMostTwiceParsing() throws IOException {
        List<MomentInfo> moments = new ArrayList<>();
        for (int m = 0; m < MOMENTS; m++) {
            moments.add(new MomentInfo(UUID.randomUUID(), String.format("Moment %02d – stap", m + 1),
                    m % 4 == 0 ? TargetLevel.NINE_PLUS : TargetLevel.SEVEN_PLUS));
        }
        Path file = dir.resolve("survey.csv");
        long start = System.nanoTime();
        ColumnMapping mapping = generate(file, moments);
        System.out.printf("BENCHMARK generated %,d respondents × %d moments: %,d bytes in %.1f s%n", RESPONDENTS,
                MOMENTS, Files.size(file), (System.nanoTime() - start) / 1e9);

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicReference<AnalysisResult> result = new AtomicReference<>();
        List<Double> progress = new ArrayList<>();
        LongSupplier encodingPass = () -> encodingPass(file);
        LongSupplier parsing = () -> parse(file, false);
        LongSupplier parsingToStrings = () -> parse(file, true);
        LongSupplier fastCsv = () -> fastCsvRead(file);
        LongSupplier analysing = () -> {
            progress.clear();
            result.set(SurveyPipeline.analyse(file, Long.MAX_VALUE, mapping, 5, moments,
                    AnalysisSettings.defaults(), progress::add));
            return result.get().overall().respondents();
        };
        // interleaved, so that load from other processes on a shared machine hits both alike
        long[][] times = time(encodingPass, parsingToStrings, parsing, analysing, fastCsv);
        long[] encodingOnly = times[0];
        long[] parseToStrings = times[1];
        long[] parse = times[2];
        long[] analyse = times[3];
        long[] fastCsvWall = times[4];
        long[] parseToStringsCpu = times[6];
        long[] parseCpu = times[7];
        long[] analyseCpu = times[8];
        long[] fastCsvCpu = times[9];
        long[] analyseProcessCpu = times[13];
        long[] fastCsvProcessCpu = times[14];
        long[] analyseCallingThreadCpu = times[18];
        long[] fastCsvCallingThreadCpu = times[19];
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        double parseMs = median(parse) / 1e6;
        double analyseMs = median(analyse) / 1e6;
        System.out.printf("BENCHMARK encoding pass alone: median %.0f ms (included in parsing)%n",
                median(encodingOnly) / 1e6);
        System.out.printf("BENCHMARK for comparison, parsing with a String per field (CsvTokenizer.nextNonBlank): "
                + "median %.0f ms wall, %.0f ms CPU, runs %s%n", median(parseToStrings) / 1e6,
                median(parseToStringsCpu) / 1e6, millis(parseToStrings));
        System.out.printf("BENCHMARK parsing (encoding pass + decode + tokenize every record into fields, "
                + "CsvTokenizer.nextNonBlankFields): median %.0f ms, runs %s%n", parseMs, millis(parse));
        System.out.printf("BENCHMARK SurveyPipeline.analyse: median %.0f ms, runs %s%n", analyseMs, millis(analyse));
        System.out.printf("BENCHMARK ratio analyse / parse, wall clock: %.2f (target ≤ 2.00)%n", analyseMs / parseMs);
        System.out.printf("BENCHMARK CPU time of the threads doing the work (%s): parsing median %.0f ms, analyse "
                        + "median %.0f ms (runs %s), ratio %.2f%n", CpuClock.HOW, median(parseCpu) / 1e6,
                median(analyseCpu) / 1e6, millis(analyseCpu), median(analyseCpu) / median(parseCpu));
        double fastMs = median(fastCsvWall) / 1e6;
        double fastCpuMs = median(fastCsvCpu) / 1e6;
        System.out.printf("BENCHMARK FastCSV 4.0.0 bare read (ofCsvRecord, every record's fields): median %.0f ms wall, "
                + "%.0f ms CPU, runs %s%n", fastMs, fastCpuMs, millis(fastCsvWall));
        System.out.printf("BENCHMARK Momentum's tokenizer / FastCSV: %.2f wall, %.2f CPU%n", parseMs / fastMs,
                median(parseCpu) / 1e6 / fastCpuMs);
        System.out.printf("BENCHMARK whole analysis / FastCSV bare read: %.2f wall, %.2f CPU (target ≤ 1.00)%n",
                analyseMs / fastMs, median(analyseCpu) / 1e6 / fastCpuMs);
        // the machine is shared: a slow spell of a few seconds can fall on one piece's rounds more than the other's;
        // the two pieces of one round run within a second of each other, so their ratio is steadier
        System.out.printf("BENCHMARK per round, analysis / FastCSV (the two run back to back): median %.2f wall, "
                + "%.2f CPU%n", medianRatio(analyse, fastCsvWall), medianRatio(analyseCpu, fastCsvCpu));
        // in a slow spell the analysis (tight loops over small tables) slows down more than FastCSV's read (1.5× and
        // 1.2× seen): each piece's fastest round is the cost of its work with the least interference
        System.out.printf("BENCHMARK fastest rounds, analysis / FastCSV: %.2f wall (%.0f / %.0f ms), %.2f CPU (%.0f / "
                        + "%.0f ms)%n", (double) min(analyse) / min(fastCsvWall), min(analyse) / 1e6,
                min(fastCsvWall) / 1e6, (double) min(analyseCpu) / min(fastCsvCpu), min(analyseCpu) / 1e6,
                min(fastCsvCpu) / 1e6);
        System.out.printf("BENCHMARK whole-process CPU (every thread of the JVM, garbage collection included): "
                        + "analyse median %.0f ms, FastCSV median %.0f ms, ratio %.2f%n", median(analyseProcessCpu) / 1e6,
                median(fastCsvProcessCpu) / 1e6, median(analyseProcessCpu) / median(fastCsvProcessCpu));
        System.out.printf("BENCHMARK calling thread's CPU only (getCurrentThreadCpuTime, misses the reader thread): "
                        + "analyse median %.0f ms, FastCSV median %.0f ms%n", median(analyseCallingThreadCpu) / 1e6,
                median(fastCsvCallingThreadCpu) / 1e6);
        System.out.printf("BENCHMARK max heap (-Xmx) %d MB; peak heap used (sum of pool peaks) %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeap >> 20);
        System.out.printf("BENCHMARK progress reports per analyse: %d, last %.2f%n", progress.size(),
                progress.getLast());

        AnalysisResult analysis = result.get();
        MomentResult first = analysis.overall().moments().getFirst();
        System.out.printf("BENCHMARK sanity: NPS %.1f (n %d), CXi %.1f, effort %.2f; moment 1 mean %.2f, impact %.3f"
                        + " (n %d); regions %s%n", analysis.overall().nps().nps(), analysis.overall().nps().n(),
                analysis.overall().cxi().cxi(), analysis.overall().meanEffort(), first.meanSatisfaction(), first.impact(),
                first.impactN(), analysis.bySegment().get("Regio").keySet());
        assertThat(analysis.overall().respondents()).isEqualTo(RESPONDENTS);
        assertThat(progress.getLast()).isEqualTo(1.0);
    }

    /** The median over rounds of {@code a[round] / b[round]}. */
    private static long min(long[] times) {
        return Arrays.stream(times).min().orElseThrow();
    }

    private static double medianRatio(long[] a, long[] b) {
        double[] ratios = new double[a.length];
        for (int round = 0; round < a.length; round++) {
            ratios[round] = (double) a[round] / b[round];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    /**
     * FastCSV reading the same file as a library user would: UTF-8, its comma separator, every record materialised
     * with its fields (the count is returned so the JIT cannot skip the work). No analysis: the peer's bare read.
     */
    private static long fastCsvRead(Path file) {
        long fields = 0;
        try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
                     de.siegmar.fastcsv.reader.CsvReader.builder().fieldSeparator(',')
                             .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (de.siegmar.fastcsv.reader.CsvRecord record : reader) {
                fields += record.getFieldCount();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fields;
    }

    /**
     * Warm-ups, then timed rounds running each piece of work once. Returns per piece the wall-clock times in ns at
     * [piece], the CPU times of the threads doing the work at [pieces + piece] (see {@link CpuClock}) and the whole
     * process's CPU times at [2 × pieces + piece]: on a machine shared with other builds the CPU time shows the
     * work itself, the wall time what a user would wait. At [3 × pieces + piece] the calling thread's CPU times
     * alone, as measured before the analysis had a second thread.
     */
    private static long[][] time(LongSupplier... work) {
        for (int i = 0; i < WARM_UPS; i++) {
            for (LongSupplier piece : work) {
                piece.getAsLong();
            }
        }
        long[][] times = new long[4 * work.length][RUNS];
        for (int round = 0; round < RUNS; round++) {
            for (int w = 0; w < work.length; w++) {
                System.gc(); // start each run with the same heap, not with the previous run's garbage
                CpuClock cpu = CpuClock.start();
                long start = System.nanoTime();
                long result = work[w].getAsLong();
                times[w][round] = System.nanoTime() - start;
                cpu.stop();
                times[work.length + w][round] = cpu.workThreads();
                times[2 * work.length + w][round] = cpu.process();
                times[3 * work.length + w][round] = cpu.callingThread();
                assertThat(result).isPositive();
            }
        }
        return times;
    }

    /**
     * The CPU time of the threads that do a piece of work: the calling thread and any thread it starts (the
     * analysis reads on a second thread, which has ended by the time the piece returns, so its own clock can no
     * longer be read). Measured as the process's CPU time minus that of every other thread alive throughout (the
     * garbage collector's, the JIT compiler's, the test runner's), from Linux's per-thread {@code schedstat} in
     * nanoseconds. Elsewhere only the calling thread's CPU time is measured, which would miss a second thread:
     * the figures are then marked.
     */
    private static final class CpuClock {

        private static final Path TASKS = Path.of("/proc/self/task");
        static final boolean PER_THREAD = Files.isDirectory(TASKS);
        static final String HOW = PER_THREAD ? "calling thread + threads it started, from /proc"
                : "calling thread only: no /proc here, a second thread is missed";
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        private final String self;
        private final Map<String, Long> othersAtStart;
        private final long processAtStart;
        private final long threadAtStart;
        private long process;
        private long others;
        private long thread;

        private CpuClock() {
            // the process's clock outermost: other threads' CPU between the readings is then charged to the work,
            // not taken from it (and so is reading /proc, about a millisecond)
            processAtStart = OS.getProcessCpuTime();
            self = PER_THREAD ? selfTask() : null;
            othersAtStart = PER_THREAD ? taskTimes() : Map.of();
            threadAtStart = THREADS.getCurrentThreadCpuTime();
        }

        static CpuClock start() {
            return new CpuClock();
        }

        void stop() {
            thread = THREADS.getCurrentThreadCpuTime() - threadAtStart;
            Map<String, Long> atEnd = PER_THREAD ? taskTimes() : Map.of();
            process = OS.getProcessCpuTime() - processAtStart;
            others = 0;
            othersAtStart.forEach((task, before) -> {
                Long after = atEnd.get(task);
                if (after != null && !task.equals(self)) { // alive throughout: not one the work started
                    others += after - before;
                }
            });
        }

        long workThreads() {
            return PER_THREAD ? process - others : thread;
        }

        long process() {
            return process;
        }

        long callingThread() {
            return thread;
        }

        private static String selfTask() {
            try {
                return Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Every thread of the process: its id → nanoseconds on a CPU so far. */
        private static Map<String, Long> taskTimes() {
            Map<String, Long> times = new java.util.HashMap<>();
            try (var tasks = Files.newDirectoryStream(TASKS)) {
                for (Path task : tasks) {
                    try {
                        String schedstat = Files.readString(task.resolve("schedstat"));
                        times.put(task.getFileName().toString(), Long.parseLong(schedstat.split(" ")[0]));
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended meanwhile: not alive throughout
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return times;
        }
    }

    private static long encodingPass(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return CsvText.detectEncoding(in).charset().name().length();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What reading the file with the CSV library costs: find the encoding and delimiter, tokenize every record.
     * The baseline is the tokenizer's cheapest form, fields as char ranges ({@code toStrings} false), the one the
     * analysis reads with; {@code toStrings} makes a {@code String} per field as well, shown for comparison only.
     */
    private static long parse(Path file, boolean toStrings) {
        try {
            CsvText.Encoding encoding;
            try (InputStream in = Files.newInputStream(file)) {
                encoding = CsvText.detectEncoding(in);
            }
            char delimiter;
            try (Reader in = CsvText.reader(Files.newInputStream(file), encoding)) {
                delimiter = CsvText.delimiterOf(CsvText.firstNonBlankLine(in), name -> !name.isBlank());
            }
            long fields = 0;
            try (InputStream in = Files.newInputStream(file)) {
                CsvTokenizer tokenizer = new CsvTokenizer(in, encoding, delimiter); // bytes, as the import reads them
                if (toStrings) {
                    for (CsvRecord record = tokenizer.nextNonBlank(); record != null;
                         record = tokenizer.nextNonBlank()) {
                        fields += record.fields().size();
                    }
                } else {
                    for (CsvFields record = tokenizer.nextNonBlankFields(); record != null;
                         record = tokenizer.nextNonBlankFields()) {
                        fields += record.count();
                    }
                }
            }
            return fields;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A Qualtrics-like export: id, start date (ignored), region (segment), recommend, effort (1–5), three CXi
     * items, 20 moments. One latent "how it went" per respondent drives every score, so moments correlate with
     * recommend to different degrees; some answers are blank and not everyone experiences every moment.
     */
    private static ColumnMapping generate(Path file, List<MomentInfo> moments) throws IOException {
        Random random = new Random(42);
        double[] quality = new double[MOMENTS];
        double[] weight = new double[MOMENTS];
        double[] frequency = new double[MOMENTS];
        for (int m = 0; m < MOMENTS; m++) {
            quality[m] = 6 + random.nextDouble() * 2.5;
            weight[m] = 0.1 + random.nextDouble() * 0.8;
            frequency[m] = 0.45 + random.nextDouble() * 0.55;
        }
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        List<String> headers = new ArrayList<>(List.of("ResponseId", "StartDate", "Regio", "Klanttype", "Aanbevelen",
                "Moeite", "CXi behoeften", "CXi makkelijk", "CXi prettig", "Weging"));
        mapping.put("ResponseId", ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        mapping.put("Regio", ColumnAssignment.of(ColumnRole.SEGMENT));
        // a second segment, so every row also counts into a combination (Regio × Klanttype), and weights; with
        // -Dbench.figures=basic both columns are ignored, for the cost of the analysis without them
        // (-Dbench.figures=weights or combinations: only one of the two)
        String figures = System.getProperty("bench.figures", "all");
        boolean combinations = figures.equals("all") || figures.equals("combinations");
        boolean weights = figures.equals("all") || figures.equals("weights");
        // three perceived brand values (1–5), each mapped to a brand value: the matrix's second aspect
        boolean brand = figures.equals("all") || figures.equals("brand");
        mapping.put("Klanttype", combinations ? ColumnAssignment.of(ColumnRole.SEGMENT) : ColumnAssignment.IGNORED);
        mapping.put("Weging", weights ? ColumnAssignment.of(ColumnRole.WEIGHT) : ColumnAssignment.IGNORED);
        mapping.put("Aanbevelen", ColumnAssignment.of(ColumnRole.RECOMMEND));
        mapping.put("Moeite", ColumnAssignment.of(ColumnRole.EFFORT));
        mapping.put("CXi behoeften", ColumnAssignment.of(ColumnRole.CXI_NEEDS));
        mapping.put("CXi makkelijk", ColumnAssignment.of(ColumnRole.CXI_EASY));
        mapping.put("CXi prettig", ColumnAssignment.of(ColumnRole.CXI_ENJOYABLE));
        for (MomentInfo moment : moments) {
            headers.add(moment.title());
            mapping.put(moment.title(), ColumnAssignment.moment(moment.id()));
        }
        for (String value : BRAND_VALUES) {
            headers.add(value);
            mapping.put(value, brand ? ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5,
                    UUID.nameUUIDFromBytes(value.getBytes(StandardCharsets.UTF_8))) : ColumnAssignment.IGNORED);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", headers));
            out.write("\r\n");
            StringBuilder row = new StringBuilder(256);
            char[] id = new char[15];
            for (int r = 0; r < RESPONDENTS; r++) {
                row.setLength(0);
                double latent = random.nextGaussian();
                int region = random.nextInt(REGIONS.length);
                latent += (region - 2) * 0.1;
                for (int i = 0; i < id.length; i++) {
                    id[i] = ID_CHARS.charAt(random.nextInt(ID_CHARS.length()));
                }
                row.append("R_").append(id).append(',');
                row.append(String.format("2026-%02d-%02d %02d:%02d:%02d", 1 + r % 12, 1 + r % 28, r % 24, r % 60,
                        (r / 60) % 60)).append(',');
                row.append(REGIONS[region]).append(',');
                row.append(random.nextInt(3) == 0 ? "Nieuw" : "Bestaand").append(',');
                answer(row, random, 0.03, 7.3 + 2.2 * latent + random.nextGaussian(), 0, 10);
                answer(row, random, 0.05, 2.5 - 0.8 * latent + random.nextGaussian() * 0.8, 1, 5);
                for (int item = 0; item < 3; item++) {
                    answer(row, random, 0.08, 3.6 + 0.9 * latent + random.nextGaussian() * 0.7, 1, 5);
                }
                int hundredths = 80 + random.nextInt(41); // a post-stratification weight of 0.80–1.20
                row.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "")
                        .append(hundredths % 100).append(',');
                for (int m = 0; m < MOMENTS; m++) {
                    double noise = random.nextGaussian();
                    double score = quality[m] + 1.6 * (weight[m] * latent + Math.sqrt(1 - weight[m] * weight[m]) * noise);
                    answer(row, random, 1 - frequency[m], score, 1, 10);
                }
                for (int value = 0; value < BRAND_VALUES.length; value++) {
                    answer(row, random, 0.1, 3.4 + 0.7 * latent + random.nextGaussian() * 0.8, 1, 5);
                }
                row.setLength(row.length() - 1); // the last comma
                row.append("\r\n");
                out.append(row);
            }
        }
        return new ColumnMapping(mapping);
    }

    /** Appends a rounded, clamped score and a comma, or only the comma with probability {@code blank}. */
    private static void answer(StringBuilder row, Random random, double blank, double value, int min, int max) {
        if (random.nextDouble() >= blank) {
            row.append(Math.max(min, Math.min(max, Math.round(value))));
        }
        row.append(',');
    }

    private static double median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Long> millis(long[] times) {
        return Arrays.stream(times).map(t -> t / 1_000_000).boxed().toList();
    }
}
