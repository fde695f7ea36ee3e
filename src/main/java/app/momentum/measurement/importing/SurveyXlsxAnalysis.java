package app.momentum.measurement.importing;

import app.momentum.measurement.analysis.SurveyAccumulator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The XLSX side of {@link SurveyPipeline#analyse}: each row of the sheet converted and counted as
 * {@link app.momentum.base.xlsx.FirstSheet} reads it, then dropped, so memory does not grow with the respondents (but for the duplicate-id index).
 *
 * <p>Progress is the share of rows read when the sheet's dimension tells its last row (Excel and POI write it), in
 * steps of about 1 %; a sheet without one reports 0.5 once, as before, since the zip gives no cheap share of bytes.
 */
final class SurveyXlsxAnalysis implements SurveyXlsxReader.SheetHandler {

    private static final int PROGRESS_STEPS = 100;

    private final ColumnMapping mapping;
    private final int effortScaleMax;
    private final SurveyAccumulator accumulator;
    private final SurveyAccumulator.Answers answers;
    private final DoubleConsumer progress;
    private final SurveyPipeline.RespondentListener listener;
    private List<String> headers;
    private SurveyRespondentConverter converter;
    private int lastRow;
    private int firstDataRow;
    private int nextReport;
    private int step;

    private SurveyXlsxAnalysis(ColumnMapping mapping, int effortScaleMax, SurveyAccumulator accumulator,
                               DoubleConsumer progress, SurveyPipeline.RespondentListener listener) {
        this.mapping = mapping;
        this.effortScaleMax = effortScaleMax;
        this.accumulator = accumulator;
        this.answers = accumulator.newAnswers(); // one holder reused for every row
        this.progress = progress;
        this.listener = listener;
    }

    /**
     * Counts every respondent of the workbook into {@code accumulator}. All or nothing is the caller's: the first
     * problem throws, and the accumulator is then not to be used.
     *
     * @throws SurveyImportException on the first problem, in sheet order, with its Excel row number
     */
    static void analyse(Path file, ColumnMapping mapping, int effortScaleMax, SurveyAccumulator accumulator,
                        DoubleConsumer progress, SurveyPipeline.RespondentListener listener) {
        SurveyXlsxReader.stream(file, new SurveyXlsxAnalysis(mapping, effortScaleMax, accumulator, progress,
                listener));
    }

    @Override
    public void lastRowHint(int lastRow) {
        this.lastRow = lastRow;
    }

    @Override
    public void header(List<String> headers, int line) {
        this.headers = headers;
        firstDataRow = line + 1;
        if (lastRow > firstDataRow) {
            step = Math.max(1, (lastRow - line) / PROGRESS_STEPS);
            nextReport = firstDataRow + step;
        } else {
            progress.accept(0.5); // no usable dimension: nothing better to say until the end
            nextReport = Integer.MAX_VALUE;
        }
    }

    @Override
    public boolean row(List<String> cells, int line) {
        if (converter == null) { // made at the first data row: a header-only sheet is refused as such, as before
            converter = new SurveyRespondentConverter(headers, mapping, effortScaleMax);
        }
        converter.convert(cells, line, accumulator, answers);
        accumulator.add(answers);
        listener.respondent(answers);
        if (line >= nextReport) { // a comparison per row, a report per step
            // below 1: the dimension may claim rows that turn out blank; the pipeline reports 1 at the end
            progress.accept(Math.min(0.99, (double) (line - firstDataRow + 1) / (lastRow - firstDataRow + 1)));
            nextReport = line + step;
        }
        return true;
    }
}
