package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.AnalysisResult;
import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.MomentInfo;
import app.momentum.measurement.analysis.Respondent;
import app.momentum.measurement.analysis.SurveyAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The survey import from file to analysis in two steps, the one entry point the service, the UI and the API use:
 * {@link #preview} for the mapping step, {@link #analyse} once the columns are mapped.
 *
 * <p>The file is read from disk rather than passed as bytes so large exports need not be held in memory.
 */
public final class SurveyPipeline {

    /** Rows shown beside each column in the mapping step. */
    public static final int SAMPLE_ROWS = 5;

    private SurveyPipeline() {
    }

    /**
     * Reads the headers and a few rows.
     *
     * @throws SurveyImportException when the file is too large, empty, header-only, not decodable, not a workbook
     *                               or names a column twice
     */
    public static SurveyPreview preview(Path file, long maxBytes) {
        checkSize(file, maxBytes);
        byte[] bytes = readAll(file);
        SurveyTable table = SurveyFileReader.read(bytes, maxBytes);
        boolean xlsx = SurveyFileReader.isZip(bytes);
        List<List<String>> sample = table.rows().subList(0, Math.min(SAMPLE_ROWS, table.rows().size()));
        return new SurveyPreview(table.headers(), sample, table.charset(), xlsx ? 0 : table.delimiter(), xlsx);
    }

    /**
     * Reads, converts and analyses the file. All or nothing: the first bad cell stops the import with a
     * {@link SurveyImportException} naming its row, column and value.
     *
     * @param effortScaleMax the effort question's scale top (5 or 7)
     * @param progress       receives the share of the file processed (0–1), now and then
     */
    public static AnalysisResult analyse(Path file, long maxBytes, ColumnMapping mapping, int effortScaleMax,
                                         List<MomentInfo> moments, AnalysisSettings settings,
                                         DoubleConsumer progress) {
        checkSize(file, maxBytes);
        progress.accept(0);
        SurveyTable table = SurveyFileReader.read(readAll(file), maxBytes);
        progress.accept(0.4);
        List<Respondent> respondents = SurveyRespondentConverter.convert(table, mapping, effortScaleMax);
        progress.accept(0.8);
        AnalysisResult result = SurveyAnalysis.analyse(moments, respondents, settings);
        progress.accept(1);
        return result;
    }

    private static void checkSize(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
