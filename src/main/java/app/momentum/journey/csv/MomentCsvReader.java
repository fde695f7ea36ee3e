package app.momentum.journey.csv;

import app.momentum.base.csv.CsvExport;
import app.momentum.base.csv.CsvRecord;
import app.momentum.base.csv.CsvText;
import app.momentum.base.csv.CsvTokenizer;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates moments from a CSV file, as written by {@link MomentCsvWriter} or edited in a spreadsheet.
 *
 * <p><b>All or nothing.</b> {@link #read} never throws for bad content: it collects every problem it finds as an
 * {@link ImportError} and still returns the rows it could read, so the user sees a preview next to the errors. The
 * caller must save nothing unless {@link ImportResult#ok()}.
 *
 * <p><b>Format.</b>
 * <ul>
 *   <li>Encoding: UTF-8, with or without byte order mark; bytes that are not valid UTF-8 (and have no byte order mark)
 *       are read as Windows-1252, which Excel writes for "CSV" on Dutch and other western Windows installations.</li>
 *   <li>Delimiter: comma or semicolon, whichever splits the header line into more known columns (a tie goes to the
 *       one that occurs more often, then to comma).</li>
 *   <li>RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line breaks (CRLF, LF or CR; read as
 *       LF). Rows end at CRLF, LF or CR. Lenient where a spreadsheet may be sloppy: a quote inside an unquoted field
 *       is taken literally, text after a closing quote is appended.</li>
 *   <li>Header: the first non-empty row; names match {@link MomentCsvColumn} ignoring case and surrounding spaces.
 *       Only {@code phase} and {@code title} are required; a missing optional column means empty values; an unknown
 *       column is an error (to catch typos); empty header cells at the end (spreadsheet artefacts) are ignored.</li>
 *   <li>Rows: empty rows (also rows of only delimiters) are skipped; values are trimmed; one formula-neutralising
 *       quote as written by {@link MomentCsvWriter} is removed (a value {@code '=x} reads as {@code =x}). A row may
 *       have fewer fields than the header (missing ones are empty) but not more, unless the extra ones are empty.</li>
 *   <li>Values: nature {@code FUNCTIONAL}/{@code EMOTIONAL} or Dutch {@code functioneel}/{@code emotioneel} (any
 *       case; empty: functional); target {@code 7+}/{@code 9+} (also {@code 7}, {@code 9}, {@code SEVEN_PLUS},
 *       {@code NINE_PLUS}; empty: 7+); booleans {@code yes/no/true/false/ja/nee/1/0} and Dutch Excel's
 *       {@code waar/onwaar} (any case; empty: no); brand values separated by {@code |}; emotions -3..3 ({@code +2}
 *       and the minus sign {@code −} the UI shows accepted) or empty. Phase, channel, brand value and discipline names must match the {@link ImportContext}
 *       (ignoring case and surrounding spaces) and are returned in its spelling.</li>
 *   <li>Limits: {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} data rows; text lengths per
 *       {@link MomentCsvColumn#maxLength()} (title, channel, other party 200; phase and deep driver 100; other text
 *       2000).</li>
 * </ul>
 *
 * <p><b>Errors</b> ({@link ImportError#messageKey()}, arguments in order):
 * {@code csv.error.tooLarge} (max MB), {@code csv.error.empty}, {@code csv.error.unknownColumn} (name),
 * {@code csv.error.duplicateColumn} (name), {@code csv.error.missingColumn} (name), {@code csv.error.required}
 * (column), {@code csv.error.tooLong} (column, max), {@code csv.error.unknownPhase} (value),
 * {@code csv.error.unknownChannel} (value), {@code csv.error.unknownBrandValue} (value),
 * {@code csv.error.unknownDiscipline} (value), {@code csv.error.nature} (value), {@code csv.error.target} (value),
 * {@code csv.error.boolean} (column, value), {@code csv.error.emotion} (column, value), {@code csv.error.columnCount}
 * (expected, actual), {@code csv.error.unterminatedQuote}, {@code csv.error.tooManyRows} (max). Reading stops at an
 * unterminated quote (it swallows the rest of the file) and at the first row over the limit.
 *
 * <p>Stateless and thread-safe.
 */
public final class MomentCsvReader {

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 2000;
    /** The largest file accepted, in megabytes (the argument of {@code csv.error.tooLarge}). */
    public static final int MAX_MEGABYTES = 5;
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    public static final String ERROR_EMPTY = "csv.error.empty";
    public static final String ERROR_UNKNOWN_COLUMN = "csv.error.unknownColumn";
    public static final String ERROR_MISSING_COLUMN = "csv.error.missingColumn";
    public static final String ERROR_DUPLICATE_COLUMN = "csv.error.duplicateColumn";
    public static final String ERROR_REQUIRED = "csv.error.required";
    public static final String ERROR_TOO_LONG = "csv.error.tooLong";
    public static final String ERROR_UNKNOWN_PHASE = "csv.error.unknownPhase";
    public static final String ERROR_UNKNOWN_CHANNEL = "csv.error.unknownChannel";
    public static final String ERROR_UNKNOWN_BRAND_VALUE = "csv.error.unknownBrandValue";
    public static final String ERROR_UNKNOWN_DISCIPLINE = "csv.error.unknownDiscipline";
    public static final String ERROR_NATURE = "csv.error.nature";
    public static final String ERROR_TARGET = "csv.error.target";
    public static final String ERROR_BOOLEAN = "csv.error.boolean";
    public static final String ERROR_EMOTION = "csv.error.emotion";
    public static final String ERROR_COLUMN_COUNT = "csv.error.columnCount";
    public static final String ERROR_UNTERMINATED_QUOTE = "csv.error.unterminatedQuote";
    public static final String ERROR_TOO_MANY_ROWS = "csv.error.tooManyRows";
    public static final String ERROR_TOO_LARGE = "csv.error.tooLarge";

    private static final Pattern EMOTION = Pattern.compile("[+-]?\\d{1,9}");
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "yes", true, "no", false, "true", true, "false", false, "ja", true, "nee", false,
            "1", true, "0", false, "waar", true, "onwaar", false);
    private static final Map<String, MomentNature> NATURES = Map.of(
            "functional", MomentNature.FUNCTIONAL, "emotional", MomentNature.EMOTIONAL,
            "functioneel", MomentNature.FUNCTIONAL, "emotioneel", MomentNature.EMOTIONAL);
    private static final Map<String, TargetLevel> TARGETS = Map.of(
            "7+", TargetLevel.SEVEN_PLUS, "9+", TargetLevel.NINE_PLUS, "7", TargetLevel.SEVEN_PLUS,
            "9", TargetLevel.NINE_PLUS, "seven_plus", TargetLevel.SEVEN_PLUS, "nine_plus", TargetLevel.NINE_PLUS);

    /**
     * Reads the file and checks it against the context. Never throws for bad content (only for null arguments); see
     * the class comment for the format, and {@link ImportResult} for how to use the outcome: save nothing unless
     * {@link ImportResult#ok()}.
     */
    public ImportResult read(byte[] file, ImportContext context) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(context, "context");
        if (file.length > MAX_BYTES) {
            return new ImportResult(List.of(), List.of(ImportError.of(0, null, ERROR_TOO_LARGE, MAX_MEGABYTES)),
                    List.of());
        }
        String text = decode(file);
        return new Run(context).read(new CsvTokenizer(text, detectDelimiter(text)));
    }

    // ------------------------------------------------------------------------------------------ encoding, delimiter

    static String decode(byte[] file) {
        return CsvText.decode(file);
    }

    static char detectDelimiter(String text) {
        return CsvText.detectDelimiter(text, name -> MomentCsvColumn.byHeader(name).isPresent());
    }

    // ------------------------------------------------------------------------------------------ one read

    /** The state of one {@link #read}: collected rows, errors and new phases, and the context's names by key. */
    private static final class Run {

        private final boolean createMissingPhases;
        private final Map<String, String> phases;
        private final Map<String, String> channels;
        private final Map<String, String> brandValues;
        private final Map<String, String> disciplines;
        private final Map<String, String> newPhases = new LinkedHashMap<>();
        private final List<MomentRow> rows = new ArrayList<>();
        private final List<ImportError> errors = new ArrayList<>();
        private MomentCsvColumn[] columnAt;
        private final Set<MomentCsvColumn> present = EnumSet.noneOf(MomentCsvColumn.class);

        Run(ImportContext context) {
            createMissingPhases = context.createMissingPhases();
            phases = byKey(context.phases());
            channels = byKey(context.channels());
            brandValues = byKey(context.brandValues());
            disciplines = byKey(context.disciplines());
        }

        ImportResult read(CsvTokenizer tokenizer) {
            CsvRecord header = tokenizer.nextNonBlank();
            if (header == null) {
                errors.add(ImportError.of(0, null, ERROR_EMPTY));
                return result();
            }
            if (header.unterminatedField() >= 0) {
                errors.add(ImportError.of(header.line(), null, ERROR_UNTERMINATED_QUOTE));
                return result();
            }
            readHeader(header);
            int dataRows = 0;
            boolean stopped = false;
            for (CsvRecord record = tokenizer.nextNonBlank(); record != null; record = tokenizer.nextNonBlank()) {
                if (record.unterminatedField() >= 0) {
                    errors.add(ImportError.of(record.line(), headerAt(record.unterminatedField()),
                            ERROR_UNTERMINATED_QUOTE));
                    stopped = true;
                    break;
                }
                if (++dataRows > MAX_ROWS) {
                    errors.add(ImportError.of(record.line(), null, ERROR_TOO_MANY_ROWS, MAX_ROWS));
                    stopped = true;
                    break;
                }
                rows.add(readRow(record));
            }
            if (dataRows == 0 && !stopped) {
                errors.add(ImportError.of(0, null, ERROR_EMPTY));
            }
            return result();
        }

        private ImportResult result() {
            return new ImportResult(rows, errors, List.copyOf(newPhases.values()));
        }


        private void readHeader(CsvRecord header) {
            List<String> names = header.fields().stream().map(String::strip).toList();
            int width = names.size();
            while (width > 0 && names.get(width - 1).isEmpty()) {
                width--;
            }
            columnAt = new MomentCsvColumn[width];
            for (int i = 0; i < width; i++) {
                String name = names.get(i);
                MomentCsvColumn column = MomentCsvColumn.byHeader(name).orElse(null);
                if (column == null) {
                    errors.add(ImportError.of(header.line(), name, ERROR_UNKNOWN_COLUMN, name));
                } else if (!present.add(column)) {
                    errors.add(ImportError.of(header.line(), name, ERROR_DUPLICATE_COLUMN, name));
                } else {
                    columnAt[i] = column;
                }
            }
            for (MomentCsvColumn column : MomentCsvColumn.values()) {
                if (column.required() && !present.contains(column)) {
                    errors.add(ImportError.of(header.line(), column.header(), ERROR_MISSING_COLUMN, column.header()));
                }
            }
        }

        private String headerAt(int index) {
            return index < columnAt.length && columnAt[index] != null ? columnAt[index].header() : null;
        }

        private MomentRow readRow(CsvRecord record) {
            int line = record.line();
            List<String> fields = record.fields();
            if (fields.size() > columnAt.length
                    && fields.subList(columnAt.length, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                errors.add(ImportError.of(line, null, ERROR_COLUMN_COUNT, columnAt.length, fields.size()));
            }
            Map<MomentCsvColumn, String> values = new EnumMap<>(MomentCsvColumn.class);
            for (int i = 0; i < Math.min(columnAt.length, fields.size()); i++) {
                if (columnAt[i] != null) {
                    values.put(columnAt[i], clean(fields.get(i)));
                }
            }
            Cells cells = new Cells(line, values);
            String phase = cells.phase();
            String title = cells.required(MomentCsvColumn.TITLE);
            String customerDoes = cells.text(MomentCsvColumn.CUSTOMER_DOES);
            String customerThinks = cells.text(MomentCsvColumn.CUSTOMER_THINKS);
            String customerFeels = cells.text(MomentCsvColumn.CUSTOMER_FEELS);
            String channel = cells.name(MomentCsvColumn.CHANNEL, channels, ERROR_UNKNOWN_CHANNEL);
            String otherParty = cells.text(MomentCsvColumn.OTHER_PARTY);
            MomentNature nature = cells.choice(MomentCsvColumn.NATURE, NATURES, ERROR_NATURE);
            TargetLevel target = cells.choice(MomentCsvColumn.TARGET, TARGETS, ERROR_TARGET);
            boolean momentOfTruth = cells.bool(MomentCsvColumn.MOMENT_OF_TRUTH);
            boolean brandMoment = cells.bool(MomentCsvColumn.BRAND_MOMENT);
            List<String> brandValueNames = cells.brandValues();
            String expectation = cells.text(MomentCsvColumn.EXPECTATION);
            String deepDriver = cells.text(MomentCsvColumn.DEEP_DRIVER);
            Integer currentEmotion = cells.emotion(MomentCsvColumn.CURRENT_EMOTION);
            Integer desiredEmotion = cells.emotion(MomentCsvColumn.DESIRED_EMOTION);
            String exceedsExpectation = cells.text(MomentCsvColumn.EXCEEDS_EXPECTATION);
            String repeatability = cells.text(MomentCsvColumn.REPEATABILITY);
            String ownerDiscipline = cells.name(MomentCsvColumn.OWNER_DISCIPLINE, disciplines,
                    ERROR_UNKNOWN_DISCIPLINE);
            return new MomentRow(phase, title, customerDoes, customerThinks, customerFeels, channel, otherParty,
                    nature, target, momentOfTruth, brandMoment, brandValueNames, expectation, deepDriver,
                    currentEmotion, desiredEmotion, exceedsExpectation, repeatability, ownerDiscipline);
        }

        /** One row's cleaned values, read column by column; every problem is added to the run's errors. */
        private final class Cells {

            private final int line;
            private final Map<MomentCsvColumn, String> values;

            Cells(int line, Map<MomentCsvColumn, String> values) {
                this.line = line;
                this.values = values;
            }

            private String raw(MomentCsvColumn column) {
                return values.getOrDefault(column, "");
            }

            private void error(MomentCsvColumn column, String key, Object... arguments) {
                errors.add(ImportError.of(line, column.header(), key, arguments));
            }

            /** The text, or null when empty; a too-long value is reported and kept (for the preview). */
            String text(MomentCsvColumn column) {
                String value = raw(column);
                if (value.isEmpty()) {
                    return null;
                }
                if (tooLong(column, value)) {
                    error(column, ERROR_TOO_LONG, column.header(), column.maxLength());
                }
                return value;
            }

            private boolean tooLong(MomentCsvColumn column, String value) {
                return value.codePointCount(0, value.length()) > column.maxLength();
            }

            String required(MomentCsvColumn column) {
                String value = text(column);
                if (value == null && present.contains(column)) {
                    error(column, ERROR_REQUIRED, column.header());
                }
                return value;
            }

            String phase() {
                String value = required(MomentCsvColumn.PHASE);
                if (value == null || tooLong(MomentCsvColumn.PHASE, value)) {
                    return value;
                }
                String key = key(value);
                String existing = phases.get(key);
                if (existing != null) {
                    return existing;
                }
                String created = newPhases.get(key);
                if (created != null) {
                    return created;
                }
                if (createMissingPhases) {
                    newPhases.put(key, value);
                } else {
                    error(MomentCsvColumn.PHASE, ERROR_UNKNOWN_PHASE, value);
                }
                return value;
            }

            /** A name that must be one of {@code known}, in its spelling; an unknown name is reported and kept. */
            String name(MomentCsvColumn column, Map<String, String> known, String unknownKey) {
                String value = text(column);
                if (value == null || tooLong(column, value)) {
                    return value;
                }
                String match = known.get(key(value));
                if (match == null) {
                    error(column, unknownKey, value);
                    return value;
                }
                return match;
            }

            List<String> brandValues() {
                String value = text(MomentCsvColumn.BRAND_VALUES);
                if (value == null) {
                    return List.of();
                }
                if (tooLong(MomentCsvColumn.BRAND_VALUES, value)) {
                    return List.of(value);
                }
                Map<String, String> names = new LinkedHashMap<>();
                for (String part : value.split("\\|")) {
                    String name = part.strip();
                    if (name.isEmpty() || names.containsKey(key(name))) {
                        continue;
                    }
                    String match = brandValues.get(key(name));
                    if (match == null) {
                        error(MomentCsvColumn.BRAND_VALUES, ERROR_UNKNOWN_BRAND_VALUE, name);
                    }
                    names.put(key(name), match == null ? name : match);
                }
                return List.copyOf(names.values());
            }

            /** One of a fixed set of values (any case), or null (the default) when empty or invalid. */
            <T> T choice(MomentCsvColumn column, Map<String, T> choices, String errorKey) {
                String value = raw(column);
                if (value.isEmpty()) {
                    return null;
                }
                T choice = choices.get(value.toLowerCase(Locale.ROOT));
                if (choice == null) {
                    error(column, errorKey, value);
                }
                return choice;
            }

            boolean bool(MomentCsvColumn column) {
                String value = raw(column);
                if (value.isEmpty()) {
                    return false;
                }
                Boolean bool = BOOLEANS.get(value.toLowerCase(Locale.ROOT));
                if (bool == null) {
                    error(column, ERROR_BOOLEAN, column.header(), value);
                    return false;
                }
                return bool;
            }

            Integer emotion(MomentCsvColumn column) {
                String value = raw(column);
                if (value.isEmpty()) {
                    return null;
                }
                String number = value.replace('\u2212', '-');
                if (EMOTION.matcher(number).matches()) {
                    int emotion = Integer.parseInt(number);
                    if (emotion >= -3 && emotion <= 3) {
                        return emotion;
                    }
                }
                error(column, ERROR_EMOTION, column.header(), value);
                return null;
            }
        }
    }

    /** The key names are matched by: without surrounding spaces, lower case. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> byKey(List<String> names) {
        Map<String, String> byKey = new HashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                byKey.putIfAbsent(key(name), name.strip());
            }
        }
        return byKey;
    }

    /** A field's value: trimmed, and without the one quote {@link MomentCsvWriter} puts before formula-like text. */
    static String clean(String field) {
        String value = field.strip();
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < value.length() && CsvExport.isFormulaStart(value.charAt(i))
                ? value.substring(1) : value;
    }
}
