package app.momentum.base.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns the bytes of an uploaded CSV file into text and finds its delimiter. */
public final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    /**
     * UTF-8, with or without byte order mark; bytes that are not valid UTF-8 (and have no byte order mark) are read
     * as Windows-1252, which Excel writes for "CSV" on Dutch and other western Windows installations.
     */
    public static String decode(byte[] file) {
        return decodeWithCharset(file).text();
    }

    /** The file's text and the charset it was read as (see {@link #decode}). */
    public static Decoded decodeWithCharset(byte[] file) {
        if (file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF) {
            return new Decoded(new String(file, 3, file.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(file, WINDOWS_1252), WINDOWS_1252);
        }
    }

    /** Decoded text and the charset it was read as. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Comma or semicolon, whichever splits the first non-blank line into more distinct headers the importer
     * recognises ({@code knownHeader}); a tie goes to the one that occurs more often, then to comma. Recognised
     * headers beat plain counts because a header may itself contain a comma ("Hello, welcome"). A line with tabs
     * but neither comma nor semicolon is tab-separated (what a copy from a spreadsheet gives).
     */
    public static char detectDelimiter(String text, Predicate<String> knownHeader) {
        String line = firstNonBlankLine(text);
        if (line == null) {
            return ',';
        }
        if (count(line, ',') == 0 && count(line, ';') == 0 && count(line, '\t') > 0) {
            return '\t';
        }
        int commaColumns = knownColumns(line, ',', knownHeader);
        int semicolonColumns = knownColumns(line, ';', knownHeader);
        if (commaColumns != semicolonColumns) {
            return semicolonColumns > commaColumns ? ';' : ',';
        }
        return count(line, ';') > count(line, ',') ? ';' : ',';
    }

    private static String firstNonBlankLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                return line;
            }
            start = end + 1;
        }
        return null;
    }

    private static int knownColumns(String line, char delimiter, Predicate<String> knownHeader) {
        Set<String> known = new HashSet<>();
        for (String cell : line.split(Pattern.quote(String.valueOf(delimiter)), -1)) {
            String name = cell.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1);
            }
            if (knownHeader.test(name)) {
                known.add(name.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return known.size();
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
