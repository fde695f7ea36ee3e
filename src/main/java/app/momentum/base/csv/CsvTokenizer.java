package app.momentum.base.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into records (RFC 4180, lenient), counting physical lines so errors can name the line a user sees
 * in an editor. Quoted fields may hold delimiters, doubled quotes and line breaks (CRLF, LF or CR; read as LF);
 * rows end at CRLF, LF or CR. Lenient where a spreadsheet may be sloppy: a quote inside an unquoted field is
 * taken literally, text after a closing quote is appended.
 */
public final class CsvTokenizer {

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    public CsvTokenizer(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of the text. */
    public CsvRecord next() {
        if (pos >= text.length()) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"' && !quoted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                pos++;
                if (!readQuoted(field)) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields, fields.size() - 1);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                pos++;
            } else if (c == '\r' || c == '\n') {
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                break;
            } else {
                field.append(c);
                pos++;
            }
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields, -1);
    }

    /** The next record that is not blank (an unterminated one is returned as is), or null at the end. */
    public CsvRecord nextNonBlank() {
        CsvRecord record = next();
        while (record != null && !record.unterminated() && record.blank()) {
            record = next();
        }
        return record;
    }

    /** A quoted field's content after its opening quote, through the closing quote; false if there is none. */
    private boolean readQuoted(StringBuilder field) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                field.append('\n');
            } else {
                field.append(c);
            }
        }
        return false;
    }
}
