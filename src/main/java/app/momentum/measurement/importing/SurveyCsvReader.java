package app.momentum.measurement.importing;

import app.momentum.base.csv.CsvRecord;
import app.momentum.base.csv.CsvText;
import app.momentum.base.csv.CsvTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a respondent-level survey export (CSV) into a {@link SurveyTable}, on the shared {@code base.csv} reading:
 * Dutch Excel writes semicolons and Windows-1252, other tools UTF-8 with a BOM and commas, and the user needs an
 * exact line number when something is wrong.
 */
public final class SurveyCsvReader {

    private SurveyCsvReader() {
    }

    /**
     * @param bytes    the uploaded file
     * @param maxBytes the largest file accepted
     * @throws SurveyImportException when the file is unusable; nothing is returned partially
     */
    public static SurveyTable read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
        }
        rejectBinary(bytes);
        CsvText.Decoded decoded = CsvText.decodeWithCharset(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        // every non-empty header cell counts: survey headers are free text (moment titles)
        char delimiter = CsvText.detectDelimiter(text, name -> !name.isBlank());
        CsvTokenizer tokenizer = new CsvTokenizer(text, delimiter);
        CsvRecord header = checked(tokenizer.nextNonBlank());
        if (header == null) { // only separators, e.g. ";;;" lines
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        List<String> headers = header.fields().stream().map(String::strip).toList();
        SurveyTable.rejectDuplicateHeaders(headers, header.line());
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvRecord record = checked(tokenizer.nextNonBlank()); record != null;
             record = checked(tokenizer.nextNonBlank())) {
            rows.add(fitToHeader(record, headers.size()));
            lines.add(record.line());
        }
        if (rows.isEmpty()) {
            throw new SurveyImportException("import.error.header-only", header.line(), null, null);
        }
        return new SurveyTable(headers, rows, lines, decoded.charset(), delimiter);
    }

    /** NUL never occurs in a text CSV; it does in XLSX/ZIP files (and UTF-16) uploaded by mistake. */
    private static void rejectBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new SurveyImportException("import.error.encoding", null, null, null);
            }
        }
    }

    private static CsvRecord checked(CsvRecord record) {
        if (record != null && record.unterminated()) {
            throw new SurveyImportException("import.error.unclosed-quote", record.line(), null, null);
        }
        return record;
    }

    /** Pads short rows (Excel drops trailing empty cells); rejects rows with extra non-empty cells. */
    private static List<String> fitToHeader(CsvRecord record, int width) {
        List<String> fields = record.fields().stream().map(String::strip).toList();
        int used = fields.size();
        while (used > width && fields.get(used - 1).isBlank()) {
            used--;
        }
        if (used > width) {
            throw new SurveyImportException("import.error.wrong-column-count", record.line(), null,
                    fields.get(width), width, used);
        }
        List<String> fitted = new ArrayList<>(fields.subList(0, Math.min(width, fields.size())));
        while (fitted.size() < width) {
            fitted.add("");
        }
        return fitted;
    }
}
