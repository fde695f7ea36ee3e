package app.momentum.measurement.importing;

import app.momentum.base.csv.CsvTokenizer;
import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.SurveyAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * The survey import from file to analysis in two steps, the one entry point the service, the UI and the API use:
 * {@link #preview} for the mapping step, {@link #analyse} once the columns are mapped.
 *
 * <p>CSV files stream: they are read from disk row by row, in one pass taking the bytes to be UTF-8 and checking
 * them on the way (see {@link #analyseCsv(Path, ColumnMapping, int, Supplier, DoubleConsumer, RespondentListener)}),
 * each row converted to a respondent and counted into a {@link SurveyAccumulator} and then dropped (into one reused
 * {@link SurveyAccumulator.Answers}), so memory does not grow with the number of respondents — except for the
 * duplicate-id check ({@link RespondentIdLog}, 12 bytes per respondent, checked once at the end). XLSX workbooks
 * stream too: {@link SurveyXlsxAnalysis} converts and counts each row of the first sheet as it is read (duplicate
 * ids checked per row by {@link RespondentIdIndex}).
 */
public final class SurveyPipeline {

    /** Rows shown beside each column in the mapping step. */
    public static final int SAMPLE_ROWS = 5;

    /** Rows read before the file's row count is estimated from the bytes they took. */
    private static final int ROWS_FOR_ESTIMATE = 10_000;

    /** Progress is reported each time another hundredth of the file has been read. */
    private static final int PROGRESS_STEPS = 100;

    private SurveyPipeline() {
    }

    /**
     * Reads the headers and a few rows. For CSV only the encoding pass reads the whole file; rows (of CSV and XLSX)
     * are read just as far as the sample, so a bad row further down is reported by {@link #analyse}.
     *
     * @throws SurveyImportException when the file is too large, empty, header-only, not decodable, not a workbook
     *                               or names a column twice
     */
    public static SurveyPreview preview(Path file, long maxBytes) {
        checkSize(file, maxBytes);
        if (isXlsx(file)) {
            return SurveyXlsxReader.preview(file, SAMPLE_ROWS);
        }
        try (SurveyCsvReader csv = SurveyCsvReader.open(() -> Files.newInputStream(file))) {
            List<List<String>> sample = new ArrayList<>();
            SurveyCsvReader.Row row;
            while (sample.size() < SAMPLE_ROWS && (row = csv.nextRow()) != null) {
                sample.add(row.cells());
            }
            return new SurveyPreview(csv.headers(), sample, csv.charset(), csv.delimiter(), false);
        }
    }

    /**
     * Reads, converts and analyses the file. All or nothing: the first bad cell stops the import with a
     * {@link SurveyImportException} naming its row, column and value.
     *
     * @param effortScaleMax the effort question's scale top (5 or 7)
     * @param progress       receives the share of the file processed (0–1), now and then: for CSV the share of
     *                       bytes read, in steps of about 1 %, ending with 1; for XLSX the share of rows
     *                       (see {@link SurveyXlsxAnalysis})
     */
    public static AnalysisResult analyse(Path file, long maxBytes, ColumnMapping mapping, int effortScaleMax,
                                         List<MomentInfo> moments, AnalysisSettings settings,
                                         DoubleConsumer progress) {
        return analyse(file, maxBytes, mapping, effortScaleMax, moments, settings, progress, answers -> { });
    }

    /**
     * Sees each respondent's answers as they are counted (e.g. to pick those to follow up); must not keep them. A
     * listener may see rows of an import that fails afterwards — on a bad cell further down, or on a duplicate id,
     * which for CSV is only checked at the end of the file — so act on what it collected only once {@code analyse}
     * has returned.
     */
    @FunctionalInterface
    public interface RespondentListener {
        void respondent(SurveyAccumulator.Answers answers);

        /**
         * Forget every respondent seen so far: the file is read again from its first row. Rare — a CSV file that
         * turns out not to be UTF-8 after its first line (see {@link SurveyCsvReader#openAssumingUtf8}) — but a
         * listener that collects must then start over, or it would see those rows twice.
         */
        default void startAgain() {
        }
    }

    /**
     * As {@link #analyse(Path, long, ColumnMapping, int, List, AnalysisSettings, DoubleConsumer)}, telling
     * {@code listener} about every respondent. The answers object is reused for the next row.
     */
    public static AnalysisResult analyse(Path file, long maxBytes, ColumnMapping mapping, int effortScaleMax,
                                         List<MomentInfo> moments, AnalysisSettings settings,
                                         DoubleConsumer progress, RespondentListener listener) {
        checkSize(file, maxBytes);
        progress.accept(0);
        Supplier<SurveyAccumulator> accumulators = () -> new SurveyAccumulator(moments, mapping.brandValues(),
                settings);
        AnalysisResult result;
        if (isXlsx(file)) {
            SurveyAccumulator accumulator = accumulators.get();
            SurveyXlsxAnalysis.analyse(file, mapping, effortScaleMax, accumulator, progress, listener);
            result = accumulator.result();
        } else {
            result = analyseCsv(file, mapping, effortScaleMax, accumulators, progress, listener);
        }
        progress.accept(1);
        return result;
    }

    /**
     * One pass over the file, taking it to be UTF-8 as nearly every export is (see
     * {@link SurveyCsvReader#openAssumingUtf8}): the pass that would find the encoding first reads the whole file,
     * about 3 % of the import's CPU time (measured on a million rows). When the file turns out not to be — a
     * Windows-1252 file whose first non-ASCII byte comes after its header, or a NUL byte — it is read again the
     * careful way, from the start and into a new accumulator; a file refused on the way is refused as the careful
     * way would refuse it.
     */
    private static AnalysisResult analyseCsv(Path file, ColumnMapping mapping, int effortScaleMax,
                                             Supplier<SurveyAccumulator> accumulators, DoubleConsumer progress,
                                             RespondentListener listener) {
        SurveyCsvReader.Source source = () -> Files.newInputStream(file);
        try {
            return analyseCsv(file, () -> SurveyCsvReader.openAssumingUtf8(source), mapping, effortScaleMax,
                    accumulators.get(), progress, listener);
        } catch (CsvTokenizer.NotUtf8 notUtf8) {
            // read again below
        } catch (SurveyImportException problem) {
            // a problem found before the file's encoding was: it stands if the encoding was as assumed; otherwise
            // the careful read says what it would have said (a NUL byte further down, say, comes first)
            if (SurveyCsvReader.isUtf8AsAssumed(source)) {
                throw problem;
            }
        }
        progress.accept(0);
        listener.startAgain();
        return analyseCsv(file, () -> SurveyCsvReader.open(source), mapping, effortScaleMax, accumulators.get(),
                progress, listener);
    }

    private static AnalysisResult analyseCsv(Path file, Supplier<SurveyCsvReader> reader, ColumnMapping mapping,
                                             int effortScaleMax, SurveyAccumulator accumulator,
                                             DoubleConsumer progress, RespondentListener listener) {
        long size = Math.max(1, size(file));
        long step = Math.max(1, size / PROGRESS_STEPS);
        long nextReport = step;
        SurveyRespondentConverter converter;
        try (SurveyCsvReader csv = reader.get()) {
            converter = new SurveyRespondentConverter(csv.headers(), mapping, effortScaleMax);
            converter.deferDuplicateCheck(); // checked once below: cheaper than a cache miss per row
            SurveyAccumulator.Answers answers = accumulator.newAnswers(); // one holder reused for every row
            int rows = 0;
            try {
                // rows as char ranges of the reader's buffer: no string per cell (see SurveyCells)
                for (SurveyCells row = csv.nextCells(); row != null; row = csv.nextCells()) {
                    converter.convert(row, accumulator, answers);
                    accumulator.add(answers);
                    listener.respondent(answers);
                    long read = csv.bytesRead();
                    if (++rows == ROWS_FOR_ESTIMATE) { // read-ahead makes this an underestimate, never far over
                        converter.expectRows(
                                (int) Math.min(Integer.MAX_VALUE / 4, (double) size / read * rows * 1.05));
                    }
                    if (read >= nextReport) { // a cheap comparison per row; a report only per step
                        progress.accept(Math.min(1.0, (double) read / size));
                        nextReport = read + step;
                    }
                }
            } catch (SurveyImportException problem) {
                // every row converted so far lies before (or is) the problem's row, and the id is checked before a
                // row's cells: a duplicate among them is the first problem in the file, as a per-row check finds it
                failOnDuplicateId(file, converter);
                throw problem;
            }
        }
        failOnDuplicateId(file, converter);
        return accumulator.result();
    }

    /**
     * Throws the first duplicate id in the file, if any, as the per-row check would have: its row, the id column,
     * the id and the line of its first occurrence. The id's text is not kept during the pass (only a hash), so the
     * file is read again up to that row — only when there is a duplicate.
     */
    private static void failOnDuplicateId(Path file, SurveyRespondentConverter converter) {
        RespondentIdLog.Duplicate duplicate = converter.firstDuplicateId();
        if (duplicate == null) {
            return;
        }
        try (SurveyCsvReader csv = SurveyCsvReader.open(() -> Files.newInputStream(file))) {
            for (SurveyCells row = csv.nextCells(); row != null; row = csv.nextCells()) {
                if (row.line() == duplicate.line()) {
                    throw converter.duplicateIdError(row, duplicate.firstLine());
                }
            }
        }
        throw new IllegalStateException("the file changed while being imported: no row at line " + duplicate.line());
    }

    /** XLSX is a zip: recognised by its first bytes rather than by the file name, which users rename freely. */
    private static boolean isXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return SurveyFileReader.isZip(in.readNBytes(4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkSize(Path file, long maxBytes) {
        if (size(file) > maxBytes) {
            throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
