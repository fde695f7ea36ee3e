package app.momentum.measurement.importing;

/**
 * Reads an uploaded survey file whatever its format: an XLSX workbook (a zip, recognised by its first bytes rather
 * than by the file name, which users rename freely) or else CSV.
 */
public final class SurveyFileReader {

    private SurveyFileReader() {
    }

    /** @throws SurveyImportException when the file is unusable */
    public static SurveyTable read(byte[] bytes, long maxBytes) {
        return isZip(bytes) ? SurveyXlsxReader.read(bytes, maxBytes) : SurveyCsvReader.read(bytes, maxBytes);
    }

    static boolean isZip(byte[] bytes) {
        return app.momentum.base.xlsx.FirstSheet.looksLikeWorkbook(bytes);
    }
}
