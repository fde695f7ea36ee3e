package app.momentum.measurement.importing;

import app.momentum.base.csv.CsvFields;
import app.momentum.base.csv.CsvRecord;
import app.momentum.base.csv.CsvText;
import app.momentum.base.csv.CsvTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a respondent-level survey export (CSV) row by row, on the shared {@code base.csv} reading: Dutch Excel
 * writes semicolons and Windows-1252, other tools UTF-8 with a BOM and commas, and the user needs an exact line
 * number when something is wrong.
 *
 * <p>Streams: {@link #open} reads the file three times from its {@link Source} — once for the encoding (and NUL
 * bytes), once for the delimiter (the first non-blank line only), then row by row through {@link #nextRow} — so
 * only the current row is held however large the file. {@link #read} collects all rows into a {@link SurveyTable}
 * for callers that want the file in memory.
 */
public final class SurveyCsvReader implements AutoCloseable {

    /** Opens the file's bytes afresh for each pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** One data row: cells stripped and fitted to the header width, and the file line it starts on. */
    public record Row(List<String> cells, int line) {
    }

    private final CountingInputStream bytes;
    private final CsvTokenizer tokenizer;
    private final Charset charset;
    private final char delimiter;
    private final List<String> headers;
    private final int headerLine;
    /** The current data row; the tokenizer's buffer behind it is reused for the next. */
    private final SurveyCells cells;
    private boolean pending; // the first data row is in cells, read at open to refuse header-only files

    private SurveyCsvReader(CountingInputStream bytes, CsvTokenizer tokenizer, Charset charset, char delimiter) {
        this.bytes = bytes;
        this.tokenizer = tokenizer;
        this.charset = charset;
        this.delimiter = delimiter;
        CsvRecord header = checked(tokenizer.nextNonBlank());
        if (header == null) { // only separators, e.g. ";;;" lines
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        headers = header.fields().stream().map(String::strip).toList();
        headerLine = header.line();
        SurveyTable.rejectDuplicateHeaders(headers, headerLine);
        cells = new SurveyCells(headers.size());
        pending = advance();
        if (!pending) {
            throw new SurveyImportException("import.error.header-only", headerLine, null, null);
        }
    }

    /**
     * Checks the encoding, finds the delimiter, reads the header and looks ahead to the first data row.
     *
     * @throws SurveyImportException when the file is binary, empty, header-only, has an unclosed quote in the
     *                               header or names a column twice
     */
    public static SurveyCsvReader open(Source source) {
        try {
            CsvText.Encoding encoding;
            try (InputStream in = source.open()) {
                encoding = CsvText.detectEncoding(in);
            }
            if (encoding.containsNul()) { // XLSX/ZIP files (and UTF-16) uploaded by mistake
                throw new SurveyImportException("import.error.encoding", null, null, null);
            }
            // the tokenizer decodes the bytes itself: see CsvTokenizer
            return reading(source, encoding, (bytes, delimiter) -> new CsvTokenizer(bytes, encoding, delimiter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #open}, without its pass over the whole file for the encoding: the bytes are taken to be UTF-8 (after
     * a byte order mark, if any), as every survey tool but Excel writes them, and checked as they are read (see
     * {@link CsvTokenizer#assumingUtf8}). Throws {@link CsvTokenizer.NotUtf8} — here or from {@link #nextCells} — at
     * the first NUL byte or bytes that are not UTF-8; what was read before may then have been decoded wrongly, and the
     * caller starts again with {@link #open}. A {@link SurveyImportException} may likewise be one that {@link #open}
     * would not give (it would refuse a file with a NUL byte further down first): the caller confirms the encoding
     * ({@link #isUtf8AsAssumed}) before reporting it. For the one-pass analysis, which saves a read of the file.
     */
    static SurveyCsvReader openAssumingUtf8(Source source) {
        try {
            int bomLength;
            try (InputStream in = source.open()) {
                bomLength = CsvText.bomLength(in.readNBytes(3));
            }
            // the first line as UTF-8, for the delimiter: if the file is not UTF-8, the tokenizer says so below or
            // later, and the caller starts again with the delimiter found the careful way. A blank first pass means
            // text without NUL (not blank) and without undecodable bytes (U+FFFD is not blank either).
            CsvText.Encoding assumed = new CsvText.Encoding(StandardCharsets.UTF_8, bomLength, false);
            return reading(source, assumed,
                    (bytes, delimiter) -> CsvTokenizer.assumingUtf8(bytes, bomLength, delimiter));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the tokenizer for the row pass. */
    @FunctionalInterface
    private interface Tokenizers {
        CsvTokenizer over(InputStream bytes, char delimiter);
    }

    /** The delimiter from the first non-blank line (read in {@code encoding}), then the reader of the rows. */
    private static SurveyCsvReader reading(Source source, CsvText.Encoding encoding, Tokenizers tokenizers)
            throws IOException {
        String firstLine;
        try (Reader in = CsvText.reader(source.open(), encoding)) {
            firstLine = CsvText.firstNonBlankLine(in);
        }
        if (firstLine == null) {
            throw new SurveyImportException("import.error.empty-file", null, null, null);
        }
        // every non-empty header cell counts: survey headers are free text (moment titles)
        char delimiter = CsvText.delimiterOf(firstLine, name -> !name.isBlank());
        CountingInputStream main = new CountingInputStream(source.open());
        try {
            return new SurveyCsvReader(main, tokenizers.over(main, delimiter), encoding.charset(), delimiter);
        } catch (RuntimeException e) {
            main.close();
            throw e;
        }
    }

    /** Whether {@link #open} would read the file as {@link #openAssumingUtf8} does: UTF-8 without NUL bytes. */
    static boolean isUtf8AsAssumed(Source source) {
        try (InputStream in = source.open()) {
            CsvText.Encoding encoding = CsvText.detectEncoding(in);
            return encoding.charset().equals(StandardCharsets.UTF_8) && !encoding.containsNul();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the whole file into a table.
     *
     * @param bytes    the uploaded file
     * @param maxBytes the largest file accepted
     * @throws SurveyImportException when the file is unusable; nothing is returned partially
     */
    public static SurveyTable read(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw new SurveyImportException("import.error.too-large", null, null, null, maxBytes);
        }
        try (SurveyCsvReader reader = open(() -> new ByteArrayInputStream(bytes))) {
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Row row = reader.nextRow(); row != null; row = reader.nextRow()) {
                rows.add(row.cells());
                lines.add(row.line());
            }
            return new SurveyTable(reader.headers(), rows, lines, reader.charset(), reader.delimiter());
        }
    }

    /** Column headers, stripped. */
    public List<String> headers() {
        return headers;
    }

    public Charset charset() {
        return charset;
    }

    public char delimiter() {
        return delimiter;
    }

    /** Bytes of the file read so far by the row pass (it reads ahead a little). */
    public long bytesRead() {
        return bytes.count();
    }

    /**
     * The next data row, blank lines skipped, or {@code null} at the end.
     *
     * @throws SurveyImportException on an unclosed quote or a row with more non-empty cells than headers
     */
    public Row nextRow() {
        SurveyCells row = nextCells();
        return row == null ? null : new Row(row.toList(), row.line());
    }

    /**
     * As {@link #nextRow()} without a string per cell: the row as char ranges, valid until the next call (the
     * same object each time). For the streaming analysis, which converts most cells straight from the chars.
     */
    SurveyCells nextCells() {
        if (pending) {
            pending = false;
            return cells;
        }
        return advance() ? cells : null;
    }

    private boolean advance() {
        CsvFields record = tokenizer.nextNonBlankFields();
        if (record == null) {
            return false;
        }
        if (record.unterminated()) {
            throw new SurveyImportException("import.error.unclosed-quote", record.line(), null, null);
        }
        cells.fit(record);
        return true;
    }

    @Override
    public void close() {
        try {
            bytes.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvRecord checked(CsvRecord record) {
        if (record != null && record.unterminated()) {
            throw new SurveyImportException("import.error.unclosed-quote", record.line(), null, null);
        }
        return record;
    }
}
