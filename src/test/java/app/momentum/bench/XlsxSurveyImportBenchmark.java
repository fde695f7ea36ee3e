package app.momentum.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.SurveyAccumulator;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.importing.SurveyPipeline;
import app.momentum.measurement.importing.SurveyRespondentConverter;
import app.momentum.measurement.importing.SurveyTable;
import app.momentum.measurement.importing.SurveyXlsxReader;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (issue 13): the whole survey XLSX analysis of {@code -Dbench.respondents} (100,000) rows,
 * streaming ({@link SurveyPipeline#analyse}: each row converted and counted as it is read) against the way it ran
 * before — the whole sheet read into a {@link SurveyTable}, then converted — on today's reader. Meant for a small heap
 * ({@code -Xmx256m}): memory must not grow with the rows. The heap is measured as the largest heap left after any
 * garbage collection (from the collectors' notifications): what the import holds, not the garbage it makes.
 *
 * <pre>./mvnw -o -q test -Dtest=XlsxSurveyImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-DargLine=-Xmx256m"</pre>
 */
class XlsxSurveyImportBenchmark {

    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 100_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    @TempDir
    Path dir;

    @Test
    void streamingAgainstTheWholeTable() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        XlsxReadBenchmark.write(file, RESPONDENTS);
        System.out.printf("BENCHMARK XLSX IMPORT %,d respondents: %,d bytes; max heap %d MB; load average %s%n",
                RESPONDENTS, Files.size(file), Runtime.getRuntime().maxMemory() >> 20,
                Files.readString(Path.of("/proc/loadavg")).strip());
        List<MomentInfo> moments = new ArrayList<>();
        Map<String, ColumnAssignment> columns = new HashMap<>(Map.of(
                "ResponseId", ColumnAssignment.of(ColumnRole.RESPONDENT_ID),
                "Regio", ColumnAssignment.segment("Regio"), "Klanttype", ColumnAssignment.segment("Klanttype"),
                "Aanbevelen", ColumnAssignment.of(ColumnRole.RECOMMEND), "Moeite", ColumnAssignment.of(ColumnRole.EFFORT),
                "CXi behoeften", ColumnAssignment.of(ColumnRole.CXI_NEEDS),
                "CXi makkelijk", ColumnAssignment.of(ColumnRole.CXI_EASY),
                "CXi prettig", ColumnAssignment.of(ColumnRole.CXI_ENJOYABLE)));
        for (int m = 1; m <= XlsxReadBenchmark.MOMENTS; m++) {
            MomentInfo moment = new MomentInfo(UUID.randomUUID(), "Moment " + m, TargetLevel.SEVEN_PLUS);
            moments.add(moment);
            columns.put(moment.title(), ColumnAssignment.moment(moment.id()));
        }
        ColumnMapping mapping = new ColumnMapping(columns);
        AnalysisSettings settings = AnalysisSettings.defaults();
        List<Double> progress = new ArrayList<>();

        Supplier<AnalysisResult> streaming = () -> {
            progress.clear();
            return SurveyPipeline.analyse(file, Long.MAX_VALUE, mapping, 5, moments, settings, progress::add);
        };
        Supplier<AnalysisResult> wholeTable = () -> {
            try {
                // as SurveyPipeline analysed a workbook before it streamed
                SurveyTable table = SurveyXlsxReader.read(Files.readAllBytes(file), Long.MAX_VALUE);
                SurveyAccumulator accumulator = new SurveyAccumulator(moments, settings);
                SurveyRespondentConverter converter = new SurveyRespondentConverter(table.headers(), mapping, 5);
                SurveyAccumulator.Answers answers = accumulator.newAnswers();
                for (int r = 0; r < table.rows().size(); r++) {
                    converter.convert(table.rows().get(r), table.lineOf(r), accumulator, answers);
                    accumulator.add(answers);
                }
                return accumulator.result();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };

        HeapAfterGc heap = new HeapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AnalysisResult expected = null;
        boolean wholeTableFits = true;
        for (int round = 0; round < RUNS; round++) {
            for (boolean stream : new boolean[] {true, false}) {
                if (!stream && !wholeTableFits) {
                    continue;
                }
                System.gc();
                heap.reset();
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                AnalysisResult result;
                try {
                    result = (stream ? streaming : wholeTable).get();
                } catch (OutOfMemoryError outOfMemory) {
                    System.out.printf("BENCHMARK XLSX IMPORT whole table (before): OutOfMemoryError after %.0f ms%n",
                            (System.nanoTime() - wall) / 1e6);
                    wholeTableFits = false;
                    continue;
                }
                System.out.printf("BENCHMARK XLSX IMPORT %-22s round %d: %6.0f ms wall, %6.0f ms CPU, largest heap "
                        + "after a GC %4d MB%s%n", stream ? "streaming (now)" : "whole table (before)", round,
                        (System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                        heap.largest() >> 20, stream ? ", progress reports " + progress.size() : "");
                assertThat(result.overall().respondents()).isEqualTo(RESPONDENTS);
                if (expected == null) {
                    expected = result;
                }
                assertThat(result).isEqualTo(expected);
            }
        }
    }

    /** The largest heap in use right after a garbage collection since {@link #reset}, from the GC notifications. */
    private static final class HeapAfterGc {

        private final AtomicLong largest = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        HeapAfterGc() {
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    largest.accumulateAndGet(used, Math::max);
                }
            };
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
            }
        }

        void reset() {
            largest.set(0);
        }

        long largest() {
            return largest.get();
        }
    }
}
