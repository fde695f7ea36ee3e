package app.momentum.journey.csv;

import app.momentum.base.csv.CsvExport;
import app.momentum.journey.TargetLevel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes moments as CSV (RFC 4180): UTF-8 with a byte order mark so Excel recognises the encoding, a header row with
 * the {@link MomentCsvColumn} names, CRLF between rows, fields quoted when they contain the delimiter (or the other
 * common one), a quote or a line break, with embedded quotes doubled.
 *
 * <p>Formula injection: a text field that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a single quote {@code '} in front, so a spreadsheet shows it as text instead of running it. To keep this
 * reversible, a text field that already starts with one or more quotes followed by such a character gets one more
 * quote; {@link MomentCsvReader} removes exactly one. Nature, target, booleans and emotions are never prefixed (an
 * emotion of {@code -2} is written as {@code -2}).
 *
 * <p>Values: target {@code 7+}/{@code 9+}, nature {@code FUNCTIONAL}/{@code EMOTIONAL}, booleans {@code yes}/{@code no},
 * brand values joined by {@code |} (a name containing {@code |} cannot round-trip), null as an empty field.
 * Stateless and thread-safe.
 */
public final class MomentCsvWriter {

    /** The default delimiter. */
    public static final char COMMA = ',';
    /** The delimiter Excel uses (and expects on double-click) with a Dutch list separator. */
    public static final char SEMICOLON = ';';

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    /** The rows as comma-separated UTF-8 CSV with a byte order mark and a header row. */
    public byte[] write(List<MomentRow> rows) {
        return write(rows, COMMA);
    }

    /**
     * The rows as CSV with the given delimiter, {@link #COMMA} or {@link #SEMICOLON}; otherwise as {@link #write(List)}.
     */
    public byte[] write(List<MomentRow> rows, char delimiter) {
        Objects.requireNonNull(rows, "rows");
        if (delimiter != COMMA && delimiter != SEMICOLON) {
            throw new IllegalArgumentException("Delimiter must be ',' or ';', not '" + delimiter + "'");
        }
        StringBuilder out = new StringBuilder(256 + rows.size() * 256);
        MomentCsvColumn[] columns = MomentCsvColumn.values();
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            out.append(columns[i].header());
        }
        out.append(CRLF);
        for (MomentRow row : rows) {
            Objects.requireNonNull(row, "row");
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.append(delimiter);
                }
                String value = value(row, columns[i]);
                if (columns[i].text()) {
                    value = neutralise(value);
                }
                appendField(out, value);
            }
            out.append(CRLF);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static String value(MomentRow row, MomentCsvColumn column) {
        return switch (column) {
            case PHASE -> row.phase();
            case TITLE -> row.title();
            case CUSTOMER_DOES -> row.customerDoes();
            case CUSTOMER_THINKS -> row.customerThinks();
            case CUSTOMER_FEELS -> row.customerFeels();
            case CHANNEL -> row.channel();
            case OTHER_PARTY -> row.otherParty();
            case NATURE -> row.nature().name();
            case TARGET -> row.target() == TargetLevel.NINE_PLUS ? "9+" : "7+";
            case MOMENT_OF_TRUTH -> yesNo(row.momentOfTruth());
            case BRAND_MOMENT -> yesNo(row.brandMoment());
            case BRAND_VALUES -> String.join("|", row.brandValues());
            case EXPECTATION -> row.expectation();
            case DEEP_DRIVER -> row.deepDriver();
            case CURRENT_EMOTION -> row.currentEmotion() == null ? null : row.currentEmotion().toString();
            case DESIRED_EMOTION -> row.desiredEmotion() == null ? null : row.desiredEmotion().toString();
            case EXCEEDS_EXPECTATION -> row.exceedsExpectation();
            case REPEATABILITY -> row.repeatability();
            case OWNER_DISCIPLINE -> row.ownerDiscipline();
        };
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** The value with a quote in front when a spreadsheet could take it for a formula (see the class comment). */
    static String neutralise(String value) {
        if (value == null) {
            return null;
        }
        return CsvExport.neutralise(value);
    }

    private static void appendField(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == '"' || c == COMMA || c == SEMICOLON || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
