package app.momentum.measurement.kpiimport;

import app.momentum.base.csv.CsvRecord;
import app.momentum.base.csv.CsvText;
import app.momentum.base.csv.CsvTokenizer;
import app.momentum.base.xlsx.FirstSheet;
import app.momentum.measurement.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads and checks a file of KPI values (CSV or XLSX) against the tenant's catalogue. Plain Java, so every rule is
 * unit-tested without Spring.
 *
 * <p><b>All or nothing.</b> {@link #read} never throws for bad content: it collects every problem as a
 * {@link KpiImportError} (row, column, value, what was expected) and returns the rows it could read; the caller stores
 * nothing unless {@link KpiImportResult#ok()}.
 *
 * <p><b>Format.</b>
 * <ul>
 *   <li>XLSX (recognised by its content, not its name): the first sheet, rows numbered as Excel shows them. Anything
 *       else is CSV, on the shared {@code base.csv} reading: UTF-8 (with or without BOM) or Windows-1252, comma,
 *       semicolon or tab, RFC 4180 quotes; rows are numbered by file line.</li>
 *   <li>Header: the first non-blank row, names per {@link KpiImportColumn} in English or Dutch; {@code kpi},
 *       {@code period} and {@code value} are required, {@code sample_size} and {@code target} optional. An unknown
 *       header is an error (a misspelt optional column would otherwise be ignored silently); blank header cells and
 *       their columns are ignored.</li>
 *   <li>{@code kpi}: a KPI's name, or the code of a standard KPI (NPS, CSAT, CES, CXI, RETENTION, CHURN, CROSS_SELL,
 *       CLV), ignoring case; a name wins over a code when a tenant named its own KPI like a code.</li>
 *   <li>{@code period}: see {@link Period#parse}: {@code 2026-03} a month, {@code 2026-Q1}, {@code Q1 2026} or
 *       {@code K1 2026} a quarter.</li>
 *   <li>Numbers: decimal point or decimal comma, no thousands separators ({@code 1,5} is one and a half); value and
 *       target must lie on the KPI's scale. {@code sample_size}: a whole number of at least 1.</li>
 *   <li>A row may leave the value empty when it only sets a target. One KPI and period at most once per file.</li>
 *   <li>Limits: {@value #MAX_BYTES} bytes ({@value #MAX_MEGABYTES} MB), {@value #MAX_ROWS} data rows.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class KpiValueReader {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    static final String PREFIX = "kpiImport.error.";
    public static final String TOO_LARGE = PREFIX + "tooLarge";
    public static final String NOT_WORKBOOK = PREFIX + "notWorkbook";
    public static final String NOT_TEXT = PREFIX + "notText";
    public static final String EMPTY = PREFIX + "empty";
    public static final String HEADER_ONLY = PREFIX + "headerOnly";
    public static final String UNCLOSED_QUOTE = PREFIX + "unclosedQuote";
    public static final String UNKNOWN_COLUMN = PREFIX + "unknownColumn";
    public static final String DUPLICATE_COLUMN = PREFIX + "duplicateColumn";
    public static final String MISSING_COLUMN = PREFIX + "missingColumn";
    public static final String COLUMN_COUNT = PREFIX + "columnCount";
    public static final String TOO_MANY_ROWS = PREFIX + "tooManyRows";
    public static final String REQUIRED = PREFIX + "required";
    public static final String VALUE_REQUIRED = PREFIX + "valueRequired";
    public static final String UNKNOWN_KPI = PREFIX + "unknownKpi";
    public static final String PERIOD = PREFIX + "period";
    public static final String NUMBER = PREFIX + "number";
    public static final String OUT_OF_SCALE = PREFIX + "outOfScale";
    public static final String SAMPLE_SIZE = PREFIX + "sampleSize";
    public static final String DUPLICATE = PREFIX + "duplicate";

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final Pattern WHOLE = Pattern.compile("\\+?\\d{1,9}");

    /** One row of the file as text, with the number the user sees it under. */
    private record Line(int number, List<String> cells) {
    }

    /**
     * @param file      the uploaded bytes
     * @param catalogue the tenant's KPIs (only these can be named)
     */
    public KpiImportResult read(byte[] file, List<KpiRef> catalogue) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(catalogue, "catalogue");
        if (file.length > MAX_BYTES) {
            return failed(KpiImportError.of(null, null, null, TOO_LARGE, MAX_MEGABYTES));
        }
        List<Line> lines = new ArrayList<>();
        KpiImportError unreadable = FirstSheet.looksLikeWorkbook(file) ? readWorkbook(file, lines) : readCsv(file, lines);
        if (unreadable != null) {
            return failed(unreadable);
        }
        if (lines.isEmpty()) {
            return failed(KpiImportError.of(null, null, null, EMPTY));
        }
        return new Run(catalogue).read(lines);
    }

    private static KpiImportResult failed(KpiImportError error) {
        return new KpiImportResult(List.of(), List.of(error));
    }

    private static KpiImportError readWorkbook(byte[] file, List<Line> lines) {
        try {
            FirstSheet.read(file).forEach(row -> lines.add(new Line(row.number(), row.cells())));
            return null;
        } catch (FirstSheet.NotAWorkbookException e) {
            return KpiImportError.of(null, null, null, NOT_WORKBOOK);
        }
    }

    private static KpiImportError readCsv(byte[] file, List<Line> lines) {
        for (byte b : file) {
            if (b == 0) { // never in a text file; in old .xls, PDFs, UTF-16 exports
                return KpiImportError.of(null, null, null, NOT_TEXT);
            }
        }
        String text = CsvText.decode(file);
        CsvTokenizer tokenizer = new CsvTokenizer(text,
                CsvText.detectDelimiter(text, header -> KpiImportColumn.byHeader(header).isPresent()));
        for (CsvRecord record = tokenizer.nextNonBlank(); record != null; record = tokenizer.nextNonBlank()) {
            if (record.unterminated()) {
                return KpiImportError.of(record.line(), null, null, UNCLOSED_QUOTE);
            }
            lines.add(new Line(record.line(), record.fields()));
        }
        return null;
    }

    /** One {@link #read}: the catalogue by name and code, the header's columns, the rows and errors so far. */
    private static final class Run {

        private final Map<String, KpiRef> byName = new HashMap<>();
        private final Map<String, KpiRef> byCode = new HashMap<>();
        private final Map<KpiImportColumn, Integer> indexOf = new EnumMap<>(KpiImportColumn.class);
        private final Map<KpiImportColumn, String> headerOf = new EnumMap<>(KpiImportColumn.class);
        private final Map<String, Integer> firstRowOf = new HashMap<>();
        private final List<KpiValueRow> rows = new ArrayList<>();
        private final List<KpiImportError> errors = new ArrayList<>();
        private int width;

        Run(List<KpiRef> catalogue) {
            for (KpiRef kpi : catalogue) {
                byName.put(nameKey(kpi.name()), kpi);
                if (kpi.code() != null) {
                    byCode.put(codeKey(kpi.code()), kpi);
                }
            }
        }

        KpiImportResult read(List<Line> lines) {
            Line header = lines.getFirst();
            readHeader(header);
            if (!errors.isEmpty()) {
                return result();
            }
            if (lines.size() == 1) {
                errors.add(KpiImportError.of(header.number(), null, null, HEADER_ONLY));
                return result();
            }
            int dataRows = 0;
            for (Line line : lines.subList(1, lines.size())) {
                if (++dataRows > MAX_ROWS) {
                    errors.add(KpiImportError.of(line.number(), null, null, TOO_MANY_ROWS, MAX_ROWS));
                    break;
                }
                readRow(line);
            }
            return result();
        }

        private KpiImportResult result() {
            return new KpiImportResult(errors.isEmpty() ? rows : List.of(), errors);
        }

        private void readHeader(Line header) {
            List<String> names = header.cells().stream().map(String::strip).toList();
            width = names.size();
            while (width > 0 && names.get(width - 1).isEmpty()) {
                width--;
            }
            for (int i = 0; i < width; i++) {
                String name = names.get(i);
                if (name.isEmpty()) {
                    continue;
                }
                KpiImportColumn column = KpiImportColumn.byHeader(name).orElse(null);
                if (column == null) {
                    errors.add(KpiImportError.of(header.number(), name, null, UNKNOWN_COLUMN));
                } else if (indexOf.containsKey(column)) {
                    errors.add(KpiImportError.of(header.number(), name, null, DUPLICATE_COLUMN, headerOf.get(column)));
                } else {
                    indexOf.put(column, i);
                    headerOf.put(column, name);
                }
            }
            for (KpiImportColumn column : KpiImportColumn.values()) {
                if (column.required() && !indexOf.containsKey(column)) {
                    errors.add(KpiImportError.of(header.number(), null, null, MISSING_COLUMN, column.english(),
                            column.dutch()));
                }
            }
        }

        private void readRow(Line line) {
            int errorsBefore = errors.size();
            List<String> cells = line.cells();
            for (int i = width; i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    errors.add(KpiImportError.of(line.number(), null, cells.get(i).strip(), COLUMN_COUNT, width,
                            lastNonBlank(cells) + 1));
                    return;
                }
            }
            Cells row = new Cells(line.number(), cells);
            KpiRef kpi = row.kpi();
            Period period = row.period();
            BigDecimal value = row.decimal(KpiImportColumn.VALUE, kpi);
            Integer sampleSize = row.sampleSize();
            BigDecimal target = row.decimal(KpiImportColumn.TARGET, kpi);
            if (row.blank(KpiImportColumn.VALUE)
                    && (row.blank(KpiImportColumn.TARGET) || !row.blank(KpiImportColumn.SAMPLE_SIZE))) {
                // a row without a value only makes sense when it sets a target (and then a sample size is meaningless)
                row.error(KpiImportColumn.VALUE, VALUE_REQUIRED);
            }
            if (kpi != null && period != null) {
                String key = kpi.id() + "|" + period.code();
                Integer first = firstRowOf.putIfAbsent(key, line.number());
                if (first != null) {
                    errors.add(KpiImportError.of(line.number(), headerOf.get(KpiImportColumn.PERIOD),
                            row.raw(KpiImportColumn.PERIOD), DUPLICATE, first, row.raw(KpiImportColumn.KPI)));
                }
            }
            if (errors.size() == errorsBefore) {
                rows.add(new KpiValueRow(line.number(), kpi.id(), period, value, sampleSize, target));
            }
        }

        private static int lastNonBlank(List<String> cells) {
            int last = cells.size() - 1;
            while (last > 0 && cells.get(last).isBlank()) {
                last--;
            }
            return last;
        }

        private KpiRef lookup(String text) {
            KpiRef named = byName.get(nameKey(text));
            return named != null ? named : byCode.get(codeKey(text));
        }

        /** One row's cells, read column by column; every problem goes to the run's errors. */
        private final class Cells {

            private final int number;
            private final List<String> cells;

            Cells(int number, List<String> cells) {
                this.number = number;
                this.cells = cells;
            }

            String raw(KpiImportColumn column) {
                Integer index = indexOf.get(column);
                return index == null || index >= cells.size() ? "" : cells.get(index).strip();
            }

            boolean blank(KpiImportColumn column) {
                return raw(column).isEmpty();
            }

            void error(KpiImportColumn column, String key, Object... args) {
                errors.add(KpiImportError.of(number, headerOf.get(column), raw(column), key, args));
            }

            KpiRef kpi() {
                String text = raw(KpiImportColumn.KPI);
                if (text.isEmpty()) {
                    error(KpiImportColumn.KPI, REQUIRED);
                    return null;
                }
                KpiRef kpi = lookup(text);
                if (kpi == null) {
                    error(KpiImportColumn.KPI, UNKNOWN_KPI);
                }
                return kpi;
            }

            Period period() {
                String text = raw(KpiImportColumn.PERIOD);
                if (text.isEmpty()) {
                    error(KpiImportColumn.PERIOD, REQUIRED);
                    return null;
                }
                Period period = Period.parse(text).orElse(null);
                if (period == null) {
                    error(KpiImportColumn.PERIOD, PERIOD);
                }
                return period;
            }

            /** A value or target; null when empty or wrong (then reported). */
            BigDecimal decimal(KpiImportColumn column, KpiRef kpi) {
                String text = raw(column);
                if (text.isEmpty() || !indexOf.containsKey(column)) {
                    return null;
                }
                BigDecimal number = parseDecimal(text);
                if (number == null) {
                    error(column, NUMBER);
                    return null;
                }
                if (kpi != null && !kpi.onScale(number)) {
                    error(column, OUT_OF_SCALE, bound(kpi.scaleMin()), bound(kpi.scaleMax()));
                    return null;
                }
                return number;
            }

            Integer sampleSize() {
                String text = raw(KpiImportColumn.SAMPLE_SIZE);
                if (text.isEmpty()) {
                    return null;
                }
                if (!WHOLE.matcher(text).matches() || Integer.parseInt(text.replace("+", "")) < 1) {
                    error(KpiImportColumn.SAMPLE_SIZE, SAMPLE_SIZE);
                    return null;
                }
                return Integer.parseInt(text.replace("+", ""));
            }
        }
    }

    /** {@code 12}, {@code -3.5}, {@code 78,25}, {@code ,5}; the typographic minus too. Null when it is no number. */
    static BigDecimal parseDecimal(String text) {
        String value = text.strip().replace('\u2212', '-');
        if (!DECIMAL.matcher(value).matches()) {
            return null;
        }
        value = value.replace(',', '.');
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1);
        }
        return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
    }

    private static String bound(BigDecimal bound) {
        return bound == null ? "…" : bound.toPlainString();
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String codeKey(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }
}
